import { AppError } from '../../core/errors.js';

/** A results/standings/stats file that cannot be imported: the message names the row and the field. */
export class ResultsFileError extends AppError {
  constructor(message: string, readonly line: number | null = null) {
    super('invalid_results_file', line === null ? message : `line ${line}: ${message}`, line === null ? undefined : { line });
  }
}
