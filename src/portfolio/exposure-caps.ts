/**
 * Caps over a chosen set of lineups: at most floor(max x K) lineups may hold a given player (or a player of a
 * given team). A candidate that does not fit now never fits later (counts only grow), so the selection drops it.
 */
export interface CandidateMembers {
  /** Player keys of the lineup (a showdown captain counts as the same person). */
  players: readonly string[];
  teams: readonly string[];
}

export interface PortfolioCaps {
  /** Share of the K lineups any one player may appear in (0..1). */
  maxPlayer?: number;
  /** Per player key: its own max share. */
  players?: Readonly<Record<string, { max?: number | undefined }>>;
  /** Per team code: max share of lineups with at least one player of the team. */
  teams?: Readonly<Record<string, { max?: number | undefined }>>;
}

export class ExposureCounter {
  private readonly playerCounts = new Map<string, number>();
  private readonly teamCounts = new Map<string, number>();

  constructor(private readonly caps: PortfolioCaps, private readonly k: number) {}

  private limit(share: number | undefined): number {
    return share === undefined ? Infinity : Math.floor(share * this.k + 1e-9);
  }

  private playerLimit(key: string): number {
    return Math.min(this.limit(this.caps.players?.[key]?.max), this.limit(this.caps.maxPlayer));
  }

  fits(members: CandidateMembers): boolean {
    for (const p of new Set(members.players)) if ((this.playerCounts.get(p) ?? 0) + 1 > this.playerLimit(p)) return false;
    for (const t of new Set(members.teams)) if ((this.teamCounts.get(t) ?? 0) + 1 > this.limit(this.caps.teams?.[t]?.max)) return false;
    return true;
  }

  add(members: CandidateMembers): void {
    for (const p of new Set(members.players)) this.playerCounts.set(p, (this.playerCounts.get(p) ?? 0) + 1);
    for (const t of new Set(members.teams)) this.teamCounts.set(t, (this.teamCounts.get(t) ?? 0) + 1);
  }

  /** Each player's share of the chosen lineups, highest first. */
  playerShares(): { key: string; share: number }[] {
    return [...this.playerCounts].map(([key, n]) => ({ key, share: n / this.k })).sort((a, b) => b.share - a.share);
  }
}
