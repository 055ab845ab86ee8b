/**
 * One owner per table: only the owning module's data-access files (`<module>/data/*.ts`, `<module>/store/*.ts`)
 * call Prisma for its tables; everything else calls the owner's index.ts. The owners are the table in
 * ARCHITECTURE.md ("Who owns which table"); the callers are found with the pattern of scripts/count-prisma.sh.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPrismaCallers, schemaModels, type PrismaCaller } from './support/prisma-callers.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The client itself: created and pinged here. */
const CLIENT_FILES = new Set(['src/core/db.ts']);

/**
 * Files of the slates domain (teams, players, aliases, slates, slate players, games) that the r16-slates branch
 * moves into src/slates or switches to its loadSlatePool. Their slates-table calls are that branch's work: they are
 * ignored here (calls to any other table in these files are still checked). The lead trims this list at merge;
 * an entry that no longer touches a slates table fails the last test below.
 */
const SLATES_HANDOVER = new Set([
  'src/api/data/slate-detail-cache.ts',
  'src/demo-slate.ts',
  'src/demo/queue-demo-lineups.ts',
  'src/demo/seed-demo-context.ts',
  'src/ingest/injury/poll/poll-injury-source.ts',
  'src/ingest/injury/react/react-to-status-changes.ts',
  'src/ingest/injury/sources/collect-site-statuses.ts',
  'src/ingest/injury/store/match-report-player.ts',
  'src/ingest/odds/match/load-match-data.ts',
  'src/ingest/odds/store/record-poll.ts',
  'src/ingest/stats/fetch-box-score.ts',
  'src/ingest/stats/find-ended-games.ts',
  'src/ingest/stats/providers/espn-box-scores.ts',
  'src/ingest/weather/refresh/estimate-tbd-kickoffs.ts',
  'src/ingest/weather/refresh/refresh-forecasts.ts',
  // Team.homeVenueId and Game.venueId are written by the weather module's venue store: r16-slates decides their API.
  'src/ingest/weather/store/seed-venues.ts',
  'src/ingest/weather/store/set-game-venue.ts',
  'src/ingest/weather/venues/assign-game-venues.ts',
  'src/results/stats/import-stat-lines.ts',
  'src/results/stats/match-canonical.ts',
  'src/results/store/slate-matcher.ts',
  'src/sim/backtest/load-backtest-slates.ts',
  'src/sim/data/find-stale-slates.ts',
  'src/sim/data/load-history.ts',
  'src/web/data/list-slates.ts',
  'src/web/data/list-uploads.ts',
]);

/**
 * Files that still call Prisma for a table outside its owner's data-access files, each with what is left to do.
 * Not an exemption to grow: a new file calling Prisma outside its owner's data folders fails the test.
 */
const PENDING: Record<string, string> = {
  // Left by the merge of the slates module with this work (issue 16): each reads another owner's table directly.
  'src/api/data/projection-edit-queries.ts': 'the set copy and edit (ProjectionSet, Projection, draw blocks) to sim/data; the row look-up through slates',
  // One version query over seven tables per request (the API's hottest read): split per owner it costs round trips.
  'src/api/data/slate-detail-cache.ts': 'read-only version query; each owner to export a "changed at" reader first',
  'src/api/entries/entries-actions.ts': 'Contest/PortfolioRun reads to portfolio/data (exported from portfolio/index.ts)',
  'src/api/projections/upload-projections.ts': 'the ProjectionSet+Projection write to sim/data (a storeUploadedSet), Upload row to api/data',
  'src/api/results/results-queries.ts': 'result, standing and unmatched-name reads to results/store',
  'src/api/salaries/upload-salaries.ts': 'the Upload row writes to api/data/upload-queries.ts',
  'src/cli/commands/contest.ts': 'lineup-set and projection-set look-ups through optimizer/sim index',
  'src/demo/queue-demo-lineups.ts': 'lineup-set and projection-set reads through optimizer/sim index',
  'src/demo/seed-demo-context.ts': 'demo lines, forecasts and injury reports written through the odds/weather/injury stores',
  'src/slates/data/withdraw-slate-players.ts': 'the held-in-a-lineup check (LineupPlayer) through the optimizer index',
  'src/ingest/injury/react/refresh-lineup-swap-flags.ts': 'Lineup.needsSwap writes to optimizer/data',
  'src/ingest/stats/find-ended-games.ts': 'the PlayerGameStat "already stored" check through results/index.ts',
  'src/portfolio/data/run-stored.ts': 'projection-set look-up through sim/index.ts',
  'src/portfolio/load-db-slate.ts': 'projection-set look-up through sim/index.ts (r16-slates: loadSlatePool)',
  'src/results/grade/grade-contest.ts': 'SimulationRun read through sim/index.ts; standings reads to results/store',
  'src/results/grade/grade-lineups.ts': 'LineupSet read through optimizer/index.ts; standings reads to results/store',
  'src/results/grade/grade-slate.ts': 'projection-set read through sim/index.ts (r16-slates: loadSlatePool)',
  'src/results/import-results-file.ts': 'the SlatePlayerResult transaction to results/store',
  'src/sim/backtest/load-backtest-slates.ts': 'SlatePlayerResult read through results/index.ts',
  'src/sim/contest-run/build-contest-plan.ts': 'Lineup reads through optimizer/index.ts; the rest to sim/data',
  'src/sim/contest-run/contest-run.ts': 'run and chunk writes to sim/data/run-store.ts',
  'src/sim/contest-run/run-contest-inline.ts': 'run writes to sim/data/run-store.ts',
  'src/sim/data/find-stale-slates.ts': 'GameLine watermark through ingest/odds/index.ts',
  'src/sim/data/input-changed-at.ts': 'forecast and injury watermarks through the weather/injury index',
  'src/sim/data/load-history.ts': 'stat lines and results through results/index.ts',
  'src/sim/data/load-sim-inputs.ts': 'lines, props, forecasts, injuries through their owners (readGameLines, readLatestForecasts, ...)',
  'src/sim/projections/finish-projection-run.ts': 'set, projection and draw-block writes to sim/data/run-store.ts',
  'src/sim/projections/projection-run.ts': 'run and chunk writes to sim/data/run-store.ts',
  'src/sim/start-runs.ts': 'run creation to sim/data/run-store.ts',
  'src/web/results/results-page-data.ts': 'result reads through the API\'s results queries (once those sit in results/store)',
};

