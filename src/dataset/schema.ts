// The dataset format, defined once. TypeScript types are inferred from it and the JSON Schema that
// editors use (data/factdesk.schema.json) is generated from it by src/dataset/jsonSchema.ts, written out
// by `node scripts/gen-schema.mjs`. Field descriptions below end up in editor hovers.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens')
  .describe('Stable, readable identifier.');

/** A year such as 2023. */
const year = z.number().int().min(1900).max(2200);

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

export const unitSchema = z
  .enum(['count', 'USD', 'percent', 'rank', 'fraction'])
  .describe('count (cameras, cities), USD (money), percent (80 for "80 percent"), rank (8 for "eighth"), fraction (0.3333 for "one-third").');

export const qualifierSchema = z
  .enum(['exact', 'more-than', 'at-least', 'nearly', 'approximately', 'fewer-than', 'up-to', 'range'])
  .describe(
    'How the source states the value: "more than"/"over" = more-than, "at least" = at-least, "almost"/"nearly" = nearly, ' +
      '"around"/"approximately" = approximately, "less than" = fewer-than, "up to" = up-to; "range" uses value..upper.',
  );

export const periodSchema = z
  .object({
    from: year,
    to: year,
    text: z.string().min(1).optional().describe('The period as the source words it, e.g. "over the last five years".'),
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'period.from must not be after period.to' });

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
  })
  .strict();

export const datasetFileSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors: "./factdesk.schema.json".'),
    topic: z
      .array(z.string().min(1))
      .default([])
      .describe('Words of which one must appear near a figure for it to be judged against these facts (cameras, surveillance...).'),
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
export type Fact = z.infer<typeof factSchema>;
export type DatasetFile = z.infer<typeof datasetFileSchema>;
