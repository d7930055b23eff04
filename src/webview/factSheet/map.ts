// The dataset sheet's map: the dataset's countries and their neighbours, the countries with a figure in
// the chosen series shaded in five steps from its min to its max. Each dataset country opens its sheet.
import type { DatasetSheet, MapSeries, SheetFigure } from '../../core/factSheet/model';
import type { Actions } from './actions';
import { h, svg, uniqueId } from './dom';
import { formatBoundary, shadeStep, stepBoundaries, SHADE_STEPS } from './format';
import { countryShapes, frameOn, type Country, type Frame } from './geo';

/** Map labels are 11 units high: about 6.5 units a character, 14 a line. */
const CHAR_WIDTH = 6.5;
const LINE_HEIGHT = 14;

/** The map is drawn at the page's width so that its labels keep their size; it scales with the panel after that. */
function mapWidth(): number {
  return Math.max(320, Math.min(900, document.getElementById('root')?.clientWidth ?? 640));
}

interface Place {
  id: string;
  name: string;
  figure: SheetFigure | undefined;
}

function hatchPattern(id: string): SVGPatternElement {
  return svg(
    'pattern',
    { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { class: 'hatch-ground', width: 6, height: 6 }),
    svg('line', { class: 'hatch-line', x1: 0, y1: 0, x2: 0, y2: 6 }),
  );
}

function countryPath(place: Place, d: string, series: MapSeries | undefined, hatchId: string, actions: Actions): SVGPathElement {
  const value = place.figure ? place.figure.valueText : series ? 'no figure' : undefined;
  const name = value ? `${place.name}: ${value}` : place.name;
  const shade = place.figure && series ? `step-${shadeStep(place.figure.value, series.min, series.max)}` : series ? 'no-value' : 'in-dataset';
  const path = svg(
    'path',
    {
      d,
      class: `country ${shade}`,
      // A class cannot name the pattern (its id is per page), so the hatch is a presentation attribute.
      fill: shade === 'no-value' ? `url(#${hatchId})` : null,
      tabindex: 0,
      role: 'button',
      'aria-label': `${name} — open its sheet`,
      'data-country': place.id,
    },
    svg('title', {}, name),
  );
  const open = () => actions.open({ kind: 'entity', id: place.id });
  path.addEventListener('click', open);
  path.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open();
  });
  return path;
}

/** A copy of the pointed-at or focused country's outline drawn on top, so no neighbour covers its border. */
function highlight(layer: SVGGElement, className: string, events: [string, string]): SVGPathElement {
  const outline = svg('path', { class: `country-outline ${className}`, 'aria-hidden': 'true' });
  layer.addEventListener(events[0], (event) => {
    const target = event.target instanceof SVGPathElement ? event.target : null;
    if (target?.classList.contains('country')) outline.setAttribute('d', target.getAttribute('d') ?? '');
  });
  layer.addEventListener(events[1], () => outline.removeAttribute('d'));
  return outline;
}

/** Whether lines of text fit in a shape: narrower than most of its box, and small beside its area. */
function fits(lines: string[], shape: Country, frame: Frame): boolean {
  const [[x0], [x1]] = frame.path.bounds(shape);
  const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH;
  return width <= (x1 - x0) * 0.75 && width * LINE_HEIGHT * lines.length * 2.5 <= frame.path.area(shape);
}

/** The country's name, and its value when that fits too; nothing when even the name would spill over. */
function label(place: Place, shape: Country, frame: Frame): SVGTextElement | null {
  const withValue = place.figure ? [place.name, place.figure.valueText] : [];
  const lines = withValue.length > 0 && fits(withValue, shape, frame) ? withValue : [place.name];
  if (!fits(lines, shape, frame)) return null;
  const [x, y] = frame.path.centroid(shape);
  const text = svg('text', { x, y, class: 'map-label' }, svg('tspan', { x, dy: lines.length > 1 ? '-0.2em' : '0.35em' }, lines[0]));
  if (lines.length > 1) text.append(svg('tspan', { x, dy: '1.15em', class: 'map-label-value' }, lines[1]));
  return text;
}