const owners = readOwners();
const callers = findPrismaCallers(ROOT);

function readOwners(): Map<string, string> {
  const doc = readFileSync(`${ROOT}ARCHITECTURE.md`, 'utf8');
  return new Map([...doc.matchAll(/^\| `(\w+)` \| `(src\/[\w/-]+)` \|$/gm)].map((m) => [m[1]!, m[2]!]));
}

const isDataAccessFile = (file: string): boolean => CLIENT_FILES.has(file) || /^src\/(?:[\w-]+\/)*(?:data|store)\/[\w.-]+\.ts$/.test(file);
const slatesTable = (table: string): boolean => owners.get(table) === 'src/slates';

/** What is wrong with one caller (empty: nothing). */
function problemsOf(caller: PrismaCaller): string[] {
  if (CLIENT_FILES.has(caller.file)) return [];
  const handedOver = SLATES_HANDOVER.has(caller.file);
  const checked = caller.tables.filter((t) => !(handedOver && slatesTable(t)));
  if (handedOver && checked.length === 0) return [];
  const problems: string[] = [];
  if (!isDataAccessFile(caller.file)) problems.push('calls Prisma outside a data/ or store/ folder');
  for (const table of checked) {
    const owner = owners.get(table);
    if (owner && !caller.file.startsWith(`${owner}/`)) problems.push(`touches ${table}, owned by ${owner}`);
  }
  return problems;
}

describe('one owner per table', () => {
  it('when the schema is read, then every table has an owner in ARCHITECTURE.md and every owner exists', () => {
    const models = schemaModels(readFileSync(`${ROOT}prisma/schema.prisma`, 'utf8'));
    expect(models.filter((m) => !owners.has(m))).toEqual([]);
    expect([...owners.keys()].filter((t) => !models.includes(t))).toEqual([]);
    // src/slates is being built on another branch; every other owner is a folder today.
    expect([...new Set(owners.values())].filter((o) => o !== 'src/slates' && !existsSync(`${ROOT}${o}`))).toEqual([]);
  });

  it('when the source is scanned, then Prisma is called only from its owners\' data-access files', () => {
    const found = callers.flatMap((c) => (c.file in PENDING ? [] : problemsOf(c).map((p) => `${c.file}: ${p}`)));
    expect(found).toEqual([]);
  });

  it('when an allowlist names a file, then that file still needs the allowance', () => {
    const byFile = new Map(callers.map((c) => [c.file, c]));
    const stalePending = Object.keys(PENDING).filter((f) => !byFile.has(f) || problemsOf(byFile.get(f)!).length === 0);
    const staleHandover = [...SLATES_HANDOVER].filter((f) => !byFile.get(f)?.tables.some(slatesTable));
    expect({ stalePending, staleHandover }).toEqual({ stalePending: [], staleHandover: [] });
  });
});
