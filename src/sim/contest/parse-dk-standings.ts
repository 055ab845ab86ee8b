/**
 * A DraftKings contest-standings export (the "Export to CSV" of a finished contest) as the field comparison needs
 * it: each entry's points, entrant and lineup, and each drafted player's %Drafted and FPTS. Two tables sit side
 * by side in the file: entries on the left (Rank..Lineup), drafted players on the right (Player..FPTS).
 * A small reader for the contest check; the results tier imports standings into the database on its own.
 */
import { parse } from 'csv-parse/sync';

export interface StandingsEntry {
  rank: number;
  /** The entrant's user name (EntryName without its " (k/N)" suffix). */
  entrant: string;
  /** Most entries this entrant may submit (the N of "(k/N)"), 1 when absent. */
  maxEntries: number;
  points: number;
  /** Player names in slot order as DraftKings writes them; empty for an entry that never set a lineup. */
  lineup: { slot: string; name: string }[];
}

export interface StandingsPlayer { name: string; rosterPosition: string; drafted: number; fpts: number }

export interface DkStandings { entries: StandingsEntry[]; players: StandingsPlayer[] }

/** Slot labels of DraftKings classic contests (NBA, NFL, MLB, NHL) as the Lineup column writes them. */
const SLOT_LABELS = new Set(['PG', 'SG', 'SF', 'PF', 'C', 'G', 'F', 'UTIL', 'QB', 'RB', 'WR', 'TE', 'FLEX', 'DST', 'P', '1B', '2B', '3B', 'SS', 'OF', 'W', 'D', 'CPT']);

/** Splits "C Deandre Ayton F Julius Randle ..." into slot/name pairs. */
export function parseStandingsLineup(text: string): { slot: string; name: string }[] {
  const out: { slot: string; name: string }[] = [];
  for (const token of text.trim().split(/\s+/)) {
    if (!token) continue;
    const current = out[out.length - 1];
    // A slot label starts a new pick unless the current pick has no name yet.
    if (SLOT_LABELS.has(token) && (!current || current.name !== '')) out.push({ slot: token, name: '' });
    else if (current) current.name = current.name ? `${current.name} ${token}` : token;
    else throw new Error(`lineup "${text.slice(0, 60)}" does not start with a slot label`);
  }
  return out;
}

/** Parses the export; throws naming the row when a required cell is not a number. */
export function parseDkStandings(csvText: string): DkStandings {
  const records = parse(csvText.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const header = records[0] ?? [];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`standings file has no "${name}" column (header: ${header.join(',')})`);
    return i;
  };
  const [rank, entryName, points, lineup, player, rosterPosition, drafted, fpts] = ['Rank', 'EntryName', 'Points', 'Lineup', 'Player', 'Roster Position', '%Drafted', 'FPTS'].map(col) as [number, number, number, number, number, number, number, number];
  const entries: StandingsEntry[] = [];
  const players: StandingsPlayer[] = [];
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
    if (r[rank]) {
      const name = r[entryName] ?? '';
      const m = /^(.*?) \((\d+)\/(\d+)\)$/.exec(name);
      const pts = Number(r[points]);
      if (!Number.isFinite(pts)) throw new Error(`standings row ${line}: Points "${r[points]}" is not a number`);
      entries.push({ rank: Number(r[rank]), entrant: m ? m[1]! : name, maxEntries: m ? Number(m[3]) : 1, points: pts, lineup: r[lineup] ? parseStandingsLineup(r[lineup]!) : [] });
    }
    if (r[player]) {
      const pct = Number((r[drafted] ?? '').replace('%', ''));
      if (!Number.isFinite(pct)) throw new Error(`standings row ${line}: %Drafted "${r[drafted]}" is not a percentage`);
      players.push({ name: r[player]!, rosterPosition: r[rosterPosition] ?? '', drafted: pct / 100, fpts: Number(r[fpts]) });
    }
  });
  return { entries, players };
}
