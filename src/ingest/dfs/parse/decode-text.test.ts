import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';

describe('decodeText', () => {
  it('strips a UTF-8 BOM and normalizes CRLF and bare CR', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a,b\r\nc,d\re,f\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'a,b\nc,d\ne,f\n', encoding: 'utf-8-bom' });
  });

  it('reads Latin-1 when the bytes are not UTF-8, and UTF-16 with a BOM', () => {
    expect(decodeText(Buffer.from([0x43, 0xe9, 0x73, 0x61, 0x72]))).toEqual({ text: 'César', encoding: 'windows-1252' });
    expect(decodeText(Buffer.from('César', 'utf8')).text).toBe('César');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b', 'utf16le')])).text).toBe('a,b');
  });

  it('refuses files over the limit and empty files with a clear message', () => {
    expect(() => decodeText(Buffer.alloc(2048, 0x41), 1024)).toThrow('file is 2 KB; the limit is 1 KB');
    expect(() => decodeText(Buffer.from(' \n\n'))).toThrow('file is empty');
  });
});
