import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { switchFont, switchLabel } from './switchFontPlugin';

describe('the language switch font', () => {
  it('is cut from the English label for Arabic', () => {
    expect(switchLabel(process.cwd())).toBe('العربية');
  });

  it('is a woff2 a small fraction of the Arabic bold file', async () => {
    const full = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2'));
    const cut = await switchFont('العربية');
    expect(cut.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(cut.length).toBeLessThan(full.length / 5);
    // More letters, more glyphs: the cut follows the text it is given.
    expect((await switchFont('العربية والإنجليزية')).length).toBeGreaterThan(cut.length);
  });
});
