// Builds an exported PNG of the current view, at screen size or as a 1920×1080 slide.
import { atlas } from '../data/atlas';
import { i18n } from '../i18n';
import { formatNumber } from '../i18n/format';
import { currentCamera, mapSize, renderSnapshot } from '../map/snapshot';
import { emphasisOf, layersOf } from '../state/emphasis';
import type { AtlasState } from '../state/store';
import { compose } from './compose';
import { attribution, legendRows, viewTitle, type Translators } from './view';

export const SLIDE_SIZE = { width: 1920, height: 1080 };

export function translators(): Translators {
  return { en: i18n.getFixedT('en') as Translators['en'], ar: i18n.getFixedT('ar') as Translators['ar'] };
}

export async function exportImage(s: AtlasState, opts: { size: 'screen' | 'slide'; bilingual: boolean }): Promise<Blob> {
  const screen = mapSize();
  const size = opts.size === 'slide' ? SLIDE_SIZE : screen;
  const camera = currentCamera() ?? atlas.briefing.slides[0]!.camera;
  // Keep about the same area in view when the image is larger than the screen.
  const zoom = camera.zoom + Math.log2(Math.min(size.width / screen.width, size.height / screen.height));
  const snap = await renderSnapshot(atlas, {
    width: size.width, height: size.height, camera: { ...camera, zoom }, lang: s.lang,
    layers: layersOf(s, atlas), emphasis: emphasisOf(s, atlas), contrast: s.contrast,
  });
  const t = translators();
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  await document.fonts.load(`700 20px 'Atlas Sans'`, 'Aأ');
  compose(canvas.getContext('2d')!, snap.canvas, {
    lang: s.lang,
    bilingual: opts.bilingual,
    title: viewTitle(s, atlas, t),
    subtitle: { en: `${t.en('app.title')} · ${t.en('app.subtitle')}`, ar: `${t.ar('app.title')} · ${t.ar('app.subtitle')}` },
    legend: legendRows(s, atlas, t),
    attribution: attribution(s, atlas, t),
    scaleLabel: (km, lang) => t[lang]('unit.km', { value: formatNumber(km, lang) }),
    northLabel: { en: t.en('export.north'), ar: t.ar('export.north') },
  }, { width: size.width, height: size.height, kmPerPixel: snap.kmPerPixel, bearing: snap.bearing });
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('empty image'))), 'image/png'));
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
