import { isRuledOut, normalizeInjuryStatus, type InjuryStatus } from '../../core/player-status.js';

/**
 * The badge a player row shows: the site's own status word wins (it is what the site will enforce), else the
 * newest normalized report from the injury feeds. `ruledOut` marks players a lineup must not hold.
 */
export interface InjuryBadge { label: string; level: 'out' | 'doubtful' | 'questionable' | 'probable'; ruledOut: boolean; title: string }

/** Badge level per normalized status (the site's word is read by the one status rule, core/player-status). */
const LEVELS: Record<Exclude<InjuryStatus, 'active'>, InjuryBadge['level']> = {
  out: 'out', injured_reserve: 'out', doubtful: 'doubtful', questionable: 'questionable', game_time_decision: 'questionable', probable: 'probable',
};

const FEED_WORDS: Record<string, { label: string; level: InjuryBadge['level'] }> = {
  out: { label: 'OUT', level: 'out' },
  injured_reserve: { label: 'IR', level: 'out' },
  doubtful: { label: 'D', level: 'doubtful' },
  questionable: { label: 'Q', level: 'questionable' },
  game_time_decision: { label: 'GTD', level: 'questionable' },
  probable: { label: 'P', level: 'probable' },
};

/** Null when the player carries no designation. */
export function injuryBadge(siteStatus: string | null, feedStatus: string | null): InjuryBadge | null {
  const site = siteStatus?.trim().toUpperCase();
  if (site && site !== 'NONE') {
    const normalized = normalizeInjuryStatus(site);
    const level = normalized === undefined || normalized === 'active' ? 'questionable' : LEVELS[normalized];
    return { label: site, level, ruledOut: isRuledOut(site), title: `site status ${site}` };
  }
  const feed = feedStatus ? FEED_WORDS[feedStatus] : undefined;
  if (feed) return { ...feed, ruledOut: feed.level === 'out', title: `injury report: ${feedStatus?.replace(/_/g, ' ')}` };
  return null;
}