function description(places: Place[], series: MapSeries | undefined): string {
  const what = series ? `Map of the dataset's countries, shaded by ${series.title}` : "Map of the dataset's countries";
  const each = places.map((p) => (series ? `${p.name}, ${p.figure ? p.figure.valueText : 'no figure'}` : p.name));
  return `${what}: ${each.join('; ')}.`;
}

/** A boundary's label under the ramp, at the boundary (set through CSSOM: the CSP forbids style attributes). */
function boundLabel(value: number, i: number, count: number, series: MapSeries): HTMLElement {
  const end = i === 0 || i === count - 1;
  const label = h('span', { class: end ? 'bound' : 'bound inner' }, formatBoundary(value, series.unit, end));
  label.style.left = count > 1 ? `${(i / (count - 1)) * 100}%` : '0';
  return label;
}

function legend(series: MapSeries | undefined): HTMLElement {
  const keys: HTMLElement[] = [];
  if (series) {
    const bounds = stepBoundaries(series.min, series.max);
    const steps = bounds.length === 1 ? [Math.ceil(SHADE_STEPS / 2)] : Array.from({ length: SHADE_STEPS }, (_, i) => i + 1);
    keys.push(
      h(
        'div',
        { class: 'legend-ramp' },
        h('div', { class: 'legend-swatches' }, ...steps.map((step) => h('span', { class: `swatch step-${step}` }))),
        h('div', { class: 'legend-bounds' }, ...bounds.map((value, i) => boundLabel(value, i, bounds.length, series))),
      ),
      h('div', { class: 'legend-key' }, h('span', { class: 'swatch no-value' }), 'No figure'),
    );
  } else {
    keys.push(h('div', { class: 'legend-key' }, h('span', { class: 'swatch in-dataset' }), 'In the datasets'));
  }
  keys.push(h('div', { class: 'legend-key' }, h('span', { class: 'swatch outside' }), 'Not in the datasets'));
  return h('div', { class: 'legend', 'aria-hidden': 'true' }, ...keys);
}

/** The map with its legend, and a note naming the dataset countries the geometry has no shape for. */
export function datasetMap(sheet: DatasetSheet, series: MapSeries | undefined, actions: Actions): HTMLElement {
  const shapes = countryShapes();
  const values = new Map(series?.values.map((v) => [v.country, v.figure]));
  const places: Place[] = sheet.countries.map((c) => ({ id: c.id, name: c.name, figure: values.get(c.id) }));
  const drawn = places.filter((p) => shapes.has(p.id));
  const missing = places.filter((p) => !shapes.has(p.id));
  const frame = frameOn(drawn.map((p) => shapes.get(p.id) as Country), mapWidth(), 0.05, [0.5, 0.85]);
  const inDataset = new Set(drawn.map((p) => p.id));

  const hatchId = uniqueId('hatch');
  const countries = svg('g', { class: 'map-countries' });
  const labels = svg('g', { class: 'map-labels', 'aria-hidden': 'true' });
  for (const place of drawn) {
    const shape = shapes.get(place.id) as Country;
    const d = frame.path(shape);
    if (!d) continue;
    countries.append(countryPath(place, d, series, hatchId, actions));
    const text = label(place, shape, frame);
    if (text) labels.append(text);
  }
  const land = svg('g', { class: 'map-land', 'aria-hidden': 'true' });
  for (const shape of frame.visible) {
    const d = !inDataset.has(shape.id) && frame.path(shape);
    if (d) land.append(svg('path', { d, class: 'outside' }, svg('title', {}, shape.properties.name)));
  }
  const outlines = svg('g', { class: 'map-outlines' });
  outlines.append(highlight(countries, 'hovered', ['mouseover', 'mouseout']), highlight(countries, 'focused', ['focusin', 'focusout']));

  const map = svg(
    'svg',
    { class: 'map', viewBox: `0 0 ${frame.width} ${frame.height}`, role: 'group', 'aria-label': description(places, series) },
    svg('defs', {}, hatchPattern(hatchId)),
    svg('rect', { class: 'map-sea', width: frame.width, height: frame.height }),
    land,
    countries,
    outlines,
    labels,
  );
  return h(
    'figure',
    { class: 'map-figure' },
    map,
    legend(series),
    missing.length > 0 ? h('figcaption', { class: 'map-note' }, `Not on the map (no shape for them): ${missing.map((p) => p.name).join(', ')}.`) : null,
  );
}
