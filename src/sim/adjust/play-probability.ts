/**
 * Probability that a player with this injury status plays. DFS sites use one-letter codes, injury feeds use
 * words; both map here. Questionable players historically suit up about three times in four (NFL), doubtful
 * about one in four.
 */
const TABLE: Record<string, number> = {
  none: 1,
  active: 1,
  probable: 0.95,
  p: 0.95,
  gtd: 0.7,
  'game-time decision': 0.7,
  'day-to-day': 0.8,
  'day to day': 0.8,
  dtd: 0.8,
  questionable: 0.75,
  q: 0.75,
  doubtful: 0.25,
  d: 0.25,
  out: 0,
  o: 0,
  ir: 0,
  il: 0,
  'injured reserve': 0,
  'injured list': 0,
  pup: 0,
  na: 0,
  nfi: 0,
  susp: 0,
  suspended: 0,
  inactive: 0,
};

/** Play probability for a raw status; unknown statuses count as healthy (a warning is the caller's job). */
export function playProbabilityFor(status: string | null): number {
  if (status === null) return 1;
  const key = status.trim().toLowerCase().replace(/_/g, ' ');
  if (key === '') return 1;
  const direct = TABLE[key];
  if (direct !== undefined) return direct;
  // IL10, IL60, IR-R, ...: any injured-list variant is out.
  if (/^(il|ir)[-\s]?\w*$/.test(key)) return 0;
  return 1;
}

/** True when the status is one the table knows (so the caller can warn about the rest). */
export function isKnownStatus(status: string): boolean {
  const key = status.trim().toLowerCase().replace(/_/g, ' ');
  return key === '' || key in TABLE || /^(il|ir)[-\s]?\w*$/.test(key);
}
