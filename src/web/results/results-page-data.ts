/**
 * What the Results tab shows: the slate's stored results, the grade of the chosen projection set (default: the
 * latest the user can see), its charts, and each of the user's lineup sets graded (actual points, real-contest rank).
 */
import type { Db } from '../../core/db.js';
import type { PublicUser } from '../../api/index.js';
import { AppError } from '../../core/errors.js';
import { COVERAGE_LEVELS, gradeContest, gradeLineups, gradeSlate, NOMINAL, type ContestGrade, type SlateGrade } from '../../results/index.js';
import { renderHistogram } from '../charts/histogram-svg.js';
import { renderScatter } from '../charts/scatter-svg.js';
import { listLineupSets } from '../data/list-lineup-sets.js';
import { listProjectionSets, pickProjectionSet } from '../data/load-slate.js';

const percent = (v: number): string => `${Math.round(v * 100)}%`;

export async function loadResultsPage(db: Db, slateId: number, user: PublicUser, requestedSet: number | undefined) {
  const [sets, lineupSets, resultCount, contests, unmatched] = await Promise.all([
    listProjectionSets(db, slateId, user.id), listLineupSets(db, slateId, user),
    db.slatePlayerResult.count({ where: { slateId } }),
    db.contestStanding.findMany({ where: { slateId }, orderBy: { id: 'asc' }, select: { id: true, contestKey: true, fileName: true, entryCount: true, hasLineups: true } }),
    db.resultUnmatchedName.findMany({ where: { slateId }, orderBy: [{ source: 'asc' }, { name: 'asc' }], take: 200 }),
  ]);
  const set = pickProjectionSet(sets, requestedSet);
  const grade: SlateGrade | null = set && resultCount > 0 ? await gradeSlate(db, { slateId, projectionSetId: set.id, viewerId: user.id }) : null;
  const graded = grade ? grade.players.filter((p) => !p.captain && p.actual !== null && p.mean !== null) : [];
  const charts = grade ? {
    coverage: renderScatter(COVERAGE_LEVELS.filter((l) => grade.summary.coverage[l] !== null).map((l) => ({ x: NOMINAL[l], y: grade.summary.coverage[l] as number, label: l })),
      { title: 'Coverage: nominal vs observed', xLabel: 'nominal percentile', yLabel: 'share of actuals at or below', range: [0, 1], connect: true, tick: percent }),
    pit: renderHistogram(grade.pitHistogram.map((count, i) => ({ from: i / 10, to: (i + 1) / 10, count })), { title: 'PIT histogram (flat when calibrated)' }),
    scatter: renderScatter(graded.map((p) => ({ x: p.mean as number, y: p.actual as number, label: p.name })),
      { title: 'Projected vs actual', xLabel: 'projected mean', yLabel: 'actual points' }),
  } : null;
  const lineupGrades = resultCount === 0 ? [] : await Promise.all(lineupSets.filter((s) => s.lineupCount > 0).slice(0, 10).map(async (s) => {
    const lineups = await gradeLineups(db, slateId, s.id, user.id);
    const scored = lineups.filter((l) => l.actual !== null);
    const best = scored.reduce<(typeof lineups)[number] | null>((b, l) => (b === null || (l.actual as number) > (b.actual as number) ? l : b), null);
    return { set: s, lineups, best, mean: scored.length ? scored.reduce((sum, l) => sum + (l.actual as number), 0) / scored.length : null };
  }));
  const contestCheck = await loadContestCheck(db, slateId, user.id, contests.some((c) => c.hasLineups));
  return { sets, set, grade, graded, charts, lineupGrades, resultCount, contests, unmatched, levels: COVERAGE_LEVELS, nominal: NOMINAL, contestCheck };
}

/**
 * The post-lock contest check (the table of `grade --contest`): the grade, or why there is none yet (no
 * standings with lineups, no finished contest simulation); null when the slate has no standings at all.
 */
async function loadContestCheck(db: Db, slateId: number, userId: number, hasLineups: boolean): Promise<{ grade: ContestGrade | null; reason: string | null } | null> {
  if (!hasLineups) return null;
  try {
    return { grade: await gradeContest(db, { slateId, userId }), reason: null };
  } catch (e) {
    if (e instanceof AppError && e.status < 500) return { grade: null, reason: e.message };
    throw e;
  }
}
