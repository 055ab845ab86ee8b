/**
 * Row builders for tests: each creates what it needs with sensible defaults, and every default can be overridden
 * (`createSlate(db, { sport: 'NBA' })`). Natural keys get unique suffixes so builders can be called repeatedly.
 */
import type { Db } from '../src/core/db.js';

let sequence = 0;
const next = (): number => ++sequence;

export async function sportId(db: Db, code = 'NFL'): Promise<number> {
  const sport = await db.sport.findUniqueOrThrow({ where: { code } });
  return sport.id;
}

export async function createTeam(db: Db, overrides: { sport?: string; code?: string; name?: string } = {}) {
  const sid = await sportId(db, overrides.sport ?? 'NFL');
  const code = overrides.code ?? `T${next()}`;
  return db.team.upsert({
    where: { sportId_code: { sportId: sid, code } },
    create: { sportId: sid, code, name: overrides.name ?? `Team ${code}` },
    update: {},
  });
}

export async function createGame(db: Db, overrides: { sport?: string; home?: string; away?: string; startsAt?: Date } = {}) {
  const sport = overrides.sport ?? 'NFL';
  const home = await createTeam(db, { sport, code: overrides.home });
  const away = await createTeam(db, { sport, code: overrides.away });
  return db.game.create({
    data: {
      sportId: home.sportId, homeTeamId: home.id, awayTeamId: away.id,
      startsAt: overrides.startsAt ?? new Date(Date.now() + 24 * 3600_000),
    },
    include: { homeTeam: true, awayTeam: true },
  });
}

export async function createSlate(db: Db, overrides: { sport?: string; site?: string; gameType?: string; siteSlateId?: string; firstStartsAt?: Date } = {}) {
  const sid = await sportId(db, overrides.sport ?? 'NFL');
  return db.slate.create({
    data: {
      site: overrides.site ?? 'draftkings', sportId: sid, gameType: overrides.gameType ?? 'classic',
      siteSlateId: overrides.siteSlateId ?? `test-${next()}`, source: 'test',
      firstStartsAt: overrides.firstStartsAt ?? new Date(Date.now() + 24 * 3600_000),
    },
  });
}

export async function createPlayer(db: Db, overrides: { sport?: string; fullName?: string; position?: string } = {}) {
  const sid = await sportId(db, overrides.sport ?? 'NFL');
  const fullName = overrides.fullName ?? `Player ${next()}`;
  return db.player.create({
    data: { sportId: sid, fullName, normalizedName: fullName.toLowerCase(), position: overrides.position ?? 'WR' },
  });
}

export async function createSlatePlayer(db: Db, slate: { id: number; sportId: number }, overrides: {
  name?: string; positions?: string[]; rosterPositions?: string[]; salary?: number; teamId?: number; gameId?: number | null;
  avgPoints?: number | null; siteStatus?: string | null; playerId?: number;
} = {}) {
  const name = overrides.name ?? `Player ${next()}`;
  const playerId = overrides.playerId ?? (await db.player.create({
    data: { sportId: slate.sportId, fullName: name, normalizedName: name.toLowerCase(), position: overrides.positions?.[0] ?? 'WR' },
  })).id;
  const teamId = overrides.teamId ?? (await createTeam(db)).id;
  return db.slatePlayer.create({
    data: {
      slateId: slate.id, playerId, sitePlayerId: String(1000 + next()), name,
      positions: overrides.positions ?? ['WR'], rosterPositions: overrides.rosterPositions ?? ['WR', 'FLEX'],
      salary: overrides.salary ?? 5000, teamId, gameId: overrides.gameId ?? null,
      avgPoints: overrides.avgPoints ?? 10, siteStatus: overrides.siteStatus ?? null,
    },
  });
}

export async function createUser(db: Db, overrides: { email?: string; role?: string; passwordHash?: string } = {}) {
  return db.user.create({
    data: { email: overrides.email ?? `user${next()}@example.com`, role: overrides.role ?? 'user', passwordHash: overrides.passwordHash ?? 'not-a-real-hash' },
  });
}
