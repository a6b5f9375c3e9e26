// A scale bar of our own: its figure follows the language and the digit setting (MapLibre's own
// writes Western digits and takes its unit words only when the map is created).
import type * as maplibregl from 'maplibre-gl';

/** The largest round distance (1, 2, 3 or 5 times a power of ten) not above `metres`. */
export function roundDistance(metres: number): number {
  const pow = 10 ** Math.floor(Math.log10(metres));
  const d = metres / pow;
  return pow * (d >= 5 ? 5 : d >= 3 ? 3 : d >= 2 ? 2 : 1);
}

export class ScaleBar implements maplibregl.IControl {
  private map: maplibregl.Map | undefined;
  private readonly el = document.createElement('div');

  /** `label(value, unit)` writes a distance in the current language, e.g. "500 km" or «٥٠٠ كم». */
  constructor(private label: (value: number, unit: 'km' | 'm') => string, private readonly maxWidth = 120) {
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
  }

  onAdd(map: maplibregl.Map): HTMLElement {
    this.map = map;
    map.on('move', this.update);
    this.update();
    return this.el;
  }

  onRemove(): void {
    this.map?.off('move', this.update);
    this.el.remove();
    this.map = undefined;
  }

  setLabel(label: (value: number, unit: 'km' | 'm') => string): void {
    this.label = label;
    this.update();
  }

  private readonly update = () => {
    const map = this.map;
    if (!map) return;
    const y = map.getContainer().clientHeight / 2;
    const metres = map.unproject([0, y]).distanceTo(map.unproject([this.maxWidth, y]));
    if (!(metres > 0)) return;
    const round = roundDistance(metres);
    this.el.style.width = `${Math.round((this.maxWidth * round) / metres)}px`;
    const [value, unit] = round >= 1000 ? [round / 1000, 'km' as const] : [round, 'm' as const];
    try {
      this.el.textContent = this.label(value, unit);
    } catch {
      // A failing formatter must not take the map down with it.
      this.el.textContent = `${value} ${unit}`;
    }
  };
}
