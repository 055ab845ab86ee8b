import type { Sport } from '../../../core/site-rules.js';
import { gameKey as keyOfGame } from '../../../slates/index.js';
import { resolveTeamCode } from '../resolve-team-code.js';
import { SalaryFileError } from './salary-file-error.js';
import type { ParsedGame, ParsedPlayer } from './types.js';

/**
 * Collects games and players while a file is read: resolves team codes, de-duplicates games by key, refuses a
 * player id seen twice (naming both lines), and keeps the warnings together.
 */
export class SlateBuilder {
  readonly games = new Map<string, ParsedGame>();
  readonly players: ParsedPlayer[] = [];
  readonly warnings: string[] = [];
  private readonly seenIds = new Map<string, number>();
  private readonly teamCodes = new Map<string, string | null>();

  constructor(readonly sport: Sport, private readonly teamAliases?: ReadonlyMap<string, string>) {}

  /** Canonical team code, or a BAD_ROW error naming the field and line. */
  team(raw: string, field: string, line: number | null): string {
    let code = this.teamCodes.get(raw);
    if (code === undefined) this.teamCodes.set(raw, code = resolveTeamCode(this.sport, raw, this.teamAliases));
    if (code === null) throw new SalaryFileError('BAD_ROW', `${field} "${raw}" is not a known ${this.sport} team`, line);
    return code;
  }

  addGame(away: string, home: string, startsAt: Date | null, siteGameId: string | null): ParsedGame {
    const gameKey = keyOfGame(away, home);
    const existing = this.games.get(gameKey);
    if (existing) {
      if (existing.startsAt === null && startsAt !== null) existing.startsAt = startsAt;
      return existing;
    }
    const game: ParsedGame = { gameKey, awayTeam: away, homeTeam: home, startsAt, siteGameId };
    this.games.set(gameKey, game);
    return game;
  }

  addPlayer(player: ParsedPlayer, line: number | null): void {
    const first = this.seenIds.get(player.sitePlayerId);
    if (first !== undefined) {
      throw new SalaryFileError('BAD_ROW', `player id ${player.sitePlayerId} appears twice (first on line ${first})`, line);
    }
    this.seenIds.set(player.sitePlayerId, line ?? 0);
    this.players.push(player);
  }

  /** Opponent of `team` in `game`, or a BAD_ROW error when the team is not playing in it. */
  opponent(game: ParsedGame, team: string, line: number | null): string {
    if (team === game.awayTeam) return game.homeTeam;
    if (team === game.homeTeam) return game.awayTeam;
    throw new SalaryFileError('BAD_ROW', `team ${team} is not in game ${game.gameKey}`, line);
  }
}
