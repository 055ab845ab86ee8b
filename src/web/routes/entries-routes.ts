/**
 * The slate's Entries tab: upload the site's entries file, set a contest's field size and payout, build a
 * portfolio (pool → each contest's lineups by simulated ROI → entries filled), late-swap, and download the filled
 * file. Every action is the API's own use-case; this file only turns forms into calls and errors into messages.
 */
import type { Express, Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../core/errors.js';
import { exportEntries, importEntriesFile, listEntries, setContestPayout, startPortfolioRun, userOf } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { idParam, redirectAfterPost, renderPage, wantsFragment } from '../http/render-page.js';
import { loadSlate } from '../data/load-slate.js';
import { parsePayoutLines } from '../contest/parse-payout-lines.js';

const MAX_BYTES = 2 * 1024 * 1024;

function whole(value: unknown, fallback: number | null): number | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return fallback;
  return /^\d{1,9}$/.test(text) ? Number(text) : NaN;
}

export function mountEntriesRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;
  const providers = { DRAFTKINGS_API_URL: deps.config.DRAFTKINGS_API_URL, DRAFTKINGS_LOBBY_URL: deps.config.DRAFTKINGS_LOBBY_URL };
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_BYTES, files: 1, fields: 10 } });

  const show = async (req: Request, res: Response, slateId: number, extra: { error?: string | null; notice?: string | null } = {}) => {
    const user = userOf(req);
    const [slate, entries] = await Promise.all([loadSlate(db, slateId), listEntries({ db, user }, slateId)]);
    const latest = entries.runs.find((r) => r.kind === 'portfolio' && r.status === 'done') ?? null;
    const live = entries.runs.some((r) => r.status === 'queued' || r.status === 'running');
    const view = wantsFragment(req) && req.get('HX-Target') === 'entry-runs' ? 'partials/entry-runs' : 'entries';
    renderPage(req, res, view, { title: `${slate.name ?? 'Slate'} · entries`, nav: 'slates', slate, entries, latest, live, error: extra.error ?? null, notice: extra.notice ?? null });
  };

  web.get('/slates/:id/entries', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    await show(req, res, slateId, { notice: typeof req.query.notice === 'string' ? req.query.notice.slice(0, 200) : null });
  });

  web.post('/slates/:id/entries', ...guards.page, (req, res, next) => {
    upload.single('file')(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) return next(new AppError('invalid_upload', error.code === 'LIMIT_FILE_SIZE' ? 'the file is larger than 2 MB' : `upload refused: ${error.message}`));
      next(error);
    });
  }, guards.auth.verifyCsrf, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    if (!req.file || req.file.size === 0) {
      res.status(400);
      return show(req, res, slateId, { error: 'choose your DKEntries.csv / FanDuel entries file (the file was missing or empty)' });
    }
    try {
      const result = await importEntriesFile({ db, user: userOf(req), providers }, slateId, req.file.buffer);
      redirectAfterPost(req, res, `/slates/${slateId}/entries?notice=${encodeURIComponent(`${result.entries} entries in ${result.contests.length} contests stored`)}`);
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      res.status(e.status);
      await show(req, res, slateId, { error: e.message });
    }
  });

  web.post('/slates/:id/contests/:contestId/payout', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const contestId = idParam(req.params.contestId, 'contest');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fieldSize = whole(body.fieldSize, null);
    let problem: string | null = null;
    if (fieldSize === null || !Number.isFinite(fieldSize) || fieldSize < 2) problem = 'field size: enter the number of entries in the contest (2 or more)';
    const lines = parsePayoutLines(typeof body.payout === 'string' ? body.payout : '', fieldSize !== null && Number.isFinite(fieldSize) ? fieldSize : null);
    if (!problem && 'problem' in lines) problem = lines.problem;
    if (!problem && 'tiers' in lines) {
      try {
        await setContestPayout({ db, user: userOf(req) }, contestId, { fieldSize, tiers: lines.tiers });
        return redirectAfterPost(req, res, `/slates/${slateId}/entries?notice=${encodeURIComponent('payout saved')}`);
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        problem = e.message;
      }
    }
    res.status(400);
    await show(req, res, slateId, { error: problem });
  });

  web.post('/slates/:id/portfolio', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const pool = whole(body.pool, 3000);
    const precision = whole(body.precision, 8);
    const sims = whole(body.sims, null);
    const maxExposure = typeof body.maxExposure === 'string' && body.maxExposure.trim() !== '' ? Number(body.maxExposure) / 100 : null;
    const bad = [pool, precision, sims].some((x) => x !== null && !Number.isFinite(x)) || (maxExposure !== null && !(maxExposure > 0 && maxExposure <= 1));
    if (bad) {
      res.status(400);
      return show(req, res, slateId, { error: 'pool, sims and precision must be whole numbers; max exposure a percent from 1 to 100' });
    }
    try {
      await startPortfolioRun({ db, user: userOf(req), send: deps.send }, slateId, 'portfolio', {
        pool, precision, sims, ...(maxExposure !== null ? { rules: { exposure: { maxPlayer: maxExposure } } } : {}),
      });
      redirectAfterPost(req, res, `/slates/${slateId}/entries?notice=${encodeURIComponent('portfolio queued')}`);
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      res.status(e.status);
      await show(req, res, slateId, { error: e.message });
    }
  });

  web.post('/slates/:id/late-swap', ...guards.form, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const full = (req.body as Record<string, unknown> | undefined)?.mode === 'full';
    try {
      await startPortfolioRun({ db, user: userOf(req), send: deps.send }, slateId, full ? 'late-swap-full' : 'late-swap-quick', {});
      redirectAfterPost(req, res, `/slates/${slateId}/entries?notice=${encodeURIComponent(`${full ? 'full' : 'quick'} late swap queued`)}`);
    } catch (e) {
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      res.status(e.status);
      await show(req, res, slateId, { error: e.message });
    }
  });

  web.get('/slates/:id/entries/export', ...guards.page, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    const { fileName, csv } = await exportEntries({ db, user: userOf(req) }, slateId);
    res.type('text/csv').attachment(fileName).send(csv);
  });
}
