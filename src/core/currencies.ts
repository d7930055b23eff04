// Money as newsrooms write it: symbols, ISO 4217 codes before or after the number, and currency words.
// A figure in one currency is never judged against a fact in another; nothing is converted.
import { escapeRegExp, MAX_WORD_GAP, singleSpaced, WORD_GAP } from './regex';

/** ISO 4217 codes the reader recognises next to a number ("MDL 2.5 billion", "150,000 BAM"). */
export const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'RUB', 'TRY', 'PLN', 'CZK', 'HUF', 'RON', 'MDL', 'BGN', 'RSD', 'BAM', 'MKD',
  'ALL', 'UAH', 'GEL', 'AZN', 'AMD', 'BYN', 'KZT', 'SEK', 'NOK', 'DKK', 'ISK', 'CAD', 'AUD', 'NZD', 'INR', 'KRW', 'BRL',
  'MXN', 'ZAR', 'HKD', 'SGD', 'XOF', 'XAF', 'GHS', 'NGN', 'KES', 'EGP', 'MAD', 'ILS', 'THB', 'IDR', 'VND', 'PHP', 'MYR',
  'PKR', 'ARS', 'CLP', 'COP', 'PEN', 'SAR', 'AED', 'TWD', 'LKR', 'NPR', 'TZS', 'UGX', 'XPF',
];

/** Codes writers use that are not ISO 4217, and what they stand for. */
const LOCAL_CODES: Record<string, string> = { RMB: 'CNY', KM: 'BAM', NIS: 'ILS', CFA: 'XOF', Rs: 'INR', 'Rs.': 'INR', KSh: 'KES', Ksh: 'KES', TSh: 'TZS', USh: 'UGX' };

/** The codes as patterns: "Rs." holds a dot. */
const CODE_PATTERNS = [...ISO_CODES, ...Object.keys(LOCAL_CODES)].map(escapeRegExp).join('|');

/**
 * Symbols before a number. "$" is the US dollar (a place that counts in dollars of its own reads it as
 * its own: localCurrency); other dollars are written with their code or their own symbol
 * ("A$758,000", "C$1.2 million", "NZ$900k").
 */
const SYMBOLS: Record<string, string> = {
  $: 'USD', US$: 'USD', USD$: 'USD', '€': 'EUR', '£': 'GBP', '₾': 'GEL', '₴': 'UAH', '₽': 'RUB', '₺': 'TRY', '₹': 'INR',
  'GH¢': 'GHS', '₦': 'NGN', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', R$: 'BRL',
  NT$: 'TWD', MX$: 'MXN', '₩': 'KRW', '¥': 'JPY',
};

/**
 * A currency that the words alone do not settle ("lei" is Romania's and Moldova's): a code that no
 * dataset uses, so that the figure is read as money and judged against nothing.
 */
export const UNKNOWN_CURRENCY = 'XXX';

