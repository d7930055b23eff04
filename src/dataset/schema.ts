// The dataset format, defined once. TypeScript types are inferred from it and the JSON Schema that
// editors use (data/factdesk.schema.json) is generated from it by src/dataset/jsonSchema.ts, written out
// by `node scripts/gen-schema.mjs`. Field descriptions below end up in editor hovers.
import { z } from 'zod';
import { monthsOf } from '../core/periods';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens')
  .describe('Stable, readable identifier.');

/**
 * A year such as 2023, or 1896 for a historical fact (a founder's estate, an early census): as far back as the
 * draft reader takes a bare four-digit number for a year (notClaims.ts isYearToken).
 */
const year = z.number().int().min(1500).max(2200);

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1).describe('Headline of the publication.'),
    publisher: z.string().min(1).describe('Who published it (RFE/RL, a statistics office...).'),
    author: z.string().min(1).optional(),
    contributors: z.array(z.string().min(1)).optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD').describe('Publication date, YYYY-MM-DD.'),
    url: z.url().describe('Where a reader can check the figure.'),
  })
  .strict()
  .describe('A publication that facts are taken from.');

export const entityKindSchema = z
  .enum(['country', 'region', 'city', 'body'])
  .describe('"body" is an institution or company: a ministry, a police force, an election commission.');

