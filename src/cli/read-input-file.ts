/** Files the CLI commands read, with one-line errors naming the file (shared by optimize and portfolio). */
import { readFile } from 'node:fs/promises';
import { CliError } from './command.js';

/** A text file, or a CliError "cannot read <what> <path>: <reason>". */
export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

/** An optimizer rules file as JSON ({} without one), or a CliError naming the file. */
export async function readRulesFile(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  const text = await readTextFile(path, 'rules');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`rules file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
