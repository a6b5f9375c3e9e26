// The year slider as the time tests drive it (time*.e2e.ts): its value, the year in the address, the
// network the map draws for a year, and where a year lies on the track.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { mapIdle } from './driver';

export const FIRST = 2005;
export const LAST = 2030;
const SPAN = LAST - FIRST;

export const slider = (page: Page) => page.getByTestId('year-slider');
export const valueNow = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));
export const yearParam = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('year'));
export const shownValue = (page: Page) => page.getByTestId('year-value').textContent();

/** Each route drawn on the map now, with the status it is drawn in; and the route names on the map. */
export async function drawn(page: Page): Promise<{ routes: Record<string, string>; names: string[] }> {
  return page.evaluate(() => {
    const map = window.__corridorAtlasMap;
    const routes: Record<string, string> = {};
    for (const f of map.querySourceFeatures('routes')) routes[String(f.properties.id)] = String(f.properties.status);
    const names = [...new Set(map.querySourceFeatures('labels').filter((f) => f.properties.role === 'route').map((f) => String(f.properties.id)))].sort();
    return { routes, names };
  });
}

/** Waits until the map has drawn the network of `year` ('today' for none). */
export async function mapShowsYear(page: Page, year: number | 'today'): Promise<void> {
  await expect.poll(() => page.getByTestId('map').getAttribute('data-year')).toBe(String(year));
  await mapIdle(page);
}

/** The x of a year on the track, in either reading direction. */
export async function xOf(page: Page, year: number, rtl = false): Promise<{ x: number; y: number }> {
  const box = (await slider(page).boundingBox())!;
  const f = (year - FIRST) / SPAN;
  return { x: box.x + box.width * (rtl ? 1 - f : f), y: box.y + box.height / 2 };
}

/** Chooses a year with the keyboard, as a user would: Home, then PageUp (five years) and ArrowUp (one). */
export async function chooseYear(page: Page, year: number): Promise<void> {
  await slider(page).focus();
  await page.keyboard.press('Home');
  for (let y = FIRST; y < year;) {
    const big = year - y >= 5;
    await page.keyboard.press(big ? 'PageUp' : 'ArrowUp');
    y += big ? 5 : 1;
  }
  await expect.poll(() => valueNow(page)).toBe(year);
}