export const entitySchema = z
  .object({
    id: z
      .string()
      .regex(/^([A-Z]{2}|[a-z0-9][a-z0-9-]*)$/, 'countries use ISO 3166 alpha-2 (XK for Kosovo); others lower-case ids')
      .describe('ISO 3166 alpha-2 code for a country (XK for Kosovo), a lower-case id for anything else.'),
    kind: entityKindSchema,
    name: z.string().min(1).describe('The name a writer would use first.'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional()
      .describe('The country a region, city or body belongs to.'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names: official, short, local-language, misspellings that are common.'),
    demonyms: z.array(z.string().min(1)).default([]).describe('Adjectives such as "Hungarian"; they name the entity too.'),
    capital: z.string().min(1).optional().describe('For countries: the capital, itself usually also an entity of kind city.'),
  })
  .strict();

export const vendorSchema = z
  .object({
    id,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names: full company names, spellings, "Chinese-made" for the group.'),
    group: z
      .boolean()
      .default(false)
      .describe('True for a collective such as "Chinese manufacturers", which covers every vendor.'),
  })
  .strict();

/** Units that are no currency. */
export const PLAIN_UNITS = ['count', 'percent', 'rank', 'fraction', 'rate'] as const;

export const unitSchema = z
  .union([z.enum(PLAIN_UNITS), z.string().regex(/^[A-Z]{3}$/, 'expected one of "count", "percent", "rank", "fraction", "rate" or a currency code (USD, EUR, HUF)')])
  .describe(
    'count (cameras, cities), percent (80 for "80 percent"), rank (8 for "eighth"), fraction (0.3333 for "one-third"), ' +
      'rate (18.6 for "18.6 per 1,000 inhabitants", with per), or an ISO 4217 currency code (USD, EUR, HUF) for money.',
  );

export const qualifierSchema = z
  .enum(['exact', 'more-than', 'at-least', 'nearly', 'approximately', 'fewer-than', 'up-to', 'range'])
  .describe(
    'How the source states the value: "more than"/"over" = more-than, "at least" = at-least, "almost"/"nearly" = nearly, ' +
      '"around"/"approximately" = approximately, "less than" = fewer-than, "up to" = up-to; "range" uses value..upper.',
  );

/** A year (2023), a month ("2022-06") or a quarter ("2024-Q3"). */
const periodPoint = z.union([
  year,
  z.string().regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, 'a month is written YYYY-MM'),
  z.string().regex(/^(19|20|21)\d\d-Q[1-4]$/, 'a quarter is written YYYY-Qn'),
]);

export const periodSchema = z
  .object({
    from: periodPoint.describe('The first year, month ("2022-06") or quarter ("2024-Q3") the figure covers.'),
    to: periodPoint.describe('The last year, month or quarter the figure covers.'),
    text: z.string().min(1).optional().describe('The period as the source words it, e.g. "over the last five years".'),
  })
  .strict()
  .refine((p) => monthsOf(p.from)[0] <= monthsOf(p.to)[1], { message: 'period.from must not be after period.to' });

const word = z.string().min(1);

export const vocabularySchema = z
  .object({
    topic: z
      .array(word)
      .default([])
      .describe('Words of which one must appear near a figure for it to be judged against these facts (cameras, surveillance...).'),
    synonyms: z
      .record(z.string().min(1), z.array(word).min(1))
      .default({})
      .describe('Groups of words a writer uses for the same thing, by the name of the group: {"camera": ["cameras", "devices", "CCTV"]}.'),
    countedNouns: z
      .array(word)
      .default([])
      .describe('Nouns that the counts of this subject count ("cameras", "municipalities"), so that "12 cameras" is known to count cameras.'),
    modifiers: z
      .array(word)
      .default([])
      .describe('Words that may stand between a count and its noun without changing what is counted ("surveillance" in "300 surveillance cameras").'),
    generic: z
      .array(word)
      .default([])
      .describe('Words that say what the subject is but not which of its measures ("cameras"): never enough to link a figure to a fact.'),
  })
  .strict()
  .describe("The subject's own words. The engine knows only subject-neutral language; everything else comes from here.");

export const factSchema = z
  .object({
    id,
    entity: z.string().min(1).describe('Id of the country, region, city or body the figure is about.'),
    vendors: z.array(id).describe('Vendor ids the figure is about; empty when it is about no vendor in particular.'),
    measure: z.string().min(1).describe('What is counted, in the words a writer would use.'),
    keywords: z
      .array(z.string().min(1))
      .min(1)
      .describe('Words that signal this measure in a draft (cameras, purchased, Shodan...). At least one must occur.'),
    value: z
      .number()
      .finite()
      .describe('The figure as a plain number (5800000 for "$5.8 million"); it must be readable in the quote.'),
    upper: z.number().finite().optional().describe('Upper end when qualifier is "range".'),
    of: z.number().finite().positive().optional().describe('The whole, for figures stated as "X of Y".'),
    unit: unitSchema,
    per: z.number().finite().positive().optional().describe('For a rate: the base it is stated per (1000 for "per 1,000 inhabitants").'),
    change: z
      .boolean()
      .optional()
      .describe('True when the figure is a signed change, not a level: "fell by 58 percent" is value -58, unit percent, change true.'),
    qualifier: qualifierSchema,
    period: periodSchema.nullable().describe('The years the figure covers; null when the source gives none.'),
    via: z.string().min(1).describe("The source's own source (Shodan, ImportGenius, customs data...)."),
    quote: z.string().min(1).describe('The sentence of the publication that states the figure, verbatim.'),
    source: id.describe('Id of the publication in "sources".'),
    examples: z.array(z.string().min(1)).default([]).describe('Draft sentences that must verify against this fact.'),
    counterexamples: z
      .array(z.string().min(1))
      .default([])
      .describe('Draft sentences that must be flagged against this fact.'),
    review: z
      .string()
      .min(1)
      .optional()
      .describe('What a person must still check (written by `factdesk extract`). The checker ignores the fact until this note is removed.'),
  })
  .strict();

export const datasetFileSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors: "./factdesk.schema.json".'),
    topic: z
      .array(z.string().min(1))
      .default([])
      .describe('Older files: the same as vocabulary.topic.'),
    vocabulary: vocabularySchema.optional(),
    sources: z.array(sourceSchema).default([]),
    entities: z.array(entitySchema).default([]),
    vendors: z.array(vendorSchema).default([]),
    facts: z.array(factSchema).default([]),
  })
  .strict()
  .describe('A factdesk dataset file (*.facts.json): sourced figures, and optionally the names they refer to.');

export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = z.infer<typeof entityKindSchema>;
export type Vendor = z.infer<typeof vendorSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type Fact = z.infer<typeof factSchema>;
export type DatasetFile = z.infer<typeof datasetFileSchema>;
