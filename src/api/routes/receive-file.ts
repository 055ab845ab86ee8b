/**
 * Receives one uploaded file either as multipart/form-data (field `file`, other fields as text; what browsers
 * and htmx send) or as the raw request body (text/csv, for curl --data-binary and scripts). Files are held in
 * memory: they are small (a few MB at most) and parsed at once.
 */
import express, { type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { AppError } from '../../core/errors.js';

export interface ReceivedFile { fileName: string; content: Buffer; fields: Record<string, string> }

const RAW_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/octet-stream', 'application/vnd.ms-excel'];

/** The file a receiveFile middleware stored on the response. */
export function receivedFile(res: Response): ReceivedFile {
  const file = res.locals.receivedFile as ReceivedFile | undefined;
  if (!file) throw new AppError('no_file', 'no file received');
  return file;
}

/** Parses the upload (up to `transportLimit` bytes; larger requests are refused with 413 before reading them). */
export function receiveFile(transportLimit: number): RequestHandler[] {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: transportLimit, files: 1, fields: 20, fieldSize: 64 * 1024 } }).single('file');
  const raw = express.raw({ type: RAW_TYPES, limit: transportLimit });
  const tooLarge = () => new AppError('file_too_large', `the upload is larger than ${transportLimit} bytes`);

  const parse: RequestHandler = (req, res, next) => {
    const done = (error?: unknown) => {
      if (error) {
        const e = error as { code?: string; type?: string; message?: string };
        if (e.code === 'LIMIT_FILE_SIZE' || e.type === 'entity.too.large') return next(tooLarge());
        if (error instanceof multer.MulterError) return next(new AppError('invalid_upload', `the multipart upload is malformed: ${e.message ?? e.code}`));
        return next(error);
      }
      next();
    };
    if (req.is('multipart/form-data')) upload(req, res, done);
    else if (req.is(RAW_TYPES)) raw(req, res, done);
    else next(new AppError('unsupported_media_type', 'send the file as multipart/form-data (field "file") or as a text/csv body'));
  };

  const collect: RequestHandler = (req: Request, res, next) => {
    const queryText = (name: string): string | undefined => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    if (req.file) {
      const fields = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      res.locals.receivedFile = { fileName: req.file.originalname, content: req.file.buffer, fields } satisfies ReceivedFile;
    } else if (Buffer.isBuffer(req.body)) {
      const fields = Object.fromEntries(Object.entries(req.query).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      res.locals.receivedFile = { fileName: queryText('fileName') ?? 'upload.csv', content: req.body, fields } satisfies ReceivedFile;
      // The raw body is not a form: later middleware (CSRF) must not look for fields in it.
      req.body = {};
    } else {
      return next(new AppError('no_file', 'no file: send it in the multipart field "file"'));
    }
    next();
  };
  return [parse, collect];
}
