/**
 * GET / (slates), GET /slates/:id (player pool page), GET /slates/:id/pool (the table alone, for htmx),
 * GET /slates/:id/players/:playerId (detail panel: a fragment for htmx, a page without JavaScript).
 */
import type { Express, Request } from 'express';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, queryId, renderPage, wantsFragment } from '../http/render-page.js';
import { listSlates, readSlateFilter } from '../data/list-slates.js';
import { listProjectionSets, loadSlate, pickProjectionSet } from '../data/load-slate.js';
import { loadPool } from '../data/load-pool.js';
import { loadOptimalShare } from '../../optimizer/index.js';
import { leverageBasis, withLeverage } from '../pool/leverage.js';
import { loadGameContext } from '../data/load-game-context.js';
import { loadPlayerDetail } from '../data/load-player-detail.js';
import { loadPlayerDraws } from '../data/load-player-draws.js';
import { filterPool, PoolQuerySchema, poolQueryString, SORT_KEYS } from '../pool/filter-pool.js';
import { injuryBadge } from '../pool/injury-badge.js';
import { weatherChip } from '../pool/weather-chip.js';
import { distributionChart, lineMovementChart } from '../pool/player-charts.js';
import { currentUser } from '../../api/index.js';

export function mountSlateRoutes(web: Express, { db }: WebDeps, guards: Guards): void {
  web.get('/', ...guards.page, async (req, res) => {
    const { filter, dateError } = readSlateFilter(req.query);
    // A day that does not exist lists nothing and says why, with the form still there to correct it.
    if (dateError) res.status(400);
    const slates = dateError ? [] : await listSlates(db, filter);
    renderPage(req, res, 'slates', { title: 'Slates', nav: 'slates', slates, filter, dateError });
  });

  /** Everything the pool table needs; shared by the page and the partial. */
  const poolModel = async (req: Request, slateId: number) => {
    const user = currentUser(req);
    queryId(req.query.set, 'set');
    const query = PoolQuerySchema.parse(req.query);
    const [slate, sets] = await Promise.all([loadSlate(db, slateId), listProjectionSets(db, slateId, user?.id ?? 0)]);
    const set = pickProjectionSet(sets, query.set);
    const [pool, optimal] = await Promise.all([loadPool(db, slateId, set?.id ?? null), loadOptimalShare(db, slateId, user?.id ?? 0)]);
    const all = withLeverage(pool, optimal);
    const rows = filterPool(all, query).map((r) => ({ ...r, badge: injuryBadge(r.siteStatus, r.injuryStatus), chip: weatherChip(r.weather) }));
    const positions = [...new Set(all.flatMap((r) => r.positions))].sort();
    const teams = [...new Set(all.map((r) => r.team))].sort();
    return { slate, sets, set, rows, total: all.length, leverageTitle: leverageBasis(optimal), positions, teams, query, sortKeys: SORT_KEYS, qs: poolQueryString };
  };

  web.get('/slates/:id', ...guards.page, async (req, res) => {
    const model = await poolModel(req, idParam(req.params.id, 'slate'));
    const context = await loadGameContext(db, model.slate.games.map((g) => g.id));
    const games = model.slate.games.map((g) => ({ ...g, line: context.lines.get(g.id) ?? null, chip: weatherChip(context.weather.get(g.id) ?? null) }));
    renderPage(req, res, 'slate', { title: `${model.slate.sport} ${model.slate.title}`, nav: 'slates', ...model, games });
  });

  web.get('/slates/:id/pool', ...guards.page, async (req, res) => {
    const model = await poolModel(req, idParam(req.params.id, 'slate'));
    // The URL in the address bar follows the filters, so a reload or a shared link shows the same table.
    res.set('HX-Push-Url', `/slates/${model.slate.id}?${poolQueryString(model.query)}`);
    renderPage(req, res, 'partials/pool-table', { title: '', ...model, oob: true });
  });

  web.get('/slates/:id/players/:playerId', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const user = currentUser(req);
    queryId(req.query.set, 'set');
    const query = PoolQuerySchema.parse(req.query);
    const sets = await listProjectionSets(db, slateId, user?.id ?? 0);
    const set = pickProjectionSet(sets, query.set);
    const detail = await loadPlayerDetail(db, slateId, idParam(req.params.playerId, 'player'), set?.id ?? null);
    const draws = set ? await loadPlayerDraws(db, set.id, detail.id) : null;
    const distribution = distributionChart(detail, draws);
    const model = { title: detail.name, nav: 'slates', detail, set, distribution, lineChart: lineMovementChart(detail), badge: injuryBadge(detail.siteStatus, detail.injuries[0]?.status ?? null), backQuery: poolQueryString(query) };
    renderPage(req, res, wantsFragment(req) ? 'partials/player-detail' : 'player', model);
  });
}
