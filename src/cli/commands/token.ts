/**
 * `sportsdata token create --email E --name N`: an API token for scripts, printed once (only its hash is kept);
 * `token list --email E` and `token revoke --email E --id N`.
 */
import { createApiToken, findUserByEmail, listApiTokens, revokeApiToken } from '../../api/index.js';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const tokenCreateCommand: Command = {
  path: ['token', 'create'],
  summary: "Create an API token for a user (shown once)",
  usage: 'sportsdata token create --email E --name N [--json]',
  options: { email: { type: 'string' }, name: { type: 'string' } },
  async run({ values }) {
    const email = stringOption(values, 'email', true);
    const name = stringOption(values, 'name', true);
    const { token, info, user } = await withDatabase(async ({ db }) => {
      const owner = await findUserByEmail(db, email);
      return { ...(await createApiToken(db, owner.id, name)), user: owner };
    });
    return {
      json: { token, id: info.id, name: info.name, prefix: info.prefix, email: user.email },
      text: `${token}\n(API token "${info.name}" for ${user.email}; shown once, store it now; send it as "Authorization: Bearer <token>")`,
    };
  },
};

export const tokenListCommand: Command = {
  path: ['token', 'list'],
  summary: "List a user's API tokens (prefix, name, last use; never the token)",
  usage: 'sportsdata token list --email E [--json]',
  options: { email: { type: 'string' } },
  async run({ values }) {
    const email = stringOption(values, 'email', true);
    const tokens = await withDatabase(async ({ db }) => listApiTokens(db, (await findUserByEmail(db, email)).id));
    const text = tokens.length
      ? tokens.map((t) => `${String(t.id).padStart(5)}  ${t.prefix}…  ${t.name}  ${t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`}`).join('\n')
      : 'no tokens';
    return { json: { tokens }, text };
  },
};

export const tokenRevokeCommand: Command = {
  path: ['token', 'revoke'],
  summary: 'Revoke one of a user\'s API tokens (it stops working at once)',
  usage: 'sportsdata token revoke --email E --id N [--json]',
  options: { email: { type: 'string' }, id: { type: 'string' } },
  async run({ values }) {
    const email = stringOption(values, 'email', true);
    const id = Number(stringOption(values, 'id', true));
    if (!Number.isInteger(id) || id < 1) throw new CliError('--id must be a token id (see sportsdata token list)');
    const token = await withDatabase(async ({ db }) => revokeApiToken(db, (await findUserByEmail(db, email)).id, id));
    return { json: { token }, text: `revoked API token ${token.id} "${token.name}" of ${email}` };
  },
};
