import { SalaryFileError } from './salary-file-error.js';

/** Largest salary file we accept; a full-day DK MLB export is ~120 KB, so 10 MB means "not a salary file". */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Excel and old DK exports on Windows write Windows-1252 ("Latin-1"); it decodes every byte, so it is the fallback.
const latin1 = new TextDecoder('windows-1252');

/**
 * Bytes of an uploaded CSV to text: enforces the size limit, strips a UTF-8/UTF-16 BOM, falls back to
 * Windows-1252 when the bytes are not valid UTF-8, and turns CRLF and bare CR line ends into LF.
 */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): { text: string; encoding: string } {
  if (bytes.byteLength > maxBytes) {
    throw new SalaryFileError('FILE_TOO_LARGE',
      `file is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(maxBytes)} (is this really a salary CSV?)`);
  }
  const { text, encoding } = decodeBytes(bytes);
  if (text.trim() === '') throw new SalaryFileError('EMPTY_FILE', 'file is empty');
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8OrLatin1(bytes.subarray(3)).text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return decodeUtf8OrLatin1(bytes);
}

function decodeUtf8OrLatin1(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: latin1.decode(bytes), encoding: 'windows-1252' };
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
