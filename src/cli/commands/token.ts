/** `sportsdata token create --email E --name N`: an API token for scripts, printed once (only its hash is kept). */
import { createApiToken, findUserByEmail } from '../../api/index.js';
import { stringOption, type Command } from '../command.js';
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
