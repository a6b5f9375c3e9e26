// A briefing of the user's own, made through the interface: views added from where the user is, a
// title written in Arabic, slides moved with the keyboard and hidden; kept across a reload, saved as
// a file and opened in a fresh browser, sent as a link, presented. Bad files get a message.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { launch, sharedBrowser } from './browser';
import { openAtlas, reload, settle, visit } from './driver';
import { chooseYear } from './timeline';

const base = inject('baseUrl');
const browser = sharedBrowser({ scale: 0.5 });
const RAILWAY = 'China–Kyrgyzstan–Uzbekistan Railway';

/** The slides of the open deck as the editor lists them: number and title. */
const rows = (page: Page) => page.getByTestId('slide-row').locator('.deck-slide-title').allTextContents();

async function addHere(page: Page) {
  await page.getByTestId('add-to-briefing').click();
  await page.getByTestId('added').waitFor();
}

describe('a briefing of your own', () => {
  it('is built from views, edited in both languages, reordered from the keyboard, and is still whole after a reload', async () => {
    const { page, errors } = await openAtlas(browser(), base, { query: '&route=cku-railway' });
    await addHere(page);
    expect(await page.getByTestId('added').textContent()).toContain('slide 2 of “My briefing”');
    await visit(page, '&route=trans-caspian');
    await chooseYear(page, 2020);
    await addHere(page);
    await visit(page, '&compare=cagp-abc,cagp-d');
    await addHere(page);
    await page.getByTestId('added').getByRole('button', { name: 'Open the briefing' }).click();
    const editor = page.getByTestId('deck-editor');
    await editor.waitFor();
    expect(await rows(page)).toEqual(['My briefing', RAILWAY, expect.stringContaining('2020'), expect.stringContaining('Comparison')]);

    // The deck's title in Arabic, typed right to left.
    const arTitle = page.getByTestId('deck-title-ar');
    expect(await arTitle.getAttribute('dir')).toBe('rtl');
    await arTitle.fill('الغاز والممر الأوسط');
    // A closing slide; the comparison moved up with Alt+↑ from the keyboard, and the railway hidden.
    await editor.getByRole('button', { name: 'Add a closing slide' }).click();
    const compareHead = page.getByTestId('slide-row').nth(3).locator('.deck-slide-head');
    await compareHead.focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => rows(page)).toEqual(['My briefing', RAILWAY, expect.stringContaining('Comparison'), expect.stringContaining('2020'), 'Thank you']);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-testid="slide-row"]') !== null)).toBe(true);
    await page.getByTestId('slide-row').nth(1).getByTestId('hide').click();
    // Speaker notes in English only: the editor marks the slide as lacking its Arabic.
    const tc = page.getByTestId('slide-row').nth(3);
    expect(await tc.getByTestId('missing').count()).toBe(0);
    await tc.locator('.deck-slide-head').click();
    await tc.getByTestId('slide-notes-en').fill('Say the tonnage: 0.78 Mt in 2020.');
    expect(await tc.getByTestId('missing').textContent()).toBe('No Arabic yet');
    expect(await tc.getByTestId('slide-notes-ar').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByTestId('deck-status').getAttribute('data-status')).toBe('saved');

    await reload(page);
    await page.locator('#tab-decks').click();
    await page.getByTestId('deck-list').locator('li[data-deck^="d-"]').first().getByRole('button', { name: 'Edit' }).click();
    await editor.waitFor();
    expect(await rows(page)).toEqual(['My briefing', RAILWAY, expect.stringContaining('Comparison'), expect.stringContaining('2020'), 'Thank you']);
    expect(await page.getByTestId('deck-title-ar').inputValue()).toBe('الغاز والممر الأوسط');
    expect(await page.getByTestId('slide-row').nth(1).getByTestId('hide').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('is reordered by dragging, with the mouse or the keyboard, and presented with the presenter\'s window in step', async () => {
    // The deck the test before made, kept in this browser.
    const { page, errors } = await openAtlas(browser(), base, { query: '&panel=decks' });
    await page.getByTestId('deck-list').locator('li[data-deck^="d-"]').first().getByRole('button', { name: 'Edit' }).click();
    await page.getByTestId('deck-editor').waitFor();
    // Each slide gets a small picture of its map, drawn by the hidden map.
    await expect.poll(() => page.locator('.deck-slide-picture[data-ready="true"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);

    // Dragged by its handle with the mouse, the closing slide goes up one place; picked up from the
    // keyboard (Space, ↓, Space), it goes back to the end.
    const order = await rows(page);
    const grip = page.getByTestId('slide-row').nth(4).getByTestId('grip');
    // In the middle of the panel, away from the edges where dragging scrolls the list.
    await page.getByTestId('slide-row').nth(3).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const target = (await page.getByTestId('slide-row').nth(3).boundingBox())!;
    const from = (await grip.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + from.width / 2, from.y + (target.y + 4 - from.y) * (i / 10));
    await page.mouse.up();
    await expect.poll(() => rows(page)).toEqual([...order.slice(0, 3), 'Thank you', order[3]]);
    // Each step is announced to screen readers; the next key waits for it.
    const said = page.locator('[id^="DndLiveRegion"]');
    await page.getByTestId('slide-row').nth(3).getByTestId('grip').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => said.textContent()).toBe('Picked up slide 4.');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => said.textContent()).toBe('Slide 4 is over position 5.');
    await page.keyboard.press('Space');
    await expect.poll(() => said.textContent()).toBe('Slide 4 moved to position 5.');
    await expect.poll(() => rows(page)).toEqual(order);

    // Presented, the hidden slide is left out: four slides, the comparison second.
    await page.getByTestId('present-deck').click();
    await page.getByTestId('briefing').waitFor();
    await settle(page);
    expect(await page.getByTestId('slide-progress').textContent()).toMatch(/1\D+4/);
    await page.keyboard.press('ArrowRight');
    await settle(page);
    expect(await page.getByTestId('slide-card').locator('h2').textContent()).toContain('Comparison');
    expect(new URL(page.url()).searchParams.get('deck')).toMatch(/^d-/);
    // The presenter's window finds the same deck in this browser, on the same slide, with its notes.
    const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.getByTestId('presenter').waitFor();
    expect(await presenter.locator('h1').textContent()).toContain('My briefing');
    await expect.poll(() => presenter.getByTestId('slide-progress').textContent()).toMatch(/2\D+4/);
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.getByTestId('notes').textContent()).toBe('Say the tonnage: 0.78 Mt in 2020.');
    expect(await presenter.getByTestId('missing-language').textContent()).toBe('No Arabic yet');
    // … and the audience follows.
    await expect.poll(() => page.getByTestId('slide-card').locator('h2').textContent()).toContain('Trans-Caspian');
    await presenter.close();
    await page.keyboard.press('Escape');
    await page.getByTestId('deck-editor').waitFor();
    expect(errors).toEqual([]);
  });

  it('open in two tabs, a change in one shows in the other instead of being overwritten by it', async () => {
    const tabs = await Promise.all([0, 1].map(() => openAtlas(browser(), base, { query: '&panel=decks' })));
    for (const { page } of tabs) {
      await page.getByTestId('deck-list').locator('li[data-deck^="d-"]').first().getByRole('button', { name: 'Edit' }).click();
      await page.getByTestId('deck-editor').waitFor();
    }
    const [a, b] = tabs.map((x) => x.page) as [Page, Page];
    await a.getByTestId('deck-title-en').fill('Gas and the Middle Corridor');
    await expect.poll(() => a.getByTestId('deck-status').getAttribute('data-status')).toBe('saved');
    await expect.poll(() => b.getByTestId('deck-title-en').inputValue()).toBe('Gas and the Middle Corridor');
    // The other tab now edits from that version: its change is saved over it, not over an old one.
    await b.getByTestId('deck-title-ar').fill('الغاز والممر الأوسط للوفد');
    await expect.poll(() => b.getByTestId('deck-status').getAttribute('data-status')).toBe('saved');
    await expect.poll(() => a.getByTestId('deck-title-ar').inputValue()).toBe('الغاز والممر الأوسط للوفد');
    expect(await a.getByTestId('deck-title-en').inputValue()).toBe('Gas and the Middle Corridor');
    for (const t of tabs) expect(t.errors).toEqual([]);
  });

  it('saved as a file, opens the same in a fresh browser; sent as a link, too', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: 'ar', query: '&panel=decks' });
    await page.getByTestId('decks').waitFor();
    await page.getByTestId('copy-builtin').click();
    await page.getByTestId('deck-editor').waitFor();
    const titles = await rows(page);
    expect(titles.length).toBeGreaterThan(10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-deck').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    writeFileSync('e2e/artifacts/deck.json', text);
    expect(JSON.parse(text)).toMatchObject({ format: 'corridor-atlas-deck', version: 1 });

    const fresh = await launch({ scale: 0.5, locale: 'ar' });
    try {
      const other = await openAtlas(fresh, base, { lang: 'ar', query: '&panel=decks' });
      await other.page.getByTestId('decks').waitFor();
      await other.page.getByTestId('deck-file').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await other.page.getByTestId('deck-editor').waitFor();
      expect(await rows(other.page)).toEqual(titles);
      expect(other.errors).toEqual([]);
    } finally {
      await fresh.close();
    }

    // The built-in deck is too long for a link: the editor says to send the file instead.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('link-deck').click();
    await expect.poll(() => page.getByTestId('deck-said').textContent()).toContain('أرسل الملف');
    // A short deck goes by link.
    for (let i = titles.length - 1; i >= 2; i--) await page.getByTestId('slide-row').nth(i).getByTestId('remove').click();
    await expect.poll(() => rows(page)).toEqual(titles.slice(0, 2));
    await page.getByTestId('link-deck').click();
    await expect.poll(() => page.getByTestId('deck-said').textContent()).toBe('نُسخ الرابط.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#deck=[\w-]+$/);
    const friend = await launch({ scale: 0.5 });
    try {
      const other = await openAtlas(friend, base, { url: link, until: 'map' });
      await other.page.getByTestId('deck-editor').waitFor();
      expect(await rows(other.page)).toEqual(titles.slice(0, 2));
      expect(other.page.url()).not.toContain('#deck=');
      expect(other.errors).toEqual([]);
    } finally {
      await friend.close();
    }
    expect(errors).toEqual([]);
  });

  it('goes to PowerPoint in Arabic: a slide per slide, each with its map picture, editable right-to-left text and notes', { timeout: 120_000 }, async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: 'ar', query: '&route=cku-railway&panel=decks' });
    await page.getByTestId('new-deck').click();
    await page.getByTestId('add-view').click();
    await expect.poll(() => rows(page)).toEqual(['إحاطتي', 'خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان']);
    const row = page.getByTestId('slide-row').nth(1);
    await row.locator('.deck-slide-head').click();
    await row.getByTestId('slide-notes-ar').fill('اذكر الأنفاق الـ29 على الخط.');
    await page.getByTestId('pptx-lang').selectOption('ar');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 100_000 }), page.getByTestId('pptx').click()]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    writeFileSync('e2e/artifacts/deck-ar.pptx', readFileSync((await download.path())!));
    const slideNo = (f: string) => Number(/(\d+)\.xml$/.exec(f)![1]);
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => slideNo(a) - slideNo(b));
    // The two slides, then the data's date and the railway's sources (a dozen to a slide).
    expect(slides).toHaveLength(4);
    const xml = await Promise.all(slides.map((f) => zip.file(f)!.async('string')));
    const texts = xml.map((x) => [...x.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '));
    expect(texts[0]).toContain('إحاطتي');
    expect(texts[1]).toContain('خط السكك الحديدية بين الصين وقيرغيزستان وأوزبكستان');
    expect(texts[2]).toMatch(/البيانات|حتى/);
    // Arabic paragraphs run right to left, aligned right, marked as Arabic.
    expect(xml[1]).toMatch(/<a:pPr[^>]*rtl="1"/);
    expect(xml[1]).toMatch(/<a:pPr[^>]*algn="r"/);
    expect(xml[1]).toContain('lang="ar-SA"');
    // One picture on each slide of the deck.
    for (const x of xml.slice(0, 2)) expect(x.match(/<p:pic>/g)).toHaveLength(1);
    const notes = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(notes.some((n) => n.includes('اذكر الأنفاق الـ29 على الخط.'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('with the disk full, says so and keeps the briefing open to be saved as a file', async () => {
    // The browser refuses every write, as it does when the disk or the site's quota is full.
    const full = (page: Page) => page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const { page, errors } = await openAtlas(browser(), base, { query: '&route=cagp-d&panel=decks', prepare: full });
    await page.evaluate(() => { (window as unknown as { __diskFull?: boolean }).__diskFull = true; });
    await page.getByTestId('new-deck').click();
    await page.getByTestId('add-view').click();
    await expect.poll(() => page.getByTestId('deck-status').getAttribute('data-status')).toBe('full');
    expect(await page.getByTestId('deck-status').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('deck-status').textContent()).toContain('storage is full');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-deck').click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.deck.slides.map((s: { view?: string }) => s.view ?? null)).toEqual([null, 'route=cagp-d']);
    expect(errors).toEqual([]);
  });

  it('a bad file is refused with the slide and the field, in the reader\'s language, and nothing is lost', async () => {
    const { page, errors } = await openAtlas(browser(), base, { lang: 'ar', query: '&panel=decks' });
    await page.getByTestId('decks').waitFor();
    const before = await page.getByTestId('deck-list').locator('li').count();
    const bad = { format: 'corridor-atlas-deck', version: 1, deck: { title: { en: 'x', ar: 'س' }, slides: [{ kind: 'view', title: { en: 'a' } }, { kind: 'view', title: { en: 7 } }] } };
    await page.getByTestId('deck-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.getByTestId('deck-problem').textContent()).toContain('الشريحة 2: الحقل «title.en» غير صالح');
    await page.getByTestId('deck-file').setInputFiles({ name: 'new.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...bad, version: 9 })) });
    await expect.poll(() => page.getByTestId('deck-problem').textContent()).toContain('إصدار أحدث');
    await page.getByTestId('deck-file').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<script>alert(1)</script>') });
    await expect.poll(() => page.getByTestId('deck-problem').textContent()).toContain('JSON');
    expect(await page.getByTestId('deck-list').locator('li').count()).toBe(before);
    expect(errors).toEqual([]);
  });
});
