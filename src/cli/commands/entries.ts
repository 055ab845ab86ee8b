/**
 * `sportsdata entries import --slate ID FILE [--user EMAIL] [--json]`: stores a DKEntries / FanDuel entries file's
 * contests and entries on a slate for a user (default: the first admin), with each DraftKings contest's size and
 * prizes from the contest API when it answers.
 */
import { readFile } from 'node:fs/promises';
import { CliError, stringOption, type Command } from '../command.js';
import { withDatabase } from '../database-session.js';

export const entriesImportCommand: Command = {
  path: ['entries', 'import'],
  summary: 'Import a DKEntries / FanDuel entries file into stored contests and entries',
  usage: 'sportsdata entries import --slate ID FILE [--user EMAIL] [--json]',
  options: { slate: { type: 'string' }, user: { type: 'string' } },
  async run({ positionals, values }) {
    const slateId = Number(stringOption(values, 'slate', true));
    if (!Number.isInteger(slateId) || slateId < 1 || slateId > 2 ** 31 - 1) throw new CliError('--slate must be a slate id');
    const path = positionals[0];
    if (!path) throw new CliError('give the entries file: sportsdata entries import --slate ID FILE');
    const text = await readFile(path, 'utf8').catch((e: Error) => { throw new CliError(`cannot read entries ${path}: ${e.message}`); });
    const email = stringOption(values, 'user');
    return withDatabase(async ({ db, config }) => {
      const { findFirstAdmin, lookupUser } = await import('../../api/index.js');
      const user = email !== undefined ? await lookupUser(db, email) : await findFirstAdmin(db);
      if (!user) throw new CliError(email !== undefined ? `no user ${email}` : 'no admin user yet: create one (sportsdata user create --admin) or give --user EMAIL');
      const { importEntries } = await import('../../portfolio/index.js');
      const { createDkApi } = await import('../../ingest/dfs/index.js');
      const dk = createDkApi(config, 10_000);
      const result = await importEntries(db, { slateId, userId: user.id, text, fetchDkContest: (id) => dk.contest(id) })
        .catch((e: unknown) => { throw new CliError(e instanceof Error ? e.message : String(e)); });
      return {
        json: { ...result },
        text: [
          `${result.entries} entries in ${result.contests.length} contests stored on slate ${result.slateId} for ${user.email}`,
          ...result.contests.map((c) => `  ${c.contestId} ${c.name}: ${c.entries} entries at $${c.entryFee}` +
            (c.fieldSize ? `, field ${c.fieldSize} (${c.payoutSource})` : ', field and payout not known yet (give them in the dashboard or with --field-size/--payout)')),
          ...result.unknownPlayers.slice(0, 10).map((u) => `warning: entry ${u.entryId} ${u.slot}: player ${u.id} is not on slate ${result.slateId}`),
        ].join('\n'),
      };
    });
  },
};
