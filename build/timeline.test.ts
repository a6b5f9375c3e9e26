// The China–Central Asia mechanism on the time slider's axis (data/timeline.json), as sourced: the
// three foreign ministers' meetings up to the seed and the two summits since, each in both
// languages and each with its sources.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from './atlasData';

const atlas = loadAtlas(path.resolve('data'));
const ARABIC = /[\u0600-\u06FF]/;

describe('data/timeline.json', () => {
  it('holds the mechanism\'s meetings and summits, in date order', () => {
    expect(atlas.timeline.map((e) => [e.id, e.kind, e.date, e.placeId ?? null])).toEqual([
      ['foreign-ministers-2020', 'foreign-ministers', '2020-07-16', null],
      ['foreign-ministers-2021', 'foreign-ministers', '2021-05-12', 'xian'],
      ['foreign-ministers-2022', 'foreign-ministers', '2022-06-08', 'astana'],
      ['summit-2023', 'summit', '2023-05-18', 'xian'],
      ['summit-2025', 'summit', '2025-06-17', 'astana'],
    ]);
  });

  it('every event in both languages, the Arabic in Arabic script, and sourced with an address', () => {
    for (const e of atlas.timeline) {
      for (const text of [e.title, e.place, e.summary]) {
        expect(text.en, e.id).not.toBe('');
        expect(text.ar, e.id).toMatch(ARABIC);
      }
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, `${e.id} ${s.id}`).toMatch(/^https?:\/\//);
    }
  });

  it('the third meeting is the seed: it opens the meeting panel, on the meeting\'s date, with the seed article', () => {
    const seed = atlas.timeline.find((e) => e.opens === 'meeting')!;
    expect(seed.id).toBe('foreign-ministers-2022');
    expect(seed.date).toBe(atlas.proposal.meeting.date);
    expect(seed.sources.map((s) => s.url)).toContain('http://arabic.peopledaily.com.cn/n3/2022/0609/c31660-10107755.html');
    expect(atlas.timeline.filter((e) => e.opens)).toHaveLength(1);
  });

  it('the first meeting was held by video, the second in Xi\'an; the summits in Xi\'an and Astana', () => {
    const [first, second, , summit1, summit2] = atlas.timeline;
    expect(first!.place.en).toMatch(/video/i);
    expect(second!.place.en).toMatch(/Xi'an/);
    expect(summit1!.summary.en).toMatch(/18–19 May/);
    expect(summit2!.place.ar).toContain('أستانا');
    expect(summit2!.summary.en).toMatch(/Treaty of Permanent Good-Neighbourliness and Friendly Cooperation/);
  });
});

describe('the briefing\'s pair of slides on what changed since the meeting', () => {
  const slides = atlas.briefing.slides;
  const i = slides.findIndex((s) => s.view.year === 2022);

  it('the network as of 2022, then today, right after the slides of point 2', () => {
    expect(i).toBeGreaterThan(0);
    expect(slides.filter((s) => s.view.year !== null).map((s) => s.view.year)).toEqual([2022]);
    expect(slides[i - 1]!.view.point).toBe(2);
    expect(slides[i + 1]!.view.year).toBeNull();
    expect(slides.slice(0, i).every((s) => s.id === 'meeting' || s.view.point !== null)).toBe(true);
    expect(slides).toHaveLength(16);
  });

  it('say in both languages what the fact-checked data says changed', () => {
    const [then, now] = [slides[i]!, slides[i + 1]!];
    expect(then.title.en).toMatch(/^2022/);
    expect(then.text.en).toMatch(/1\.49 Mt/);
    expect(now.text.en).toMatch(/27 December 2024/);
    expect(now.text.ar).toContain('27 ديسمبر 2024');
    for (const s of [then, now]) for (const text of [s.title, s.text, s.notes]) expect(text.ar).toMatch(ARABIC);
  });
});
