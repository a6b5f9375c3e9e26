// The land beneath the corridors as shipped: every feature named in both languages, only what the
// atlas needs, the Aral drawn as the past lake it is, and all of it small.
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPhysical, physicalFiles, physicalRelief, physicalSources, readEntries } from './physical';

const dir = path.resolve('data/physical');
const data = loadPhysical(dir);
const entries = readEntries(physicalFiles(dir).features);
const labelIds = new Set(data.labels.features.map((f) => f.properties.id));
const ARABIC_ONLY = /^[\u0600-\u06FF ]+$/;

describe('data/physical', () => {
  it('names every feature kept in both languages: English in normal case, Arabic in Arabic letters', () => {
    for (const f of [...data.labels.features]) {
      const { id, name_en: en, name_ar: ar } = f.properties;
      expect(en, id).toMatch(/[a-z]/);
      expect(en, id).not.toBe(en.toUpperCase());
      expect(ar, id).toMatch(ARABIC_ONLY);
    }
    // Every shape drawn has its names, though a small reservoir's are written only close up.
    for (const f of data.shapes.features) expect(labelIds.has(f.properties.id), f.properties.id).toBe(true);
    expect(new Set(entries.map((e) => e.id))).toEqual(labelIds);
  });

  it('keeps what the corridors cross, not the Caspian (the base map draws it already)', () => {
    const name = (id: string) => data.labels.features.find((f) => f.properties.id === id)?.properties;
    expect(name('amu-darya')).toMatchObject({ kind: 'river', name_en: 'Amu Darya', name_ar: 'نهر آمو داريا' });
    expect(name('syr-darya')).toMatchObject({ kind: 'river', name_en: 'Syr Darya', name_ar: 'نهر سير داريا' });
    expect(name('tian-shan')).toMatchObject({ kind: 'range', name_en: 'Tian Shan', name_ar: 'جبال تيان شان' });
    expect(name('karakum')).toMatchObject({ kind: 'desert', name_ar: 'صحراء قره قوم' });
    expect(name('issyk-kul')).toMatchObject({ kind: 'lake', name_ar: 'بحيرة إيسيك كول' });
    for (const id of ['ili', 'irtysh', 'tarim', 'zeravshan', 'naryn', 'panj', 'aral', 'balkhash', 'zaysan', 'alakol', 'bosten', 'pamirs', 'kunlun', 'altai',
      'kyzylkum', 'taklamakan', 'tarim-basin', 'junggar-basin', 'fergana-valley', 'kazakh-steppe', 'ustyurt', 'gobi', 'kopet-dag']) {
      expect(labelIds.has(id), id).toBe(true);
    }
    expect([...labelIds].some((id) => id.includes('caspian') && !id.includes('depression'))).toBe(false);
  });

  it('draws the Aral Sea of the early 2000s as past water, and nothing else so', () => {
    const past = data.shapes.features.filter((f) => f.properties.past).map((f) => f.properties.id);
    expect(past).toEqual(['aral']);
  });

  it('draws rivers as lines and lakes as polygons, rounded to 0.01°', () => {
    for (const f of data.shapes.features) {
      const lines = f.properties.kind === 'river';
      expect(f.geometry.type, f.properties.id).toMatch(lines ? /LineString$/ : /Polygon$/);
      const text = JSON.stringify(f.geometry.coordinates);
      expect(text, f.properties.id).not.toMatch(/\.\d{3}/);
    }
    // A river's name follows one smooth path along it.
    const path = data.labels.features.find((f) => f.properties.id === 'amu-darya' && f.geometry.type === 'LineString');
    expect(path?.geometry.coordinates.length).toBeGreaterThan(3);
  });

  it('is small: data and relief together under 60 kB compressed', () => {
    const vectors = gzipSync(JSON.stringify(data)).length;
    const relief = physicalRelief(dir).png.length;
    expect(vectors).toBeLessThan(20_000);
    expect(relief).toBeLessThan(40_000);
    expect(vectors + relief).toBeLessThan(60_000);
  });
});

describe('features.json is checked', () => {
  const one = (e: object) => JSON.stringify({ features: [{ id: 'x', kind: 'range', name: { en: 'X Range', ar: 'جبال إكس' }, minzoom: 4, label: [70, 40], ne: { file: 'regions', names: ['X'] }, ...e }] });
  it('refuses a name missing in one language, a name in capitals, and a range with nowhere to write its name', () => {
    expect(readEntries('f.json', one({}))).toHaveLength(1);
    expect(() => readEntries('f.json', one({ name: { en: 'X Range', ar: '' } }))).toThrow(/f\.json: feature 0 \(x\): "name\.ar" is missing/);
    expect(() => readEntries('f.json', one({ name: { en: 'X Range', ar: 'X' } }))).toThrow(/no Arabic letters/);
    expect(() => readEntries('f.json', one({ name: { en: 'X RANGE', ar: 'جبال إكس' } }))).toThrow(/capitals/);
    expect(() => readEntries('f.json', one({ label: undefined }))).toThrow(/needs "label"/);
    expect(() => readEntries('f.json', one({ kind: 'volcano' }))).toThrow(/"kind" must be one of/);
  });

  it('refuses a shape that features.json does not name, and a river with no shape', () => {
    const river = readEntries('f.json', one({ id: 'r', kind: 'river', label: undefined, ne: { file: 'rivers', names: ['R'] } }));
    const stray = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { id: 'nope' }, geometry: { type: 'LineString' as const, coordinates: [[0, 0], [1, 1]] } }] };
    expect(() => physicalSources(river, stray, 'w.geojson')).toThrow(/w\.geojson: feature 0: id "nope" is not in features\.json/);
    expect(() => physicalSources(river, { type: 'FeatureCollection', features: [] }, 'w.geojson')).toThrow(/"r" \(features\.json\) has no shape/);
  });
});
