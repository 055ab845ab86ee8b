/** `sportsdata user create --email E [--admin] --password-stdin`: the first admin, or any user, from a shell. */
import { createUser, MAX_PASSWORD_LENGTH } from '../../api/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

// Enough bytes for MAX_PASSWORD_LENGTH 4-byte characters and a line end; more is refused without reading it all.
const MAX_STDIN_BYTES = MAX_PASSWORD_LENGTH * 4 + 2;

/** Reads stdin (up to MAX_STDIN_BYTES) and drops one trailing newline (echo / here-strings add it). */
async function readPassword(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_STDIN_BYTES) throw new CliError(`password must be at most ${MAX_PASSWORD_LENGTH} characters (the login form sends no more)`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export const userCreateCommand: Command = {
  path: ['user', 'create'],
  summary: 'Create a user (password read from stdin)',
  usage: 'echo "$PASSWORD" | sportsdata user create --email E [--admin] --password-stdin [--json]',
  options: { email: { type: 'string' }, admin: { type: 'boolean' }, 'password-stdin': { type: 'boolean' } },
  async run({ values, stdin }) {
    const email = stringOption(values, 'email', true);
    // Never from argv: it would land in shell history and `ps`.
    if (!values['password-stdin']) throw new CliError('--password-stdin is required: pipe the password on standard input');
    const password = await readPassword(stdin);
    if (!password) throw new CliError('no password on standard input');
    const role = values.admin ? 'admin' : 'user';
    const user = await withDatabase(({ db }) => createUser(db, { email, password, role }));
    return { json: { user }, text: `created ${user.role} ${user.email} (id ${user.id})` };
  },
};
