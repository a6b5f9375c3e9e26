// Draws a yearly series chart with uPlot. Loaded on demand (SeriesChart.tsx imports it only when a
// chart is on screen), so neither uPlot nor this file is part of the first load.
//
// Why uPlot: a chart here is a few lines of yearly values, and it must mirror in Arabic (time
// running right to left: `scales.x.dir = -1`, the value axis on the right) and write its ticks in
// the chosen digits (axis `values` formatters). uPlot does all of that in one well-kept, dependency-
// free package of about 53 kB minified (23 kB gzip with its stylesheet) that draws to one
// canvas; charting kits built on SVG and D3 modules, or on a general chart library, cost two to ten
// times that for features the atlas does not use. The words around the chart (title, axis names,
// readout, sources, the table for screen readers) stay in React, in the page's own text.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { hasGaps } from './seriesData';

export interface PlotLine {
  colour: string;
  /** One value per year of `years`; null where the source gives none. */
  values: (number | null)[];
}

export interface PlotSpec {
  /** Every year from the first to the last, one apart. */
  years: number[];
  lines: PlotLine[];
  rtl: boolean;
  width: number;
  height: number;
  yMax: number;
  formatYear: (year: number) => string;
  formatValue: (value: number) => string;
  /** Axis and grid colours, and the canvas font. */
  ink: string;
  grid: string;
  font: string;
}

export interface Plot {
  /** Shows the cursor at this year's index of `years` (null hides it). */
  setAt: (index: number | null) => void;
  resize: (width: number) => void;
  /** The year under an x position (CSS pixels from the plot element's left edge). */
  yearAt: (x: number) => number;
  destroy: () => void;
}

export function createPlot(el: HTMLElement, spec: PlotSpec): Plot {
  const { years, lines, rtl } = spec;
  const series: uPlot.Series[] = [{}];
  const data: uPlot.AlignedData = [years];
  for (const line of lines) {
    // Years without a figure: a thin dashed link, under the line that joins the years that have one.
    if (hasGaps(line.values)) {
      series.push({ stroke: line.colour, width: 1.2, dash: [3, 4], spanGaps: true, points: { show: false }, alpha: 0.7 });
      data.push(line.values);
    }
    series.push({ stroke: line.colour, width: 2.2, spanGaps: false, points: { show: false } });
    data.push(line.values);
    // A dot on every year with a figure: a series of its own, unclipped, so that a year with no
    // figure on either side (which the line above leaves out) is drawn too.
    series.push({ stroke: line.colour, width: 0, spanGaps: true, paths: () => null, points: { show: true, size: 9, width: 1.5, fill: line.colour, stroke: '#ffffff' } });
    data.push(line.values);
  }
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const axis = { stroke: spec.ink, font: spec.font, ticks: { stroke: spec.grid, width: 1, size: 4 } };
  const plot = new uPlot({
    width: spec.width,
    height: spec.height,
    legend: { show: false },
    // The cursor follows the chart's own slider (SeriesChart.tsx), never the mouse directly.
    cursor: { x: true, y: false, drag: { x: false, y: false, setScale: false }, points: { size: 11, width: 2 }, focus: { prox: -1 }, bind: { mousemove: () => null, mouseleave: () => null, mouseenter: () => null, mousedown: () => null, mouseup: () => null, click: () => null, dblclick: () => null } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false, dir: rtl ? -1 : 1, range: () => [first - 0.5, last + 0.5] },
      y: { range: () => [0, spec.yMax] },
    },
    axes: [
      {
        ...axis, scale: 'x', side: 2, size: 26, space: 34, grid: { show: false },
        incrs: [1, 2, 5, 10],
        values: (_u, splits) => splits.map((v) => (Number.isInteger(v) && v >= first && v <= last ? spec.formatYear(v) : '')),
      },
      {
        ...axis, scale: 'y', side: rtl ? 1 : 3, space: 26, grid: { stroke: spec.grid, width: 0.6 },
        values: (_u, splits) => splits.map((v) => spec.formatValue(v)),
        size: (u, values) => {
          if (!values) return 40;
          u.ctx.font = spec.font;
          return Math.ceil(Math.max(...values.map((v) => u.ctx.measureText(v).width))) + 14;
        },
      },
    ],
    series,
  }, data, el);

  return {
    setAt: (index) => {
      if (index === null) {
        plot.setCursor({ left: -10, top: -10 });
        return;
      }
      const year = years[index]!;
      const top = lines.map((l) => l.values[index]).find((v): v is number => v !== null && v !== undefined);
      plot.setCursor({ left: plot.valToPos(year, 'x'), top: top === undefined ? 0 : plot.valToPos(top, 'y') });
    },
    resize: (width) => plot.setSize({ width, height: spec.height }),
    yearAt: (x) => {
      const left = plot.over.getBoundingClientRect().left - plot.root.getBoundingClientRect().left;
      return Math.round(plot.posToVal(x - left, 'x'));
    },
    destroy: () => plot.destroy(),
  };
}
