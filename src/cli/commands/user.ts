/** `sportsdata user create --email E [--admin] --password-stdin`: the first admin, or any user, from a shell. */
import { createUser } from '../../api/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

/** Reads all of stdin and drops one trailing newline (echo / here-strings add it). */
async function readPassword(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
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
