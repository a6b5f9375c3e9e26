import { describe, expect, it } from 'vitest';
import { ONE_FILE_MARK, offeredFile } from './oneFile';

const answer = (status: number, headers: Record<string, string>) => ({ ok: status >= 200 && status < 300, status, headers: new Headers(headers) });
const page = `<!doctype html><html><head>${ONE_FILE_MARK}<meta charset="UTF-8">`;

describe('offeredFile', () => {
  it('reads the size of the offered file from a ranged answer', () => {
    expect(offeredFile('https://x/a/corridor-atlas.html', answer(206, { 'content-range': 'bytes 0-4095/3027936' }), page))
      .toEqual({ url: 'https://x/a/corridor-atlas.html', bytes: 3027936 });
  });
  it('reads it from a whole answer when the host ignores ranges, and offers a file of unknown size', () => {
    expect(offeredFile('u', answer(200, { 'content-length': '3027936' }), page)?.bytes).toBe(3027936);
    expect(offeredFile('u', answer(200, {}), page)).toEqual({ url: 'u', bytes: null });
  });
  it('offers nothing when the host has no such file', () => {
    expect(offeredFile('u', answer(404, {}), page)).toBeNull();
  });
  it('offers nothing when the host answers every path with its app page', () => {
    expect(offeredFile('u', answer(200, { 'content-length': '1500' }), '<!doctype html><html><head><meta charset="UTF-8">')).toBeNull();
  });
});
