/**
 * GET /slates/:id/optimize: the rules form (locks/excludes picked in the player table), the user's lineup sets
 * and, for the chosen set, the lineups with totals, the exposure report and the site upload download.
 * POST starts a run through the API's startOptimizer; the set's fragment is polled by htmx until it finishes.
 */
import type { Express, Request, Response } from 'express';
import { AppError } from '../../core/errors.js';
import { exportLineups, startOptimizer, userOf, type PublicUser } from '../../api/index.js';
import { loadSlatePool } from '../../slates/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, queryId, redirectAfterPost, renderPage } from '../http/render-page.js';
import { listProjectionSets, loadSlate, pickProjectionSet } from '../data/load-slate.js';
import { loadPool } from '../data/load-pool.js';
import { listLineupSets } from '../data/list-lineup-sets.js';
import { loadLineupSet } from '../data/load-lineup-set.js';
import { playerExposure, teamExposure } from '../pool/exposure.js';
import { injuryBadge } from '../pool/injury-badge.js';
import { renderBarChart } from '../charts/bar-chart-svg.js';
import { parseRulesForm } from '../optimize/parse-rules-form.js';
import { readLineupReport } from '../optimize/read-lineup-report.js';
import { rulesToForm } from '../optimize/rules-to-form.js';
import { describeRules } from '../optimize/describe-rules.js';

const FINISHED = new Set(['completed', 'done', 'succeeded', 'failed', 'cancelled']);

export function mountOptimizeRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;

  const lineupsModel = async (slateId: number, setId: number, user: PublicUser) => {
    const set = await loadLineupSet(db, slateId, setId, user);
    const exposure = playerExposure(set.lineups);
    const maxPlayer = (set.rules as { exposure?: { maxPlayer?: number } } | null)?.exposure?.maxPlayer ?? null;
    const report = readLineupReport(set.report);
    const names = new Map(((await loadSlatePool(db, slateId))?.rows ?? []).map((p) => [p.sitePlayerId, p.name]));
    return {
      rulesUsed: describeRules(set.rules, names),
      lineupSet: set, finished: FINISHED.has(set.status), exposure, warnings: report.warnings,
      stackChart: report.stacks.length ? renderBarChart(report.stacks.slice(0, 15).map((s) => ({ label: s.label, value: s.share })), { title: 'Stack exposure', max: 1, width: 300 }) : null,
      exposureChart: renderBarChart(exposure.slice(0, 40).map((e) => ({ label: e.label, value: e.share, cap: maxPlayer })), { title: 'Player exposure', max: 1 }),
      teamChart: renderBarChart(teamExposure(set.lineups).map((e) => ({ label: e.label, value: e.share })), { title: 'Team exposure', max: 1, width: 300 }),
    };
  };

  const pageModel = async (req: Request, slateId: number) => {
    const user = userOf(req);
    const requestedSet = queryId(req.query.set, 'set') ?? undefined;
    const [slate, sets, lineupSets] = await Promise.all([loadSlate(db, slateId), listProjectionSets(db, slateId, user.id), listLineupSets(db, slateId, user)]);
    const projectionSet = pickProjectionSet(sets, requestedSet);
    const players = (await loadPool(db, slateId, projectionSet?.id ?? null))
      .map((p) => ({ ...p, badge: injuryBadge(p.siteStatus, p.injuryStatus) }))
      .sort((a, b) => (b.projection ?? -1) - (a.projection ?? -1) || b.salary - a.salary);
    const chosen = queryId(req.query.lineupSet, 'lineupSet') ?? lineupSets[0]?.id;
    const selected = chosen === undefined ? null : await lineupsModel(slateId, chosen, user);
    return { slate, sets, projectionSet, players, lineupSets, selected };
  };

  type FormOutcome = { error: string | null; problems: string[]; fieldErrors: Record<string, string>; form: Record<string, unknown> };
  const showPage = async (req: Request, res: Response, extra: FormOutcome) => {
    const model = await pageModel(req, idParam(req.params.id, 'slate'));
    renderPage(req, res, 'optimize', { title: `Optimizer · ${model.slate.title}`, nav: 'slates', ...model, ...extra });
  };

  web.get('/slates/:id/optimize', ...guards.page, async (req, res) => {
    const model = await pageModel(req, idParam(req.params.id, 'slate'));
    // The form starts from the rules of the set on screen, so a rebuild is one tweak away.
    const form = model.selected ? rulesToForm(model.selected.lineupSet.rules, model.selected.lineupSet.projectionSetId) : {};
    renderPage(req, res, 'optimize', { title: `Optimizer · ${model.slate.title}`, nav: 'slates', ...model, error: null, problems: [], fieldErrors: {}, form });
  });

  web.post('/slates/:id/optimize', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const parsed = parseRulesForm(req.body);
    const form = (req.body ?? {}) as Record<string, unknown>;
    if ('problems' in parsed) {
      res.status(400);
      await showPage(req, res, { error: 'Some rules need fixing (marked below).', problems: parsed.problems, fieldErrors: parsed.fieldErrors, form });
      return;
    }
    let error: string;
    let problems: string[] = [];
    try {
      const { lineupSetId } = await startOptimizer({ db, send: deps.send, user: userOf(req) }, { slateId, projectionSetId: parsed.projectionSetId, rules: { ...parsed.rules } });
      const target = `/slates/${slateId}/optimize?lineupSet=${lineupSetId}${parsed.projectionSetId ? `&set=${parsed.projectionSetId}` : ''}`;
      redirectAfterPost(req, res, target);
      return;
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      error = e.message;
      // The optimizer's own schema lists its problems ("groups.0.max: …"): shown one per line.
      if (Array.isArray(e.details) && e.details.every((d) => typeof d === 'string')) problems = e.details as string[];
      res.status(e.status);
    }
    await showPage(req, res, { error, problems, fieldErrors: {}, form });
  });

  web.get('/slates/:id/optimize/:setId/lineups', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const [slate, model] = await Promise.all([loadSlate(db, slateId), lineupsModel(slateId, idParam(req.params.setId, 'lineup set'), userOf(req))]);
    if (model.finished && req.query.live === '1') res.set('HX-Refresh', 'true');
    renderPage(req, res, 'partials/lineups', { title: '', slate, ...model });
  });

  web.get('/slates/:id/optimize/:setId/export.csv', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const set = await loadLineupSet(db, slateId, idParam(req.params.setId, 'lineup set'), userOf(req));
    const { fileName, csv } = await exportLineups({ db, send: deps.send, user: userOf(req) }, set.id);
    res.attachment(fileName).type('text/csv').send(csv);
  });
}
