/** One stored result of a player: a slate game of his team, whether he played and his site points. */
export interface HistoryGame {
  /** Slate date, YYYY-MM-DD (UTC date of the slate's first game). */
  date: string;
  played: boolean;
  /** Actual site points (0 when he did not play). */
  points: number;
}

/** What the history model reads about one player of the slate being projected (only earlier dates). */
export interface PlayerHistoryInput {
  /** Normalized position group of the sport (outcome-profiles.ts normalizePosition). */
  group: string;
  salary: number;
  /** The site's season average (AvgPointsPerGame); null or 0 when the site has none. */
  siteAverage: number | null;
  /** The player's stored results, oldest first. */
  games: readonly HistoryGame[];
  /** The slate carries injury/site statuses (some player has one): a player without an out status is then
   * likelier to play than the stored results alone say. */
  statusInformed: boolean;
  /** Dates of his team's stored slate games, oldest first (a game he missed is one he has no played row for). */
  teamDates: readonly string[];
}
