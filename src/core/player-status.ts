/**
 * Player status and availability, the one rule every module asks: the site's status cell (DK `Status`,
 * draftables `status`, FanDuel `Injury Indicator`) and the injury feeds' words normalise to one InjuryStatus, and
 * `isRuledOut` says whether that status takes a player out of the slate. Doubtful players are not ruled out (they
 * play about one time in four; the sim gives them that probability), every injured-list form (IR, IL10, IL60, DL,
 * PUP, NFI, LTIR) is.
 */
import { z } from 'zod';

/** The one status vocabulary every source is normalised into. */
export const InjuryStatusSchema = z.enum([
  'active', 'probable', 'questionable', 'doubtful', 'out', 'injured_reserve', 'game_time_decision',
]);
export type InjuryStatus = z.infer<typeof InjuryStatusSchema>;

/** Statuses that take a player out of a lineup: a lineup holding one needs a swap. */
export const UNAVAILABLE_STATUSES: ReadonlySet<InjuryStatus> = new Set(['out', 'injured_reserve']);

/**
 * True when a raw site or feed status ('O', 'IL60', 'PUP', 'Out', 'injured_reserve') rules the player out of the
 * slate: the optimizer drops such rows, late swap replaces them, the dashboard marks them. Blank, 'None', an
 * unknown word and Doubtful are not out.
 */
export function isRuledOut(status: string | null | undefined): boolean {
  const normalized = normalizeInjuryStatus(status);
  return normalized !== undefined && UNAVAILABLE_STATUSES.has(normalized);
}

/**
 * Raw words → status, keys compared after lower-casing and squeezing spaces/underscores/hyphens.
 * Sources: DK CSV `Status` (Q, D, OUT, IR) and draftables `status` ("None", O, IR, DL), FanDuel
 * `Injury Indicator` (Q, D, O, IR, IL, DTD, NA), ESPN `status` words and `type.abbreviation`,
 * nflverse `report_status`, and ESPN `type.name` ("INJURY_STATUS_QUESTIONABLE").
 */
const STATUS_WORDS: Readonly<Record<string, InjuryStatus>> = {
  '': 'active', 'none': 'active', 'active': 'active', 'a': 'active', 'healthy': 'active',
  'p': 'probable', 'probable': 'probable',
  'q': 'questionable', 'questionable': 'questionable', 'dtd': 'questionable', 'day to day': 'questionable',
  'd': 'doubtful', 'doubtful': 'doubtful',
  'o': 'out', 'out': 'out', 'inactive': 'out', 'na': 'out', 'not active': 'out', 'susp': 'out',
  'suspension': 'out', 'suspended': 'out', 'ofs': 'out', 'out for season': 'injured_reserve',
  'ir': 'injured_reserve', 'injured reserve': 'injured_reserve', 'il': 'injured_reserve', 'injured list': 'injured_reserve',
  'dl': 'injured_reserve', 'pup': 'injured_reserve', 'pup r': 'injured_reserve', 'nfi': 'injured_reserve', 'ir r': 'injured_reserve',
  'il7': 'injured_reserve', 'il10': 'injured_reserve', 'il15': 'injured_reserve', 'il60': 'injured_reserve',
  '7 day il': 'injured_reserve', '10 day il': 'injured_reserve', '15 day il': 'injured_reserve',
  '60 day il': 'injured_reserve', 'ltir': 'injured_reserve',
  'gtd': 'game_time_decision', 'game time decision': 'game_time_decision',
};

/**
 * Normalises a raw site/feed status. Blank and DK's "None" mean active (no designation).
 * Returns undefined for a word we do not know, so the caller can report it instead of guessing.
 */
export function normalizeInjuryStatus(raw: string | null | undefined): InjuryStatus | undefined {
  const key = (raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/^injury_status_/, '')
    .replace(/[\s_-]+/g, ' ')
    .replace(/^(il|ir|dl) (\d+)$/, '$1$2')
    .replace(/ day (il|ir|dl)$/, ' day il');
  return STATUS_WORDS[key];
}
