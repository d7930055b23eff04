// A bare "$" is the dollar of the country a figure is about: Statistics Canada's "$48.3 billion" is in
// Canadian dollars. The reader takes "$" for US dollars (drafts mostly mean them); a source about a
// country with a dollar of its own says its own.

/** Countries (ISO 3166 alpha-2) whose currency is a dollar, and its ISO 4217 code. */
const DOLLARS: Record<string, string> = {
  AU: 'AUD', BB: 'BBD', BM: 'BMD', BN: 'BND', BS: 'BSD', BZ: 'BZD', CA: 'CAD', FJ: 'FJD', GY: 'GYD', HK: 'HKD',
  JM: 'JMD', KY: 'KYD', LR: 'LRD', NA: 'NAD', NZ: 'NZD', SB: 'SBD', SG: 'SGD', SR: 'SRD', TT: 'TTD', TW: 'TWD',
};

/** The currency of a figure written with a bare "$", for a fact about a country. */
export function dollarOf(unit: string, currencyWritten: string, country: string): string {
  if (unit !== 'USD' || currencyWritten.trim() !== '$') return unit;
  return DOLLARS[country] ?? unit;
}
