// The addresses and the HTML a newsroom pastes: the embed's own address, the full app's address
// for the same view, the iframe and the small script that lets the iframe follow the embed's height.
// Pure; the Share tab (export/EmbedSnippet.tsx) and the caption (EmbedCaption.tsx) call these.
import type { Lang } from '../data/types';
import type { AtlasState } from '../state/store';
import type { EmbedParams } from '../state/address';
import { searchOf } from '../state/urlWriter';
import { HEIGHT_MESSAGE_TYPE } from './messages';

/** The app's own address without query or fragment: works at a sub-path too. */
export function appBase(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/** The embed of this view: the app's address with embed=1 and the view's state. */
export function embedUrl(base: string, s: AtlasState, ids: EmbedParams = {}): string {
  return `${base}${searchOf(s, ids)}`;
}

/** The full app at the same view: the same address without embed=1 or the embedding tool's ids. */
export function appUrl(base: string, s: AtlasState): string {
  return `${base}${searchOf(s)}`;
}

export type EmbedWidth = 'responsive' | 600 | 800;
export const EMBED_WIDTHS: readonly EmbedWidth[] = ['responsive', 600, 800];
export const EMBED_HEIGHTS = [400, 500, 600] as const;
export type EmbedHeight = (typeof EMBED_HEIGHTS)[number];

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The iframe to paste. A fixed width is a most, not a least: the frame still narrows to its
 * column on a phone (max-width), and its height is what the choice or the resize script says.
 */
export function iframeSnippet(o: { src: string; title: string; lang: Lang; width: EmbedWidth; height: EmbedHeight }): string {
  const style = o.width === 'responsive' ? 'border:0;width:100%' : `border:0;width:100%;max-width:${o.width}px`;
  const width = o.width === 'responsive' ? '100%' : String(o.width);
  return `<iframe src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" lang="${o.lang}" loading="lazy" allowfullscreen ` +
    `style="${style}" width="${width}" height="${o.height}"></iframe>`;
}

/** Sets the height of the frame the message came from, and only for messages from the embed's origin. */
export function resizeScript(origin: string): string {
  return [
    '<script>',
    'window.addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== "${HEIGHT_MESSAGE_TYPE}") return;`,
    '  document.querySelectorAll("iframe").forEach(function (f) {',
    '    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";',
    '  });',
    '});',
    '</script>',
  ].join('\n');
}
