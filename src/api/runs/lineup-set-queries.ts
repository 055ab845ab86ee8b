/** The user's lineup sets: list, status with progress and report, lineups, and the site upload file. */
import type { Db } from '../../core/db.js';
import { notFound } from '../../core/errors.js';
import { loadSlateRowsById } from '../../slates/index.js';
import { type GameType, type Site, type Sport } from '../../core/site-rules.js';
import {
  exportLineupsCsv, findSetLineups, findUserLineupSet, findUserLineupSets, findUserLineupSetSlate, type Lineup, type LineupSetRow, type OptimizerPlayer,
} from '../../optimizer/index.js';
import type { PublicUser } from '../auth/users.js';
import type { Page, Pagination } from '../data/pagination.js';
import { lineupSetJobId } from './job-ids.js';
import { getSiteRules, siteAdapter } from '../../sites/index.js';

const toSet = ({ _count, ...s }: LineupSetRow) => ({ ...s, lineupCount: _count.lineups, jobId: lineupSetJobId(s.id) });

export async function listLineupSets(db: Db, user: PublicUser, filter: { slateId?: number }, page: Pagination): Promise<Page<ReturnType<typeof toSet>>> {
  const { rows, total } = await findUserLineupSets(db, { userId: user.id, ...(filter.slateId ? { slateId: filter.slateId } : {}) }, page);
  return { items: rows.map(toSet), total, ...page };
}

/** A set with its report; another user's set is a 404. */
export async function loadLineupSet(db: Db, user: PublicUser, id: number) {
  const row = await findUserLineupSet(db, id, user.id);
  if (!row) throw notFound(`lineup set ${id}`);
  const { report, ...rest } = row;
  return { lineupSet: { ...toSet(rest), report: report ?? null } };
}

/** The set's lineups in build order, each with its players in slot order. */
export async function loadLineups(db: Db, user: PublicUser, id: number) {
  const slate = await findUserLineupSetSlate(db, id, user.id);
  if (!slate) throw notFound(`lineup set ${id}`);
  // A set being stored (or cancelled half-way) shows no lineups until it is done.
  const lineups = await findSetLineups(db, id);
  const rows = await loadSlateRowsById(db, lineups.flatMap((l) => l.players.map((p) => p.slatePlayerId)));
  return {
    site: slate.site, sport: slate.sport, gameType: slate.gameType,
    lineups: lineups.map((l) => ({
      ...l,
      players: l.players.map(({ slot, slotName, slatePlayerId }) => {
        const r = rows.get(slatePlayerId);
        return { slot, slotName, slatePlayerId, sitePlayerId: r?.sitePlayerId ?? '', name: r?.name ?? '', positions: r?.positions ?? [], salary: r?.salary ?? 0, team: r?.team ?? '?' };
      }),
    })),
  };
}

/**
 * The lineups as the site's upload CSV (DraftKings / FanDuel columns), written by the optimizer's exporter. With
 * a template (the site's DKEntries.csv / FanDuel entries file), each entry row gets the next lineup and every
 * other cell is kept.
 */
export async function exportLineupSet(db: Db, user: PublicUser, id: number, template?: string): Promise<{ fileName: string; csv: string; written: number; unfilledEntries: number }> {
  const { site, sport, gameType, lineups } = await loadLineups(db, user, id);
  const rules = getSiteRules(site as Site, sport as Sport, gameType as GameType);
  // The exporter reads only slot index, site id and name of each player; the rest of OptimizerPlayer is filled
  // from the stored row so the type stays honest.
  const asLineups: Lineup[] = lineups.map((l) => ({
    index: l.index, salary: l.salary, projection: l.projection, objective: l.projection, ownershipSum: l.ownership, stacks: [],
    slots: l.players.map((p) => {
      const player: OptimizerPlayer = {
        id: p.sitePlayerId, playerKey: `${p.name}|${p.team}`, name: p.name, positions: p.positions, rosterPositions: [], salary: p.salary,
        team: p.team, opponent: null, gameKey: null, projection: 0, ownership: null, stdDev: null, battingOrder: null, line: null, startsAt: null,
      };
      return { slot: p.slotName, slotIndex: p.slot, player, points: 0, salary: p.salary };
    }),
  }));
  const { csv, written, unfilledEntries } = exportLineupsCsv(asLineups, rules, template);
  return { fileName: siteAdapter(rules.site).lineupsFileName(id), csv, written, unfilledEntries };
}
