// A place no dataset names, introduced as a place ("the town of Zenica", "Zenica, a city in Ruritania",
// "the Zenica municipality"), that stands nearer the figure than every place the datasets name. The figure
// is then that place's: inside the country read for it, but none of the country's own places, and the
// country's figure only as a part of it may be (the evidence's "sibling" and "place for country").
import { overlapsName, type NameHit } from '../names';
import { GRAMMAR_CAPITALS } from '../notClaims';
import type { ReadingRule } from './rule';
import { CALENDAR_WORDS } from './parties';
import { distanceToFigure, type FigureContext } from './context';

/**
 * Lower-case words that make the capitalised name beside them a place's: the kinds of place that
 * entities are (the schema's city and region) under the names prose gives them. Written in lower case
 * only: in "Safe City" or "Capital Region" the word is part of a name, not a kind of place.
 */
const PLACE_KINDS = 'city|town|village|municipality|region|province|county|district|commune|borough|oblast|canton';
/** One to three capitalised words: "Zenica", "Novi Sad", "Stara Pazova". */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,2}";
/** A catalogue name in the possessive right before the kind: "Ruritania's town of Zenica". */
const OWNER = "(?:\\p{Lu}[\\p{L}-]*['’]s?\\s)?";
/** Where the place lies, right after it: "the town of Zenica in Ruritania". */
const LOCATION = `(?:,?\\s(?:in|near|outside)\\s(?:the\\s)?${NAME})?`;
/**
 * The three ways prose introduces a place by its kind. A mention runs over the names that say where the
 * place lies ("Ruritania's", "in Ruritania", an apposition to its closing comma), so that they are read
 * as describing the place, not as the figure's own entity.
 */
const KIND_OF_NAME = new RegExp(`${OWNER}\\b(?:${PLACE_KINDS})\\sof\\s(${NAME})${LOCATION}`, 'gu');
const NAME_KIND = new RegExp(`(?<=\\s)(${NAME})\\s(?:${PLACE_KINDS})\\b${LOCATION}`, 'gu');
/** What opens an apposition that says what a place is: an article, or a possessive ("Zuma's home province", "its largest city"). */
const APPOSITION_DETERMINER = "(?:an?|the|its|his|her|their|\\p{Lu}[\\p{L}-]*['’]s)";
const NAME_APPOSITION = new RegExp(`(${NAME}),\\s${APPOSITION_DETERMINER}\\s(?:[\\p{L}-]+\\s){0,2}(?:${PLACE_KINDS})\\b[^,;:.]{0,60},`, 'gu');
const ANY_KIND = new RegExp(`\\b(?:${PLACE_KINDS})\\b`);

/** A place the sentence introduces: its name as written, where the name stands, and the whole mention. */
export interface PlaceMention {
  name: string;
  nameStart: number;
  nameEnd: number;
  start: number;
  end: number;
}

