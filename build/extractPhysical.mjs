// One-off: copies the rivers and lakes the map shows (data/physical/features.json) out of the offline
// geodata pack (Natural Earth 1:10m, already cropped and lightly simplified; see its README) into
// data/physical/water.geojson, so that the project builds without the pack.
//   node build/extractPhysical.mjs <folder of the geodata pack (rivers.geojson, lakes.geojson)>
// The build (build/physical.ts) simplifies and rounds the copy for the map; names live in features.json.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const pack = process.argv[2];
if (!pack) throw new Error('usage: node build/extractPhysical.mjs <folder with rivers.geojson and lakes.geojson>');
const root = path.resolve(import.meta.dirname, '..');
const { features: wanted } = JSON.parse(readFileSync(path.join(root, 'data/physical/features.json'), 'utf8'));
const files = {
  rivers: JSON.parse(readFileSync(path.join(pack, 'rivers.geojson'), 'utf8')).features,
  lakes: JSON.parse(readFileSync(path.join(pack, 'lakes.geojson'), 'utf8')).features,
};

const out = [];
for (const f of wanted) {
  if (!(f.ne.file in files)) continue;
  for (const name of f.ne.names) {
    const found = files[f.ne.file].filter((g) => g.properties.name === name);
    if (found.length === 0) throw new Error(`${f.id}: no feature named "${name}" in ${f.ne.file}.geojson`);
    for (const g of found) {
      out.push({
        type: 'Feature',
        properties: { id: f.id, ne_name: name, featurecla: g.properties.featurecla, scalerank: g.properties.scalerank },
        geometry: g.geometry,
      });
    }
  }
}
// One feature a line: small diffs when the selection changes.
const text = `{"type":"FeatureCollection","features":[\n${out.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(path.join(root, 'data/physical/water.geojson'), text);
console.log(`data/physical/water.geojson: ${out.length} features, ${text.length} bytes`);