/** Currency words after a number ("46 million euros"), by their lower-case form. */
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', 'US dollar': 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'U.S. dollar': 'USD',
  rupee: 'INR', rupees: 'INR',
  euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', forint: 'HUF', forints: 'HUF', Ft: 'HUF',
  lei: UNKNOWN_CURRENCY, leu: UNKNOWN_CURRENCY, lev: 'BGN', leva: 'BGN', lari: 'GEL', dinar: UNKNOWN_CURRENCY, dinars: UNKNOWN_CURRENCY,
  hryvnia: 'UAH', hryvnias: 'UAH', zloty: 'PLN', zlotys: 'PLN', 'convertible marks': 'BAM',
  yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', 'swiss francs': 'CHF',
  'czech crowns': 'CZK', koruna: 'CZK', korun: 'CZK', cedi: 'GHS', cedis: 'GHS', naira: 'NGN',
  // Sweden's crown in Swedish; Norway's and Denmark's share "kroner", which the words alone do not settle, and
  // "crowns" in English are any of theirs, or the Czech one (only a body's own money settles which: writtenWith).
  yen: 'JPY', kronor: 'SEK', krona: 'SEK', kroner: UNKNOWN_CURRENCY, krone: UNKNOWN_CURRENCY, lira: 'TRY',
  crown: UNKNOWN_CURRENCY, crowns: UNKNOWN_CURRENCY, 'Swedish crowns': 'SEK', 'Swedish crown': 'SEK', 'Swedish kronor': 'SEK',
  'Norwegian crowns': 'NOK', 'Norwegian kroner': 'NOK', 'Danish crowns': 'DKK', 'Danish kroner': 'DKK',
  // The West African CFA franc, which most writers of "CFA" mean; the Central African one is written XAF.
  'CFA francs': 'XOF', 'CFA franc': 'XOF', 'CFP francs': 'XPF', 'CFP franc': 'XPF', 'swiss franc': 'CHF',
  // A franc alone is the money of the place it is written of, as a dollar is (LOCAL_FRANCS).
  franc: UNKNOWN_CURRENCY, francs: UNKNOWN_CURRENCY,
  // Asia's and Africa's currencies that one country issues ("398.4 billion won" is South Korea's); the peso,
  // the riyal and the dirham are several countries', which the words alone do not settle.
  won: 'KRW', baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', rand: 'ZAR', reais: 'BRL', shekel: 'ILS', shekels: 'ILS',
  tenge: 'KZT', taka: 'BDT',
  peso: UNKNOWN_CURRENCY, pesos: UNKNOWN_CURRENCY, riyal: UNKNOWN_CURRENCY, riyals: UNKNOWN_CURRENCY, dirham: UNKNOWN_CURRENCY, dirhams: UNKNOWN_CURRENCY,
};

const byLength = (a: string, b: string): number => b.length - a.length;

/** What may stand before the digits: a symbol, or a code and white space (WORD_GAP: a space, a line break). */
// A code is no word's end: the "Rs" of "DVRs 200" is no rupee.
export const CURRENCY_PREFIX = `(?:${[...Object.keys(SYMBOLS)].sort(byLength).map((symbol) => escapeRegExp(symbol)).join('|')}|(?<![A-Za-z])(?:${CODE_PATTERNS})${WORD_GAP})`;

/** The most characters a currency prefix takes: a symbol, or a code and the white space after it. */
export const CURRENCY_PREFIX_MAX_LENGTH = Math.max(...Object.keys(SYMBOLS).map((s) => s.length), ...[...ISO_CODES, ...Object.keys(LOCAL_CODES)].map((c) => c.length + MAX_WORD_GAP));

/** Currency words as they may be written: lower case, or capitalised ("Euros"); "Ft" only so ("5 ft" is feet). */
const WRITTEN_WORDS = Object.keys(WORDS).flatMap((w) => (w === w.toLowerCase() ? [w, w[0].toUpperCase() + w.slice(1)] : [w]));

/** A currency's words as a pattern: any white space between them ("US\n  dollars" in a wrapped line). */
function writtenWordPattern(words: string): string {
  return escapeRegExp(words).replace(/ /g, `\\s${WORD_GAP}`);
}

/** What may follow the number and its scale: a code or a currency word. */
export const CURRENCY_SUFFIX = `${WORD_GAP}(?:${CODE_PATTERNS}|(?:${WRITTEN_WORDS.sort(byLength).map(writtenWordPattern).join('|')}))(?![A-Za-z\\u00C0-\\u024F])`;

