/**
 * GET /slates/:id/results: the Results tab (upload form, grade summary, coverage and PIT charts, projected vs
 * actual, lineup sets' actual scores and real-contest ranks); POST (multipart) imports a standings export or a
 * results CSV through the results module and shows its report.
 */
import type { Express, Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../../core/errors.js';
import { toSite } from '../../core/site-rules.js';
import { userOf } from '../../api/index.js';
import { importResultsFile, MAX_RESULTS_FILE_BYTES, type ImportResultsReport } from '../../results/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { requirePageUser } from '../http/page-guards.js';
import { idParam, renderPage } from '../http/render-page.js';
import { loadSlate } from '../data/load-slate.js';
import { loadResultsPage } from '../results/results-page-data.js';

type Imported = ImportResultsReport & { kind: string };

export function mountResultsRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_RESULTS_FILE_BYTES, files: 1, fields: 10 } });
  const parseMultipart = (req: Request, res: Response, next: (error?: unknown) => void): void => {
    upload.single('file')(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) return next(new AppError(error.code === 'LIMIT_FILE_SIZE' ? 'file_too_large' : 'invalid_upload', `upload refused: ${error.message}`));
      next(error);
    });
  };

  const show = async (req: Request, res: Response, slateId: number, extra: { error: string | null; imported: Imported | null }) => {
    const user = userOf(req);
    const requested = typeof req.query.set === 'string' && /^\d+$/.test(req.query.set) ? Number(req.query.set) : undefined;
    const [slate, page] = await Promise.all([loadSlate(db, slateId), loadResultsPage(db, slateId, user, requested)]);
    renderPage(req, res, 'results', { title: `Results · ${slate.name ?? slate.siteSlateId}`, nav: 'slates', slate, ...page, ...extra });
  };

  web.get('/slates/:id/results', ...guards.page, async (req, res) => {
    await show(req, res, idParam(req.params.id, 'slate'), { error: null, imported: null });
  });

  web.post('/slates/:id/results', guards.auth.loadSession, requirePageUser, parseMultipart, guards.auth.verifyCsrf, async (req, res) => {
    const slateId = idParam(req.params.id, 'slate');
    let error: string | null = null;
    let imported: Imported | null = null;
    if (!req.file || req.file.size === 0) error = 'choose a standings export or results CSV to upload (the file was missing or empty)';
    else {
      try {
        const slate = await loadSlate(db, slateId);
        imported = await importResultsFile(db, req.file.buffer, { slateId, site: toSite(slate.site), fileName: req.file.originalname });
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        error = e.message;
        res.status(e.status);
      }
    }
    if (error && res.statusCode === 200) res.status(400);
    await show(req, res, slateId, { error, imported });
  });
}
