// «العربية» on an English page's language switch is drawn from a font of just its letters, made
// at build time (build/switchFontPlugin.ts), so an English visit does not download the Arabic font.
import switchFont from 'virtual:switch-font';

/** The family app.css gives the switch when it is written in Arabic. */
const SWITCH_FAMILY = 'Atlas Sans Switch';

export function registerSwitchFont(): void {
  if (typeof FontFace === 'undefined') return;
  document.fonts.add(new FontFace(SWITCH_FAMILY, `url(${switchFont}) format('woff2')`, { weight: '700' }));
}