/** The ISO code of a prefix or suffix as written ("US$" → USD, " euros" → EUR, "KM" → BAM). */
export function currencyCode(written: string): string | null {
  const text = singleSpaced(written.trim());
  if (!text) return null;
  if (SYMBOLS[text]) return SYMBOLS[text];
  if (ISO_CODES.includes(text)) return text;
  if (LOCAL_CODES[text]) return LOCAL_CODES[text];
  return WORDS[text] ?? WORDS[text.toLowerCase()] ?? null;
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** True for a unit that is money: an ISO 4217 code. */
export function isCurrency(unit: string): boolean {
  return CURRENCY_CODE.test(unit);
}

/** How a sum in a currency is written before its digits: "$", "€", "£", else the code and a space ("HUF "). */
export function currencyPrefix(code: string): string {
  const symbol = Object.entries(SYMBOLS).find(([written, c]) => c === code && written.length === 1);
  return symbol ? symbol[0] : `${code} `;
}

/** Countries whose own currency is written with a bare "$" at home, by ISO country code. */
const LOCAL_DOLLARS: Readonly<Record<string, string>> = { CA: 'CAD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD' };
/** Countries other than India whose rupee is written "Rs" at home. */
const LOCAL_RUPEES: Readonly<Record<string, string>> = { PK: 'PKR', LK: 'LKR', NP: 'NPR' };
/** "¥" is the yen, and the yuan at home in the country whose money the yuan is. */
const LOCAL_YEN_SIGN: Readonly<Record<string, string>> = { CN: 'CNY' };
/** Countries whose money is a crown: "11 million crowns" of a body whose sums are in kronor are kronor. */
const LOCAL_CROWNS: Readonly<Record<string, string>> = { SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', CZ: 'CZK' };
/** Countries whose own money is a franc: "570 francs" of French Polynesia are CFP francs. */
const LOCAL_FRANCS: Readonly<Record<string, string>> = {
  CH: 'CHF', LI: 'CHF', PF: 'XPF', NC: 'XPF', WF: 'XPF', GN: 'GNF', RW: 'RWF', BI: 'BIF', DJ: 'DJF', KM: 'KMF', CD: 'CDF',
  ...Object.fromEntries(['BJ', 'BF', 'CI', 'GW', 'ML', 'NE', 'SN', 'TG'].map((country) => [country, 'XOF'])),
  ...Object.fromEntries(['CM', 'CF', 'TD', 'CG', 'GQ', 'GA'].map((country) => [country, 'XAF'])),
};
/** The euro area (2023–): cents there are euro cents. */
const EURO_AREA = ['AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES'];
/** What cents are in a country whose own money has them: dollars of its own, or the euro. */
const LOCAL_CENTS: Readonly<Record<string, string>> = { ...LOCAL_DOLLARS, ...Object.fromEntries(EURO_AREA.map((country) => [country, 'EUR'])) };
/** The sign that stands for cents that name no currency ("73 cents"), for localCurrency. */
export const CENT_SIGN = '¢';
/** Signs several countries write for their own currency, and what each means there. */
const LOCAL_MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  $: LOCAL_DOLLARS, Rs: LOCAL_RUPEES, 'Rs.': LOCAL_RUPEES, '¥': LOCAL_YEN_SIGN, [CENT_SIGN]: LOCAL_CENTS, Fr: LOCAL_FRANCS,
};
/**
 * What every shared sign may stand for. A crown is read only as a body's own money (writtenWith), never by its
 * country alone: a country's writers name many bodies' sums, in its crowns and others.
 */
const SHARED_SIGN_MEANINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = { ...LOCAL_MEANINGS, kr: LOCAL_CROWNS };

/** Currency words after a number that several countries use for their own money, and the sign that stands for them. */
const SHARED_WORDS: Readonly<Record<string, string>> = { dollar: '$', dollars: '$', rupee: 'Rs', rupees: 'Rs', crown: 'kr', crowns: 'kr', krone: 'kr', kroner: 'kr', franc: 'Fr', francs: 'Fr' };

/** The shared sign a currency word written after a number stands for ("1,274.74 rupees": "Rs"), or ''. */
export function signOfWord(suffix: string): string {
  return SHARED_WORDS[singleSpaced(suffix.trim()).toLowerCase()] ?? '';
}

/**
 * The currency a sign shared by several countries means in a country that has one of its own: "CAD" for a
 * bare "$" in Canada, "PKR" for "Rs" in Pakistan; else undefined.
 */
export function localCurrency(written: string, country: string | undefined): string | undefined {
  return country === undefined ? undefined : LOCAL_MEANINGS[singleSpaced(written.trim())]?.[country];
}

/** The shared sign is written at home for this currency: "kr" for SEK, NOK or DKK. */
export function writtenWith(sign: string, code: string): boolean {
  return Object.values(SHARED_SIGN_MEANINGS[singleSpaced(sign.trim())] ?? {}).includes(code);
}

