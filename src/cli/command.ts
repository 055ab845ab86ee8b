/** The shape of a CLI command: its options, and a run that returns data for `--json` and text for people. */
import type { ParseArgsConfig } from 'node:util';

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

export interface CommandInput {
  positionals: string[];
  values: OptionValues;
  /** Standard input, for commands that read a password or a file from it. */
  stdin: NodeJS.ReadableStream;
}

export interface CommandOutput {
  /** Printed as one JSON object with --json. */
  json: Record<string, unknown>;
  /** Printed otherwise. */
  text: string;
}

export interface Command {
  /** The words that select it, e.g. ['jobs', 'retry']. */
  path: string[];
  summary: string;
  usage: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** A long-running command (start) prints nothing when it returns; it resolves when the process should exit. */
  run(input: CommandInput): Promise<CommandOutput>;
}

/** A failure to report as one line on stderr with a non-zero exit. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads a string option, or throws naming it when required and missing. */
export function stringOption(values: OptionValues, name: string, required: true): string;
export function stringOption(values: OptionValues, name: string, required?: false): string | undefined;
export function stringOption(values: OptionValues, name: string, required = false): string | undefined {
  const value = values[name];
  if (typeof value === 'string' && value.length > 0) return value;
  if (required) throw new CliError(`--${name} is required`);
  return undefined;
}
