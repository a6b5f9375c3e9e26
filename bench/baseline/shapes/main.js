// Baseline "shapes": MapLibre with the app's country shapes (fill and border) and nothing else.
import atlas from 'virtual:atlas-data';
import { THEME, startMap } from '../common.js';

startMap(
  { countries: { type: 'geojson', data: atlas.countryShapes, promoteId: 'iso3' } },
  [
    // The source holds country and land polygons and border lines: fill the first two, stroke the
    // borders and the countries (as src/map/layers.ts does), never the merged land.
    { id: 'country-fill', type: 'fill', source: 'countries', filter: ['!=', ['get', 'part'], 'border'], paint: { 'fill-color': ['case', ['get', 'focus'], THEME.focusLand, THEME.land] } },
    {
      id: 'country-border', type: 'line', source: 'countries', filter: ['!=', ['get', 'part'], 'land'],
      paint: { 'line-color': ['case', ['get', 'focus'], THEME.focusBorder, THEME.border], 'line-width': ['case', ['get', 'focus'], 1, 0.6] },
    },
  ],
);
