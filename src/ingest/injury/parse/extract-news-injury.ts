import type { InjuryStatus } from '../../../core/player-status.js';
import type { InjuryReport } from './injury-report.js';
import type { NewsItem } from './parse-news-feed.js';

/**
 * Phrases that state an availability, most specific first: "placed on injured reserve" must win over the
 * "out" inside "out for the season", and "ruled out" over a "questionable" earlier in the week's recap.
 */
const STATUS_PHRASES: readonly [RegExp, InjuryStatus][] = [
  [/\b(placed on|lands? on|moved to|transferred to|to the) (injured reserve|IR|(\d+)-day (IL|injured list)|IL|injured list)\b/i, 'injured_reserve'],
  [/\bout for the (season|year)\b|\bseason-ending\b/i, 'injured_reserve'],
  [/\bruled out\b|\bwon't play\b|\bwill not play\b|\bwill miss\b|\binactive\b|\bscratched\b|\bsuspended\b|\bout (?:for|against|vs\.?|on|in) \b|\bis out\b|\b(?:listed|downgraded) (?:as )?out\b/i, 'out'],
  [/\bdoubtful\b/i, 'doubtful'],
  [/\bgame-?time decision\b/i, 'game_time_decision'],
  [/\bquestionable\b/i, 'questionable'],
  [/\bprobable\b/i, 'probable'],
  [/\b(will play|expected to play|cleared to play|activated from|off the injury report|(is|listed as) active|will start|returns? to (the )?lineup)\b/i, 'active'],
];

/** Words that may follow a player's name in a headline ("Ty Okada ruled out", "Bo Nix Will Play"). */
const NAME_FOLLOWERS = new Set([
  'is', 'has', 'was', 'will', "won't", 'ruled', 'listed', 'placed', 'out', 'doubtful', 'questionable', 'probable',
  'expected', 'suspended', 'scratched', 'activated', 'lands', 'returns', 'cleared', 'downgraded', 'upgraded',
  'not', 'practices', 'misses', 'to',
]);
const NAME_WORD = /^(?:[A-Z][A-Za-z.'’-]*|St\.|de|van|Jr\.?|Sr\.?|II|III|IV)$/;

/**
 * The player named at the start of a headline, as player-news feeds write them: "Ty Okada: Ruled out",
 * "Jeremiyah Love (ankle) questionable", "Amon-Ra St. Brown Will Play". Two to four name-like words, ended
 * by ":", "(", "," or a status verb in any case (headlines are often Title Case, so case alone cannot end it).
 */
export function extractLeadingName(title: string): string | null {
  const tokens = title.trim().split(/\s+/);
  // Shortest first: in "Courtland Sutton Is Out" the name must stop before "Is", a follower word.
  for (let n = 2; n <= Math.min(4, tokens.length); n += 1) {
    const words = tokens.slice(0, n);
    const last = words[n - 1] ?? '';
    const endsWithMark = /[:,]$/.test(last);
    const clean = words.map((w, i) => (i === n - 1 ? w.replace(/[:,]$/, '') : w));
    if (!clean.every((w) => NAME_WORD.test(w)) || !/^[A-Z]/.test(clean[0] ?? '')) return null;
    const next = tokens[n]?.toLowerCase().replace(/[:,]$/, '');
    if (endsWithMark || next === undefined || next.startsWith('(') || NAME_FOLLOWERS.has(next ?? '')) {
      return clean.join(' ');
    }
  }
  return null;
}

/**
 * Reads an injury statement out of a news item: the player named at the start of the title and the first
 * status phrase in the title, else in the summary. Returns null for news that names no player or states
 * no availability (trade rumours, recaps) — those are kept as news only.
 */
export function extractNewsInjury(item: NewsItem, feedUrl: string | null): InjuryReport | null {
  const name = extractLeadingName(item.title);
  if (!name) return null;
  const found = findStatus(item.title) ?? findStatus(item.summary);
  if (!found) return null;
  return {
    source: 'news',
    sourcePlayerId: item.guid,
    playerName: name,
    team: null,
    position: null,
    rawStatus: found.phrase,
    status: found.status,
    note: item.summary ? `${item.title} — ${item.summary}`.slice(0, 500) : item.title,
    reportedAt: item.publishedAt,
    sourceUrl: item.link ?? feedUrl,
  };
}

function findStatus(text: string): { status: InjuryStatus; phrase: string } | null {
  for (const [pattern, status] of STATUS_PHRASES) {
    const m = pattern.exec(text);
    if (m) return { status, phrase: m[0] };
  }
  return null;
}
