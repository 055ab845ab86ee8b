/** Why a salary file or DK payload was refused; `code` is stable for callers (CLI exit text, API status). */
export type SalaryFileErrorCode =
  | 'FILE_TOO_LARGE'
  | 'EMPTY_FILE'
  | 'WRONG_FILE'
  | 'WRONG_SITE'
  | 'MISSING_COLUMNS'
  | 'NO_SALARIES'
  | 'BAD_ROW'
  | 'UNKNOWN_SPORT'
  | 'UNSUPPORTED_SPORT'
  | 'BAD_PAYLOAD';

/**
 * A refused input, with a message meant for the person who supplied the file (names the missing column,
 * the line number, the wrong site). `line` is the 1-based physical line in the file when known.
 */
export class SalaryFileError extends Error {
  readonly code: SalaryFileErrorCode;
  readonly line: number | null;

  constructor(code: SalaryFileErrorCode, message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = 'SalaryFileError';
    this.code = code;
    this.line = line;
  }
}
