/**
 * GET /uploads: the custom projection upload form and the user's uploads; POST /uploads (multipart) hands the
 * file to the API's upload use-case and shows its row-level report inline (htmx) or on the redirected page.
 */
import type { Express, Request, Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { salaryUploadFieldsSchema, uploadProjections, uploadSalaries, userOf } from '../../api/index.js';
import type { Guards, WebDeps } from '../http/create-web-app.js';
import { queryId, renderPage, wantsFragment } from '../http/render-page.js';
import { isDbIdText, MAX_DB_ID } from '../../core/validation/db-id.js';
import { rejectNulBytes } from '../../core/validation/nul-bytes.js';
import { requirePageUser } from '../http/page-guards.js';
import { listUploads, listUploadTargets, loadUpload } from '../data/list-uploads.js';
import { humanize, readReport } from '../uploads/read-report.js';
import { describeZodError } from '../../core/validation/zod-problems.js';

/** Bigger files are refused before they reach the API (which has its own, possibly lower, limit). */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const UploadForm = z.object({
  slateId: z.coerce.number({ message: 'choose a slate' }).int().positive('choose a slate').max(MAX_DB_ID, `slateId must be at most ${MAX_DB_ID}`),
  name: z.string().trim().max(80).optional(),
});

export function mountUploadRoutes(web: Express, deps: WebDeps, guards: Guards): void {
  const { db } = deps;
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  // multer errors (too large, unexpected field) become AppErrors the page can show.
  const parseMultipart = (req: Request, res: Response, next: (error?: unknown) => void): void => {
    upload.single('file')(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        return next(error.code === 'LIMIT_FILE_SIZE'
          ? new AppError('file_too_large', `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`)
          : new AppError('invalid_upload', `upload refused: ${error.message}`));
      }
      next(error);
    });
  };

  const showPage = async (req: Request, res: Response, extra: { error: string | null; selected: number | null }) => {
    const user = userOf(req);
    const [uploads, targets] = await Promise.all([listUploads(db, user), listUploadTargets(db)]);
    const selectedUpload = extra.selected === null ? null : await loadUpload(db, user, extra.selected);
    renderPage(req, res, 'uploads', {
      title: 'Uploads', nav: 'uploads', uploads, targets, error: extra.error, upload: selectedUpload,
      report: selectedUpload ? readReport(selectedUpload.report) : null, humanize,
      preselect: queryId(req.query.slate, 'slate') ?? (isDbIdText((req.body as { slateId?: unknown } | undefined)?.slateId) ? Number((req.body as { slateId: string }).slateId) : null),
    });
  };

  web.get('/uploads', ...guards.page, async (req, res) => {
    const selected = queryId(req.query.upload, 'upload');
    await showPage(req, res, { error: null, selected });
  });

  web.post('/uploads', guards.auth.loadSession, requirePageUser, parseMultipart, rejectNulBytes, guards.auth.verifyCsrf, async (req, res) => {
    const user = userOf(req);
    const form = UploadForm.safeParse(req.body ?? {});
    let error: string;
    if (!form.success) error = describeZodError(form.error, { fields: false });
    else if (!req.file || req.file.size === 0) error = 'choose a CSV file to upload (the file was missing or empty)';
    else {
      try {
        const { uploadId } = await uploadProjections({ db, user }, {
          slateId: form.data.slateId, fileName: req.file.originalname, content: req.file.buffer, ...(form.data.name ? { name: form.data.name } : {}),
        });
        if (wantsFragment(req)) {
          const stored = await loadUpload(db, user, uploadId);
          res.set('HX-Trigger', 'upload-stored');
          renderPage(req, res, 'partials/upload-report', { title: '', upload: stored, report: readReport(stored.report), humanize, error: null });
        } else {
          res.redirect(303, `/uploads?upload=${uploadId}`);
        }
        return;
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        // A fatal problem still leaves a rejected Upload with its report: show that report, not only the message.
        const rejectedId = (e.details as { uploadId?: unknown } | undefined)?.uploadId;
        if (typeof rejectedId === 'number') {
          if (wantsFragment(req)) {
            const stored = await loadUpload(db, user, rejectedId);
            res.status(e.status).set('HX-Trigger', 'upload-stored');
            renderPage(req, res, 'partials/upload-report', { title: '', upload: stored, report: readReport(stored.report), humanize, error: null });
          } else {
            res.redirect(303, `/uploads?upload=${rejectedId}`);
          }
          return;
        }
        error = e.message;
        res.status(e.status);
      }
    }
    if (res.statusCode === 200) res.status(400);
    if (wantsFragment(req)) {
      renderPage(req, res, 'partials/upload-report', { title: '', upload: null, report: null, humanize, error });
      return;
    }
    await showPage(req, res, { error, selected: null });
  });

  // A salary file (DKSalaries.csv, DKEntries.csv, FanDuel players list) through the same import as the CLI and
  // the API: a new slate is created; an existing shared slate changes only for admins (the use-case decides).
  web.post('/uploads/salaries', guards.auth.loadSession, requirePageUser, parseMultipart, rejectNulBytes, guards.auth.verifyCsrf, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const fields = salaryUploadFieldsSchema.safeParse({
      site: body.site, ...(typeof body.date === 'string' && body.date.trim() !== '' ? { date: body.date } : {}),
    });
    let error: string;
    if (!fields.success) error = describeZodError(fields.error, { separator: ': ' });
    else if (!req.file || req.file.size === 0) error = 'choose a salary file to upload (the file was missing or empty)';
    else {
      try {
        const { import: imported } = await uploadSalaries({ db, user: userOf(req) }, { ...fields.data, fileName: req.file.originalname, content: req.file.buffer });
        const note = imported.warnings.length ? `&notice=${encodeURIComponent(imported.warnings[0]!.slice(0, 200))}` : '';
        res.redirect(303, `/slates/${imported.slateId}?imported=${imported.players}${note}`);
        return;
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        error = e.message;
        res.status(e.status);
      }
    }
    if (res.statusCode === 200) res.status(400);
    await showPage(req, res, { error, selected: null });
  });
}
