// Shared by the dataset tests (not itself a test file, so the build does not make it an entry point).

export { repoRoot } from '../support/engine';

/** A small valid dataset file: one source, one entity, one vendor, one fact. */
export function minimalDataset(): Record<string, unknown> {
  return {
    sources: [
      { id: 'example-news-2024', title: 'Cameras in Hungary', publisher: 'Example News', date: '2024-05-07', url: 'https://example.org/cameras' },
    ],
    entities: [{ id: 'HU', kind: 'country', name: 'Hungary', aliases: ['Magyarország'], demonyms: ['Hungarian'] }],
    vendors: [{ id: 'hikvision', name: 'Hikvision' }],
    facts: [
      {
        id: 'hu-shodan-hikvision-devices',
        entity: 'HU',
        vendors: ['hikvision'],
        measure: 'Hikvision devices listed by Shodan',
        keywords: ['devices', 'Shodan'],
        value: 18166,
        unit: 'count',
        qualifier: 'exact',
        period: null,
        via: 'Shodan',
        quote: 'Shodan lists 18,166 Hikvision devices in the country.',
        source: 'example-news-2024',
      },
    ],
  };
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
