/**
 * The key of one game in canonical team codes, `away@home`: players sharing it are correlated in the sim and
 * stacked together by the optimizer. The one place that spells it.
 */
export function gameKey(awayCode: string, homeCode: string): string {
  return `${awayCode}@${homeCode}`;
}

/** `gameKey` of a game with its teams loaded, or null when a row has no game. */
export function gameKeyOf(game: { awayTeam: { code: string }; homeTeam: { code: string } } | null): string | null {
  return game ? gameKey(game.awayTeam.code, game.homeTeam.code) : null;
}
