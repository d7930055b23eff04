// A small map beside an entity sheet's heading: where its country lies, among its neighbours.
import { svg } from './dom';
import { countryShapes, frameOn } from './geo';

const WIDTH = 220;

export function locatorMap(countryId: string, name: string | undefined): SVGSVGElement | null {
  const shape = countryShapes().get(countryId);
  if (!shape) return null;
  // A wide margin: small countries (Kosovo) need their neighbours around them to be recognisable.
  const frame = frameOn([shape], WIDTH, 0.28, [0.7, 0.7]);
  const map = svg('svg', {
    class: 'locator',
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    role: 'img',
    'aria-label': `Map: where ${name ?? shape.properties.name} lies`,
  });
  map.append(svg('rect', { class: 'map-sea', width: frame.width, height: frame.height }));
  for (const other of frame.visible) {
    const d = other.id !== countryId && frame.path(other);
    if (d) map.append(svg('path', { d, class: 'outside' }));
  }
  map.append(svg('path', { d: frame.path(shape) ?? '', class: 'located' }));
  return map;
}
