/**
 * The largest contest a request may ask for. DraftKings' biggest GPPs (the NFL Millionaire Maker) hold about
 * 200,000-240,000 entries, so 250,000 covers every real contest; past it one request could hold gigabytes
 * and minutes of CPU (a 5,000,000-entry field took 2.6 GB). Documented in README (Contest limits).
 */
export const MAX_CONTEST_FIELD_SIZE = 250_000;
/** Our lineups in one contest simulation (DraftKings allows 150 per user per contest; a set may hold more). */
export const MAX_CONTEST_LINEUPS = 10_000;
/** Prize tiers in one payout table (DraftKings' largest tables have a few dozen). */
export const MAX_PAYOUT_TIERS = 1_000;
