/**
 * The NFL injury report over two weeks, served on 127.0.0.1 with the real client and a real database: the
 * season file's older weeks are history, and a designation expires when the player's team publishes a newer
 * week without him (a bye keeps the last week's).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import type { SendJob } from '../../src/core/jobs/send-job.js';
import { pollInjurySource } from '../../src/ingest/injury/poll/poll-injury-source.js';
import { createTeam } from '../factories.js';
import { createTestDb, type TestDb } from '../support/test-db.js';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { testConfig } from '../support/test-config.js';

const FIXTURE = 'injury/nflverse_injuries_2025_weeks10-11_SYNTHETIC.csv';
const logger = createLogger('silent');
// No slate holds these players, so no re-simulation is ever sent.
const send: SendJob = async () => null;
let t: TestDb;
let server: FixtureServer;
const playerIds: Record<string, number> = {};

const source = () => ({ kind: 'nfl-report', url: `${server.url}/injuries_2025.csv` }) as const;
const poll = (now: string) => pollInjurySource({ db: t.db, config: testConfig(t.url), logger, send, now: new Date(now) }, source());
const status = async (name: string) => (await t.db.injuryReport.findFirstOrThrow({
  where: { playerId: playerIds[name] }, orderBy: [{ reportedAt: 'desc' }, { id: 'desc' }],
})).status;

/** The fixture cut at week 10: the file as it was the week before (the header and week-10 rows). */
function weekTenFile(): string {
  const [header, ...rows] = readFileSync(resolve(FIXTURES_DIR, FIXTURE), 'utf8').trimEnd().split('\n');
  return [header, ...rows.filter((r) => r.split(',')[3] === '10')].join('\n');
}

beforeAll(async () => {
  t = await createTestDb();
  server = await startFixtureServer({ 'GET /injuries_2025.csv': { body: weekTenFile() } });
  const roster: [string, string, string][] = [
    ['Rashee Rice', 'KC', 'WR'], ['Courtland Sutton', 'DEN', 'WR'], ['J.K. Dobbins', 'DEN', 'RB'], ['Davante Adams', 'LAR', 'WR'],
    ['Puka Nacua', 'LAR', 'WR'], ['Jaxon Smith-Njigba', 'SEA', 'WR'], ['Dale Vantreese', 'IND', 'TE'],
  ];
  for (const [name, code, position] of roster) {
    const team = await createTeam(t.db, { sport: 'NFL', code });
    const player = await t.db.player.create({ data: { sportId: team.sportId, fullName: name, normalizedName: name.toLowerCase().replace(/\./g, ''), position, teamId: team.id } });
    playerIds[name] = player.id;
  }
});

afterAll(async () => {
  await server.close();
  await t.drop();
});

describe('the NFL injury report across weeks', () => {
  it('when week 11 is published, then week-10 designations of players no longer listed expire and the rest follow week 11', async () => {
    const first = await poll('2025-11-08T12:00:00Z');
    expect(first).toMatchObject({ reports: 6, inserted: 6, unmatched: [] });
    expect(await status('Courtland Sutton')).toBe('out');

    server.setRoute('GET /injuries_2025.csv', { file: FIXTURE });
    const second = await poll('2025-11-15T12:00:00Z');
    expect(second.changes).toEqual(expect.arrayContaining([
      { player: 'Courtland Sutton', from: 'out', to: 'active' },
      // Listed in week 11 for practice only: no designation for this game, so last week's "doubtful" expires.
      { player: 'J.K. Dobbins', from: 'doubtful', to: 'active' },
      { player: 'Davante Adams', from: 'out', to: 'doubtful' },
      { player: 'Jaxon Smith-Njigba', from: 'questionable', to: 'out' },
      { player: 'Puka Nacua', from: null, to: 'questionable' },
    ]));
    expect(second.changes).toHaveLength(5);
    // Rice is questionable both weeks; Indianapolis has no week-11 rows (a bye), so its week 10 still stands.
    expect(await status('Rashee Rice')).toBe('questionable');
    expect(await status('Dale Vantreese')).toBe('out');
    expect(await t.db.injuryReport.findFirst({ where: { playerId: playerIds['Courtland Sutton'], status: 'active' } }))
      .toMatchObject({ source: 'nfl-report', sourceKey: '00-0034348', note: 'no longer designated on the NFL injury report', reportedAt: new Date('2025-11-15T12:00:00Z') });
  });

  it('when the same file is polled again, then nothing is written and nothing changes', async () => {
    const rows = await t.db.injuryReport.count();
    const again = await poll('2025-11-15T13:00:00Z');
    expect(again).toMatchObject({ inserted: 0, changes: [] });
    expect(await t.db.injuryReport.count()).toBe(rows);
  });
});
