/**
 * `sportsdata`: the door for script users and operators. Every command takes --json (one JSON object on stdout)
 * and exits non-zero with a one-line reason on stderr when it fails.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '../config.js';
import { AppError } from '../core/errors.js';
import { CliError, type Command } from './command.js';

/**
 * The commands a command line may need. `optimize` loads only itself: the full list pulls in the API, pg-boss and
 * the database stack, most of a cold start's second.
 */
async function loadCommands(argv: string[]): Promise<Command[]> {
  if (argv[0] === 'optimize') return [(await import('./commands/optimize.js')).optimizeCommand];
  return (await import('./commands/index.js')).commands;
}

function findCommand(commands: Command[], args: string[]): { command: Command; rest: string[] } | undefined {
  const matches = commands
    .filter((c) => c.path.every((word, i) => args[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  const command = matches[0];
  return command ? { command, rest: args.slice(command.path.length) } : undefined;
}

function helpText(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.path.join(' ').length));
  return ['usage: sportsdata <command> [options] [--json]', '', ...commands.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`)].join('\n');
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const json = argv.includes('--json');
  const fail = (message: string, code: number): number => {
    if (json) io.stdout.write(`${JSON.stringify({ error: message })}\n`);
    io.stderr.write(`sportsdata: ${message.split('\n').join(' ')}\n`);
    return code;
  };
  const commands = await loadCommands(argv);
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.stdout.write(`${helpText(commands)}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) return fail(`unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"; run sportsdata --help`, 2);
  const { command, rest } = found;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...command.options, json: { type: 'boolean' }, help: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(`${command.usage}\n`);
      return 0;
    }
    const output = await command.run({ positionals, values, stdin: io.stdin });
    if (json) io.stdout.write(`${JSON.stringify(output.json)}\n`);
    else if (output.text) io.stdout.write(`${output.text}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliError) return fail(error.message, error.exitCode);
    if (error instanceof ConfigError) return fail(error.problems.join('; '), 2);
    if (error instanceof AppError) return fail(error.message, 1);
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return fail(`${(error as Error).message}; usage: ${command.usage}`, 2);
    return fail((error as Error).message ?? String(error), 1);
  }
}

// Run when executed directly (tsx src/cli/main.ts, node dist/cli/main.js or the bin shim).
const entry = process.argv[1] ?? '';
if (/cli[\\/](main\.(ts|js)|bin\.mjs|optimize\.bundle\.mjs)$/.test(entry) || /sportsdata$/.test(entry)) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (error: unknown) => {
    process.stderr.write(`sportsdata: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