/** The places no dataset names that a sentence introduces by their kind, in order. */
export function unknownPlaces(text: string, start: number, end: number, hits: readonly NameHit[]): PlaceMention[] {
  const sentence = text.slice(start, end);
  if (!ANY_KIND.test(sentence)) return [];
  const found: PlaceMention[] = [];
  for (const pattern of [KIND_OF_NAME, NAME_KIND, NAME_APPOSITION]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const name = m[1];
      const nameStart = start + m.index + m[0].indexOf(name);
      const mention = { name, nameStart, nameEnd: nameStart + name.length, start: start + m.index, end: start + m.index + m[0].length };
      // The first word of a sentence is capitalised whatever it is ("Each town"): not read as a name.
      if (pattern === NAME_KIND && !/\S/.test(text.slice(start, nameStart).replace(/[*_"“]/g, ''))) continue;
      if (CALENDAR_WORDS.has(name.split(/\s/)[0]) || overlapsName(hits, mention.nameStart, mention.nameEnd)) continue;
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.nameStart - b.nameStart);
}

/** unknownPlaces of the figure's sentence, once per sentence (again when a typo found since adds a name). */
function sentencePlaces(ctx: FigureContext): PlaceMention[] {
  const bySentence = (ctx.facts.sentencePlaces ??= new Map());
  const known = bySentence.get(ctx.sentence);
  if (known && known.hits === ctx.facts.hits.length) return known.places;
  const places = unknownPlaces(ctx.text, ctx.sentenceStart, ctx.sentenceEnd, ctx.facts.hits);
  bySentence.set(ctx.sentence, { places, hits: ctx.facts.hits.length });
  return places;
}


/**
 * The unknown place nearest the figure in its clause (else its sentence), when no place the datasets
 * name outside the place's own mention stands nearer. A mention's distance is that of its nearest end.
 */
function nearestUnknownPlace(ctx: FigureContext, from: number, to: number, mentions: readonly PlaceMention[]): string | null {
  const inside = mentions.filter((m) => m.nameStart >= from && m.nameEnd <= to && (m.end <= ctx.token.start || m.start >= ctx.token.end));
  if (inside.length === 0) return null;
  let best: PlaceMention | null = null;
  let bestDistance = Infinity;
  for (const m of inside) {
    const d = distanceToFigure(ctx, m.start, m.end);
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  for (const h of ctx.entityHits) {
    if (h.start < from || h.end > to || mentions.some((m) => h.start >= m.start && h.end <= m.end)) continue;
    if (distanceToFigure(ctx, h.start, h.end) <= bestDistance) return null;
  }
  return best!.name;
}

/**
 * Where a clause's subject may start before the figure: the clause's start, or after a word that joins a
 * second clause to the first (", and Rotterdam handled …", "while Lisbon …").
 */
const CLAUSE_JOIN = /(?:,\s*(?:and|but|while|whereas)|\b(?:while|whereas))\s+/g;
/**
 * One to three capitalised words and what follows them: an apostrophe or a lower-case word. After an
 * article they describe a thing the text has named already: "the Wolfsburg-based group".
 */
const SUBJECT_NAME = /^[\s*_"“(]*((?:[Tt]he|[Aa]n?)\s)?((?:\p{Lu}[\p{L}’'.-]*)(?:\s\p{Lu}[\p{L}’'.-]*){0,2}?)(['’]s\b|\s+\p{Ll}[\p{L}-]*)/u;
/** A capitalised preposition as the first of a subject's words. */
const PREPOSITION_FIRST = /^(?:Under|In|For|With|After|By|At|On|From|During|Since|Before|Despite|Across|Among|Through|Without|Within|Unlike|Like)\s/;
/** A finite verb right after a name: "have", "was", "recorded". */
const VERB_OF_ITS_OWN = /^\s+(?:have|has|had|is|are|was|were|\p{Ll}{2,}ed)$/u;
/**
 * A list of capitalised names opening a clause, each perhaps after "the", then a word that makes them one
 * group: "Acme, the Zenith Channel and Bolt together raised", "… combined", "… between them", a note's
 * "DE/ES/FR together".
 */
const NAME_WORDS = "(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s\\p{Lu}[\\p{L}’'.-]*){0,2}";
const GROUP_WORD = /together|combined|jointly|between\s+them/i;
const GROUP_SUBJECT = new RegExp(
  `^[\\s*_"“(]*(${NAME_WORDS}(?:,\\s+${NAME_WORDS})*,?\\s+(?:and|&)\\s+${NAME_WORDS}|${NAME_WORDS}(?:\\s?\\/\\s?${NAME_WORDS})+)\\s+(?:together|combined|jointly|between\\s+them|altogether)\\b`,
  'u',
);

/**
 * A group that opens the figure's clause as its subject ("VW, BMW and Mercedes-Benz together raised
 * their share to 46%"): the figure is the group's, none of its members' nor another name's. Known names
 * in the group and the whole a share is of ("the German market") do not stand for it.
 */
function groupSubject(ctx: FigureContext, start: number): string | null {
  const before = ctx.text.slice(start, ctx.token.start);
  // A cheap look for the word that makes the names a group, which the pattern needs after them.
  if (!GROUP_WORD.test(before)) return null;
  const m = GROUP_SUBJECT.exec(before);
  return m ? m[1] : null;
}

/** A short opening phrase set off by a comma ("Elsewhere, ", "In the south, "): the subject follows it. */
const OPENING_PHRASE = /^[\s*_"“(]*[\p{L}\s]{1,30}?,\s+/u;
/** What may stand before a word that is capitalised as the first of a sentence: markup, a quote, a label's colon. */
const OPENS_SENTENCE = /(?:^|[.!?:;"“(])[\s*_"“(]*$/;
/**
 * Verbs after which the name is the source, not the subject: "Eurostat said", "the office lists", "Rhodium
 * put": the figure is about what they report on.
 */
const REPORTING = new Set(
  ('said says say reported reports report estimated estimates estimate put puts lists listed list counted counts count found finds ' +
    'shows showed show recorded records noted notes wrote writes told tells expects expected forecast forecasts predicts predicted ' +
    'projected calculated calculates valued values data figures according published publishes announced announces ' +
    'confirmed confirms added adds quoted cited').split(' '),
);

/** The words of a capitalised name are no dataset's measure or subject words ("Solar", "Debt"). */
function namesNoMeasure(ctx: FigureContext, name: string): boolean {
  const vocabulary = ctx.index.vocabulary;
  const measureWords = ctx.index.allMeasureConcepts;
  return name.split(/\s+/).every((word) => {
    const concept = vocabulary.conceptOf(word.toLowerCase());
    return !measureWords.has(concept) && !vocabulary.isGeneric(concept) && !vocabulary.isSubjectConcept(concept);
  });
}

/** Where the subject of the figure's clause starts: after the last joining word before the figure. */
function subjectStart(ctx: FigureContext): number {
  const from = Math.max(ctx.clauseStart, ctx.sentenceStart);
  let start = from;
  for (const end of clauseJoins(ctx)) {
    if (end > ctx.token.start) break;
    if (end > start) start = end;
  }
  return start;
}

/** The ends of the sentence's joining words (CLAUSE_JOIN), found once per sentence for all its figures. */
function clauseJoins(ctx: FigureContext): number[] {
  const bySentence = (ctx.facts.clauseJoins ??= new Map());
  let ends = bySentence.get(ctx.sentence);
  if (!ends) {
    ends = [];
    const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
    if (sentence.includes(',') || sentence.includes('wh')) for (const m of sentence.matchAll(CLAUSE_JOIN)) ends.push(ctx.sentenceStart + m.index + m[0].length);
    bySentence.set(ctx.sentence, ends);
  }
  return ends;
}

/**
 * The capitalised name no dataset knows that opens the figure's clause as its subject ("Rome Fiumicino
 * handled 40.5 million", ", and Rotterdam The Hague handled 2.2 million"), with no name of the datasets
 * between it and the figure. At a sentence's start, where every word is capitalised, it takes two words.
 */
function unknownSubject(ctx: FigureContext): string | null {
  let start = subjectStart(ctx);
  const group = groupSubject(ctx, start);
  if (group) return group;
  // A name the datasets know between the clause's start and the figure is the subject, or nearer it.
  if (overlapsName(ctx.facts.hits, start, ctx.token.start)) return null;
  let m = SUBJECT_NAME.exec(ctx.text.slice(start, ctx.token.start));
  // "Further down the table, Rome Fiumicino posted …": the sentence's first word is no name; the
  // subject follows the opening phrase.
  if (m && !m[1] && start === ctx.sentenceStart && !/\s/.test(m[2]) && m[0].length < ctx.token.start - start) {
    const opening = OPENING_PHRASE.exec(ctx.text.slice(start, ctx.token.start));
    if (opening && opening[0].length > m[0].indexOf(m[2]) + m[2].length) m = null;
  }
  if (!m && start === ctx.sentenceStart) {
    const opening = OPENING_PHRASE.exec(ctx.text.slice(start, ctx.token.start));
    if (opening) start += opening[0].length;
    m = opening ? SUBJECT_NAME.exec(ctx.text.slice(start, ctx.token.start)) : null;
  }
  // After an article a capitalised word is a name only where a verb of its own follows: "The Americas have
  // brought their rate down", not "the Wolfsburg-based group".
  if (!m || (m[1] && !VERB_OF_ITS_OWN.test(m[3]))) return null;
  const name = m[2];
  const nameStart = start + m[0].indexOf(name);
  // The first word of a sentence, of a quote or after a label's colon is capitalised whatever it is, unless
  // "alone" sets it apart as a part of what was named before ("Rajasthan alone installed about 7 GW").
  const next = m[3].trim().toLowerCase();
  if (OPENS_SENTENCE.test(ctx.text.slice(ctx.sentenceStart, nameStart)) && !/\s/.test(name) && next !== 'alone') return null;
  // A preposition opening the sentence is capitalised too: "Under Jeremy Hunt the rate reached …" names a
  // time or a person, not a place.
  if (PREPOSITION_FIRST.test(name)) return null;
  if (REPORTING.has(next) || name.split(/\s/).some((word) => CALENDAR_WORDS.has(word))) return null;
  if (overlapsName(ctx.facts.hits, nameStart, ctx.token.start) || !namesNoMeasure(ctx, name)) return null;
  return name;
}

/**
 * A capitalised label of one to three words that opens the figure's sentence or list item: "Swimming: 28
 * medals", "**Cargo:** 1.4m tonnes". Bold and list markup may stand around it. A label in lower case is a
 * note's aside ("careful:", "mix:") and one in capitals a speaker ("MARK:"): neither is the figures' subject.
 * A label may open with a number and capitals, a kind of the thing no speaker is called ("5G: 79m units").
 */
const OPENING_LABEL = /^[\s*_"“(>#-]*((?:\p{Lu}\p{Ll}|\d{1,2}\p{Lu}{1,2}\b)[\p{L}’'.&-]*(?:\s+[\p{L}’'.&-]+){0,2})[*_]*\s*:[*_]*\s/u;
/**
 * Labels that say what kind of text follows, not what the figures are of: a note, an update, the whole.
 * Plain English of any subject.
 */
const DISCOURSE_LABELS = new Set(
  ('note notes nb source sources update updated correction context background why what how key bottom line fact facts figure figures ' +
    'headline summary tl;dr q a question answer quote data caveat caveats update total totals overall all combined sum grand ' +
    'result results verdict claim claims check status latest earlier previously before after now then also see').split(' '),
);

/** What may stand between a label and its first figure: markup and a qualifier ("Swimming: about 28"). */
const BEFORE_FIRST_FIGURE = /^[\s*_]*(?:(?:about|around|some|nearly|almost|over|under|just|only|roughly|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?$/i;

/**
 * A figure comes first after the label: a line of data about what the label names ("Swimming: 28
 * medals"), not a remark ("Careful: the agency said …").
 */
export function figureOpensLine(ctx: FigureContext, labelEnd: number): boolean {
  const first = ctx.tokens.find((token) => token.start >= labelEnd);
  // "one" opens remarks as a pronoun more often than data lines as a count ("Careful: one agency line …").
  if (first === undefined || ctx.text.slice(first.start, first.end).toLowerCase() === 'one') return false;
  return BEFORE_FIRST_FIGURE.test(ctx.text.slice(labelEnd, first.start));
}

/** How far into a sentence a label's colon may stand: three words and markup. */
const LABEL_REACH = 60;

/** The label opening the figure's sentence, read once per sentence for all its figures. */
function openingLabel(ctx: FigureContext): { label: string; start: number; end: number } | null {
  const bySentence = (ctx.facts.openingLabels ??= new Map());
  let found = bySentence.get(ctx.sentence);
  if (found === undefined) {
    const head = ctx.text.slice(ctx.sentenceStart, Math.min(ctx.sentenceEnd, ctx.sentenceStart + LABEL_REACH));
    const m = head.includes(':') ? OPENING_LABEL.exec(head) : null;
    found = m ? { label: m[1], start: ctx.sentenceStart + m[0].indexOf(m[1]), end: ctx.sentenceStart + m[0].length } : null;
    bySentence.set(ctx.sentence, found);
  }
  return found;
}

/**
 * A label no dataset knows that opens the figure's sentence ("Swimming: 28 medals, 8 gold" under a
 * country's heading): the figures are the label's, a part of the entity read or something beside it.
 */
function unknownLabel(ctx: FigureContext): string | null {
  const opening = openingLabel(ctx);
  if (!opening || opening.end > ctx.token.start) return null;
  const { label, start: labelStart } = opening;
  if (!figureOpensLine(ctx, opening.end) || overlapsName(ctx.facts.hits, labelStart, labelStart + label.length)) return null;
  const words = label.toLowerCase().split(/\s+/);
  if (words.some((w) => DISCOURSE_LABELS.has(w) || CALENDAR_WORDS.has(w[0].toUpperCase() + w.slice(1)))) return null;
  return namesNoMeasure(ctx, label) ? label : null;
}

/**
 * A capitalised name of one to three words right before the figure, after a comma, a semicolon or the
 * start of its sentence: an item of a list of names and numbers ("Barajas 60.2m, El Prat 49.9m").
 */
const NAME_RIGHT_BEFORE = /(?:^|[,;]\s+)[*_"“(]*((?:\p{Lu}[\p{L}’'.&-]*)(?:\s+\p{Lu}[\p{L}’'.&-]*){0,2})[*_"”)]*:?\s+$/u;
/** How far before the figure such a name may start: three words. */
const NAME_BEFORE_REACH = 48;

/**
 * The name no dataset knows that labels the figure as an item of a list ("…, El Prat 49.9m"): the figure is
 * that name's, not the entity named earlier on the line. One word opening a sentence is capitalised
 * whatever it is ("Births 229,790").
 */
function unknownNameBefore(ctx: FigureContext): string | null {
  const from = Math.max(ctx.sentenceStart, ctx.token.start - NAME_BEFORE_REACH);
  const head = ctx.text.slice(from, ctx.token.start);
  const m = NAME_RIGHT_BEFORE.exec(head);
  if (!m || (from > ctx.sentenceStart && m.index === 0 && !/^[,;]/.test(m[0]))) return null;
  const name = m[1];
  const nameStart = from + m.index + m[0].indexOf(name);
  if (OPENS_SENTENCE.test(ctx.text.slice(ctx.sentenceStart, nameStart)) && !/\s/.test(name)) return null;
  const words = name.split(/\s+/);
  // "No. The 139": a word capitalised for grammar is no part of a name.
  if (words.some((w) => GRAMMAR_CAPITALS.has(w.replace(/\.$/, '')) || CALENDAR_WORDS.has(w)) || overlapsName(ctx.facts.hits, nameStart, ctx.token.start)) return null;
  return namesNoMeasure(ctx, name) ? name : null;
}

/**
 * The label of the figure's table row, when it is capitalised words no dataset knows and no measure's: the
 * row's figures are that label's ("| Sony | $1.014bn | 12.7% |" under a heading that names a body).
 */
function unknownRowLabel(ctx: FigureContext): string | null {
  const cell = ctx.block.cell;
  // A cell that names its own subject ("| Opposition TV | Georgian police run 73,790 of them |") is read so.
  if (!cell || cell.row === 0 || cell.column === 0 || ctx.facts.hits.length > 0) return null;
  const blocks = ctx.reader.doc.blocks;
  const b = ctx.blockIndex - cell.column;
  const first = blocks[b]?.cell;
  if (!first || first.table !== cell.table || first.row !== cell.row || first.column !== 0) return null;
  const label = blocks[b].text.replace(/[*_`]/g, ' ').trim();
  if (!ROW_NAME.test(label) || ctx.reader.blockFacts(b, true).hits.length > 0) return null;
  const words = label.split(/\s+/);
  if (words.some((w) => DISCOURSE_LABELS.has(w.toLowerCase()) || CALENDAR_WORDS.has(w))) return null;
  return namesNoMeasure(ctx, label) ? label : null;
}

/**
 * Capitalised words and nothing else, up to five, with "and" or "of" between two ("Middle East and North
 * Africa"): a name, not a phrase or a number.
 */
const ROW_NAME = /^\p{Lu}[\p{L}’'.&-]*(?:\s+(?:(?:and|of|&)\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}$/u;

/**
 * "the other peaks", "all other members": a kind the sentence sets apart from what was named before it. Not
 * the idioms "in other words", "on the other hand", "among other things", nor "the other years" of a time.
 */
const THE_OTHERS = /\b(?:the|all(?:\s+the)?|every|any)\s+other\s+(?:[\p{Ll}-]+\s+)?(?!(?:words|hands?|things|ways|times|years|months|days|weeks|seasons|quarters)\b)\p{Ll}[\p{Ll}-]*s\b/u;

/**
 * The others of a kind that open the figure's sentence before it, with no known name in it before the
 * figure: the figure is theirs, not that of an entity named in an earlier sentence or a heading.
 */
function theOthers(ctx: FigureContext): string | null {
  const before = ctx.text.slice(ctx.sentenceStart, ctx.token.start);
  // Read for every figure: the pattern only where its word is.
  const m = before.includes('other') ? THE_OTHERS.exec(before) : null;
  if (!m || overlapsName(ctx.facts.hits, ctx.sentenceStart, ctx.token.start)) return null;
  return m[0];
}

export const PLACE_RULES: ReadingRule<string>[] = [
  {
    id: 'place/the-others',
    doc: 'Others of a kind the sentence sets apart from what was named before ("the other peaks", "all other members"), before the figure in a sentence that names nothing the datasets know: the figure is theirs.',
    example: 'Everest costs more. For the other peaks, the fee has gone to [$1,500].',
    read: (ctx) => theOthers(ctx),
  },
  {
    id: 'place/unknown-nearest',
    doc: 'A place no dataset names, introduced by its kind ("the town of", ", a city in …,"), nearer the figure than any named place: the figure is its own.',
    example: 'Zenica, a town in Ruritania, spent [$8.5 million]',
    read(ctx) {
      const mentions = sentencePlaces(ctx);
      if (mentions.length === 0) return null;
      const inClause = ctx.entityHits.some((h) => h.start >= ctx.clauseStart && h.end <= ctx.clauseEnd) || mentions.some((m) => m.nameStart >= ctx.clauseStart && m.nameEnd <= ctx.clauseEnd);
      return inClause ? nearestUnknownPlace(ctx, ctx.clauseStart, ctx.clauseEnd, mentions) : nearestUnknownPlace(ctx, ctx.sentenceStart, ctx.sentenceEnd, mentions);
    },
  },
  {
    id: 'place/unknown-subject',
    doc: "A capitalised name no dataset knows that opens the figure's clause, with no known name between it and the figure, or a group of names that does (\"Acme, Zenith and Bolt together\"): the figure is its own. Not a source that reports (\"Eurostat said\"), nor one capitalised word opening a sentence.",
    example: 'Eindhoven had 6.8 million travellers, and Rotterdam The Hague handled [2.2 million]',
    read: (ctx) => unknownSubject(ctx),
  },
  {
    id: 'place/unknown-label',
    doc: 'A label of words no dataset knows that opens the figure\'s sentence or list item, with a figure first after it: the figures are the label\'s. Not a label that says what kind of text follows ("Note:", "Update:", "Total:").',
    example: '- Swimming: [28] medals, 8 gold',
    read: (ctx) => unknownLabel(ctx),
  },
  {
    id: 'place/unknown-row-label',
    doc: "Capitalised words no dataset knows, and no measure's, labelling the figure's table row: the row's figures are that label's.",
    example: '| Sony | $1.014bn | [12.7%] |',
    read: (ctx) => unknownRowLabel(ctx),
  },
  {
    id: 'place/unknown-name-before',
    doc: 'A capitalised name no dataset knows right before the figure, as an item of a list of names and numbers: the figure is its own. Not one word opening a sentence, which is capitalised whatever it is.',
    example: 'Barajas 60.2m, El Prat [49.9m]',
    read: (ctx) => unknownNameBefore(ctx),
  },
];
