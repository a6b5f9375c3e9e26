import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256Base64 } from './oneFile';

describe('the one-file page policy', () => {
  it('finds the text of each inline script, and none of a script loaded from a file', () => {
    const html = '<head><script type="module" crossorigin>let a = 1;\n</script><script src="x.js"></script><script>b()</script></head>';
    expect(inlineScripts(html)).toEqual(['let a = 1;\n', 'b()']);
  });
  it('hashes a script as a Content-Security-Policy source does (SHA-256 of its UTF-8 text, base64)', () => {
    // The value `openssl dgst -sha256 -binary | base64` gives for the same text.
    expect(sha256Base64('console.log(1)')).toBe('CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=');
  });
});
