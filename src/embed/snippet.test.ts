import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../state/store';
import { HOME_VIEW } from '../view/view';
import { appBase, appUrl, embedUrl, iframeSnippet, resizeScript } from './snippet';

const base = 'https://atlas.example.org/maps/corridors/';

describe('the embed’s addresses', () => {
  it('takes the app’s address without query or fragment, at a sub-path too', () => {
    expect(appBase('https://atlas.example.org/maps/corridors/?lang=ar&embed=1#x')).toBe(base);
    expect(appBase('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173/');
  });

  it('the snippet’s src is the view with embed=1; the link out is the same view without it or the ids', () => {
    const store = createAtlasStore({ lang: 'ar', view: { ...HOME_VIEW, route: 'cku-railway', year: 2020 } });
    store.getState().setCamera({ zoom: 5, center: [72, 41], bearing: 0, pitch: 0 });
    const s = store.getState();
    expect(embedUrl(base, s)).toBe(`${base}?lang=ar&route=cku-railway&year=2020&map=5.00/41.0000/72.0000&embed=1`);
    expect(embedUrl(base, s, { id: 'dw' })).toContain('&embed=1&id=dw');
    const out = appUrl(base, s);
    expect(out).toBe(`${base}?lang=ar&route=cku-railway&year=2020&map=5.00/41.0000/72.0000`);
    expect(out).not.toMatch(/embed|id=/);
  });
});

describe('the iframe code', () => {
  it('a responsive frame: full width, the chosen height, the title and language, lazy, no border', () => {
    expect(iframeSnippet({ src: `${base}?lang=en&route=a&embed=1`, title: 'Corridor Atlas: A & B "C"', lang: 'en', width: 'responsive', height: 500 })).toBe(
      `<iframe src="${base}?lang=en&amp;route=a&amp;embed=1" title="Corridor Atlas: A &amp; B &quot;C&quot;" lang="en" loading="lazy" allowfullscreen ` +
      'style="border:0;width:100%" width="100%" height="500"></iframe>',
    );
  });

  it('a fixed width is a maximum: the frame still narrows to a phone’s column', () => {
    const code = iframeSnippet({ src: base, title: 'أطلس الممرات', lang: 'ar', width: 600, height: 400 });
    expect(code).toContain('style="border:0;width:100%;max-width:600px" width="600" height="400"');
    expect(code).toContain('title="أطلس الممرات" lang="ar"');
  });

  it('the resize script follows only our height message, only from the embed’s origin, only for the frame that sent it', () => {
    const script = resizeScript('https://atlas.example.org');
    expect(script).toContain('e.origin !== "https://atlas.example.org"');
    expect(script).toContain('"corridor-atlas:height"');
    expect(script).toContain('f.contentWindow === e.source');
    expect(script.startsWith('<script>') && script.endsWith('</script>')).toBe(true);
  });
});
