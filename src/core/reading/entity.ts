// The entity a figure is about: a country, region, city or body of the catalogue. The nearest name in the
// figure's clause wins, then in its sentence, then earlier in its paragraph, then in the blocks that give
// it context, nearest first.
import type { NameHit } from '../names';
import { sentenceAt } from '../sentences';
import { isYearToken } from '../notClaims';
import { containsWholeName, textAfter, textBefore } from '../regex';
import { isSuperlativeInEst } from '../superlatives';
import type { FigureContext } from './context';
import type { ReadingRule } from './rule';
import { backTo, distanceToFigure, opensAJoinedClause, inAside, type Aside, inItsSentencesAside, namesALaterFigure, namesNextFigure, PLACE_AFTER_FIGURE, PLACE_RIGHT_AFTER_FIGURE, sentenceEndOf } from './context';
import { figureOpensLine } from './place';
import { inDateline, isByline, namesAMember, namesPartysOrigin, opensAPart, POSSESSIVE_END, seatOfABody } from './document';
import { REPORTING_VERB, REPORTS_AFTER } from './reporting';
import { isShareUnit } from '../types';

/** The rule that reads a figure in a passage that names no one as the world's (claims.ts implicitWorld). */
export const IMPLICIT_WORLD = 'entity/implicit-world';
/** The rule that carries a name from a heading above a nearer heading that names no one. */
export const OUTER_HEADING = 'entity/outer-heading';
/** The rule that carries the one country the piece's opening names to a figure nothing nearer names anyone for. */
export const LEDE = 'entity/lede';

/** ", with" and the words that may stand between it and its figure: ", with an estimated", ", with some". */
const WITH_PHRASE_BEFORE = /,\s+with\s+(?:(?:an?|the|estimated|reported|record|total\s+of|some|about|around|roughly|nearly|almost|more\s+than|over|just\s+(?:under|over))\s+){0,3}$/i;
const WITH_PHRASE_REACH = 48;
/**
 * A pronoun the main clause's verb takes as its object ("Inpe ranks it sixth"): the phrase may describe that. Not
 * a pronoun that opens a clause of its own ("and it is also the leader"): a conjunction before, a verb after.
 */
const OBJECT_PRONOUN = /\s(?!(?:and|but|so|as|that|if|when|while|because)\s)[a-z]+\s(?:it|them)\s(?!(?:is|was|has|had|are|were|will|would|can|could|also|still)\b)/;
/** Nothing but markup and an article before a sentence's first name: the sentence opens with it. */
const OPENS_WITH_NAME = /^[\s*_"“]*(?:the\s+)?$/i;

/** How many blocks back a paragraph with no name of its own looks for the last one named. */
const PRECEDING_BLOCKS = 4;

/** The hit nearest the figure (distanceToFigure). */
function nearest(ctx: FigureContext, hits: NameHit[]): NameHit {
  let best = hits[0];
  let bestDistance = Infinity;
  for (const h of hits) {
    const distance = distanceToFigure(ctx, h.start, h.end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = h;
    }
  }
  return best;
}

/** Two places joined by a dash name a route or a link between them, not the subject: "the Budapest–Belgrade line". */
function inRoute(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  return hits.some((other) => other !== hit && other.kind === 'entity' && (isRouteDash(text, hit.end, other.start) || isRouteDash(text, other.end, hit.start)));
}

const ROUTE_DASH = /^\s?[-–—]\s?$/;

/** A dash, with at most a space either side, fills the gap: one to three characters, so longer gaps are not read. */
function isRouteDash(text: string, from: number, to: number): boolean {
  const gap = to - from;
  return gap >= 1 && gap <= 3 && ROUTE_DASH.test(text.slice(from, to));
}

/**
 * Names in the figure's sentence, without one listed among places the catalogue does not know or in a
 * route. Several rules ask for them, for each figure of the sentence: they are worked out once per
 * sentence, again only when a typo found since has added a name to the block.
 */
/** The name stands in a parenthesis after the figure that also holds the next figure. */
function inAsideWithNextFigure(ctx: FigureContext, hit: NameHit): boolean {
  const { text, token, nextStart } = ctx;
  const open = text.lastIndexOf('(', hit.start);
  if (open < token.end || text.lastIndexOf(')', hit.start) > open) return false;
  const close = text.indexOf(')', hit.end);
  return close > 0 && nextStart > open && nextStart < close;
}

/** "The index, …", "The bank said": a sentence that opens with a definite noun, the word after "The". */
const DEFINITE_OPENING = /^[\s*_"“]*the\s+(\p{Ll}[\p{Ll}-]*)\b/iu;

/** "the country's", "the city" in a clause: a kind word that may stand for a name ("the state" is as often the government). */
const KIND_WORD_IN_CLAUSE = /\bthe\s+(country|nation|city|province|region|county|territory)(?:['’]s)?\b/gi;

/** The name a "the country's" of the figure's clause stands for, with no name between it and the figure. */
function kindWordInClause(ctx: FigureContext): string | null {
  const stretch = ctx.text.slice(ctx.clauseStart, ctx.token.start);
  let last: RegExpExecArray | null = null;
  KIND_WORD_IN_CLAUSE.lastIndex = 0;
  for (let m = KIND_WORD_IN_CLAUSE.exec(stretch); m; m = KIND_WORD_IN_CLAUSE.exec(stretch)) last = m;
  if (!last) return null;
  const phraseStart = ctx.clauseStart + last.index;
  if (ctx.entityHits.some((h) => h.start >= phraseStart && h.end <= ctx.token.start)) return null;
  // Only the name its sentence opens with, its subject, is surely the one meant: the last of the kind named
  // may be a donor's or a route's ("… through Spain. … a third of the country's 6.5 million users").
  const subject = ctx.entityHits.find((h) => h.start >= ctx.sentenceStart && h.end <= phraseStart && !inAside(ctx.asides, h.start, h.end));
  const kind = KIND_WORDS[last[1].toLowerCase()];
  if (subject) return ctx.index.entity(subject.id)?.kind === kind ? subject.id : null;
  // Only a possessive owns the figure's measure ("the country's available generation"); "from across the
  // region" may be where a source looked.
  return POSSESSIVE_END.test(last[0]) || !PREPOSITION_BEFORE_A_KIND.test(stretch.slice(0, last.index)) ? onlyOneOfTheKindBefore(ctx, kind) : null;
}

/** A preposition right before a kind word: "from across the region" says where, not whose. */
const PREPOSITION_BEFORE_A_KIND = /\b(?:in|of|from|across|to|into|for|at|on|by|with|within|throughout|around|outside|inside|beyond|than|about|over|through|like)\s+$/i;

/**
 * With no name in its sentence, "the country" stands for the one country the text right before names: its
 * block's earlier sentences and the blocks before, back to a part's heading ("Zambian households … Lake
 * Kariba …. … the country's available generation had averaged 890 megawatts"). Two countries there, and it
 * may mean either.
 */
function onlyOneOfTheKindBefore(ctx: FigureContext, kind: string | undefined): string | null {
  if (kind === undefined) return null;
  const ids = new Set<string>();
  const ofTheKind = (id: string): boolean => ctx.index.entity(id)?.kind === kind;
  for (const h of ctx.entityHits) if (h.end <= ctx.sentenceStart && ofTheKind(h.id)) ids.add(h.id);
  const blocks = ctx.reader.doc.blocks;
  // A heading that opens a part of the document continues nothing before it.
  const from = opensAPart(ctx.block) ? -1 : ctx.blockIndex - 1;
  for (let b = from, seen = 0; b >= 0 && seen < PRECEDING_BLOCKS; b--, seen++) {
    for (const h of ctx.reader.blockFacts(b, true).hits) if (h.kind === 'entity' && ofTheKind(h.id)) ids.add(h.id);
    if (opensAPart(blocks[b])) break;
  }
  return ids.size === 1 ? [...ids][0] : null;
}

/** Words for a kind of entity that stand for the last one of that kind named: "The country launched 17 times". */
const KIND_WORDS: Readonly<Record<string, 'country' | 'city' | 'region'>> = {
  country: 'country',
  nation: 'country',
  city: 'city',
  province: 'region',
  region: 'region',
  state: 'region',
  county: 'region',
  territory: 'region',
};

/** The entity's name or one of its aliases ends with the word: "index" for "FAO Food Price Index". */
function nameEndsWith(ctx: FigureContext, id: string, word: string): boolean {
  const entity = ctx.index.entity(id);
  if (!entity) return false;
  return [entity.name, ...(entity.aliases ?? [])].some((name) => name.split(/\s+/).length > 1 && name.toLowerCase().endsWith(` ${word}`));
}

/**
 * A phrase after the figure that gives where a part of it is ("582 million people, half of them in Africa",
 * "…, most of which in Ruritania") or lists some of it ("Six … ended in failure, including both flights of a
 * rocket built by a Japanese start-up"): the name says where the part is, not whose the whole figure is.
 */
const PART_OF_THEM_BEFORE = /^[^.;:!?]*,\s+(?:(?:[\p{L}\d%-]+\s+){1,3}of\s+(?:them|these|those|which|whom)\s+(?:[\p{L}-]+\s+){0,2}?(?:in|from|at)\s+(?:the\s+)?$|(?:including|among\s+them)\s[^.;:!?]*$)/iu;

function placeOfAPartAfter(ctx: FigureContext, hit: NameHit): boolean {
  return hit.start > ctx.token.end && PART_OF_THEM_BEFORE.test(ctx.text.slice(ctx.token.end, hit.start));
}

/** "Bhiwadi, not Delhi, was at 92.7": a name the sentence says the figure is not of. */
const NOT_BEFORE = /(?:^|[,;(—–]\s*)(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$/i;

function deniedSubject(ctx: FigureContext, hit: NameHit): boolean {
  return NOT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, hit.start - COMPARED_REACH), hit.start));
}

/**
 * ", where" and the words of its clause up to the figure, with no clause break: the figure is in a relative
 * clause about the place named right before the comma.
 */
const WHERE_CLAUSE_TO_FIGURE = /,\s*where\s+[^,;:()—–]{0,60}$/i;
const ONLY_SPACE = /^\s*$/;

/** Words that name a cause: "because of", "thanks to", "on the back of", "driven by", "helped by", "hit by". */
const CAUSE_WORDS = '(?:because\\s+of|due\\s+to|thanks\\s+to|owing\\s+to|on\\s+the\\s+back\\s+of|(?:driven|fuell?ed|helped|boosted|buoyed|hit|hurt|held\\s+back|dragged\\s+down|weighed\\s+down)\\s+by)';
/** Words that name a cause right before a name: "up 22.5%, largely because of Ruritania", "driven by Utopia". */
const CAUSE_BEFORE = new RegExp(`\\b${CAUSE_WORDS}\\s+(?:the\\s+)?$`, 'i');

/**
 * A phrase of cause opened after the figure, the name further on in it: "68.9 million shipped, helped by
 * subsidies in Ruritania and promotions in Utopia".
 */
const CAUSE_PHRASE_BETWEEN = new RegExp(`,\\s*(?:\\p{L}+\\s+)?${CAUSE_WORDS}\\s`, 'iu');

/** The name is why something moved, not whose figure it is. */
function namesACause(text: string, hit: NameHit): boolean {
  return CAUSE_BEFORE.test(textBefore(text, hit, 28));
}

/**
 * An absolute phrase that names what drove a change: ", with Utopia Botanicals leading the way", ", with
 * Ruritania driving the rise". The name leads; it does not own the figure before it.
 */
const WITH_BEFORE_A_NAME = /,\s*with\s+(?:the\s+)?$/i;
const LEADING_AFTER_A_NAME = /^(?:\s+\p{Lu}[\p{L}'’-]*)*(?:['’]s)?\s+(?:leading|driving|powering|spearheading)\b/u;
const WITH_REACH = 12;
const LEADING_REACH = 60;

function leadsTheWay(text: string, hit: NameHit): boolean {
  return WITH_BEFORE_A_NAME.test(textBefore(text, hit, WITH_REACH)) && LEADING_AFTER_A_NAME.test(textAfter(text, hit, LEADING_REACH));
}

/** A comma, semicolon or dash that ends a phrase: not one that opens a relative clause on the name ("Utopia, where …"). */
const CLAUSE_BREAK = /[;—–]|,(?!\s*(?:where|which|whose|who|whom|when|in\s+which)\b)/;

/** "followed by" or ", then" right before a name, after the figure: the next in a ranking. */
const FOLLOWED_BY_BEFORE = /(?:\bfollowed\s+(?:closely\s+)?by|,\s*(?:and\s+)?then(?:\s+(?:comes|came))?)\s+(?:the\s+)?$/;
const FOLLOWED_BY_REACH = 30;

/** The names of the figure's sentence that may be its own: several rules ask, so the answer is kept on the figure. */
function sentenceNames(ctx: FigureContext): NameHit[] {
  const kept = ctx.ownNames;
  if (kept !== undefined && kept.hits === ctx.facts.hits.length) return kept.names;
  const names = readSentenceNames(ctx);
  ctx.ownNames = { names, hits: ctx.facts.hits.length };
  return names;
}

function readSentenceNames(ctx: FigureContext): NameHit[] {
  const { entityHits, sentenceStart, sentenceEnd, text, facts, reader } = ctx;
  const bySentence = (facts.sentenceNames ??= new Map());
  let known = bySentence.get(ctx.sentence);
  if (!known || known.hits !== facts.hits.length) {
    // A body reporting the figures ("PAHO said … across the Americas") is not among them: the reader's
    // names leave out sources (DocumentReader.sourceOnly).
    const names = entityHits.filter((h) => h.start >= sentenceStart && h.end <= sentenceEnd && !reader.listed(text, h, facts.hits) && !inRoute(text, h, entityHits));
    // Attributions set off by commas (", the US embassy in Abuja said,") are the sentence's, read once for all its figures.
    const attributions = attributionClauses(ctx);
    const namedOutside = attributions.length > 0 && names.some((o: NameHit) => !inAside(attributions, o.start, o.end));
    bySentence.set(ctx.sentence, (known = { names, hits: facts.hits.length, sourceClauses: namedOutside ? attributions : NO_ATTRIBUTIONS }));
  }
  // The names in an aside that does not hold the figure are not its own, nor a group that something is
  // ranked in ("Ruritania had the union's lowest share"), unless the sentence names no other: "“We paid
  // $32m …” (a Sofia councillor)", "Serbia's largest mill".
  // A rank's group is its entity: "Acme, Ruritania's [second]-largest widget maker".
  const rank = ctx.token.unit === 'rank';
  const listed = (h: NameHit): boolean => reader.inLongList(text, h, facts.hits);
  const reporters = reportingBodies(ctx, known.names);
  const attributions = known.sourceClauses;
  // A cause named after the figure ("up 22.5%, largely because of Ruritania", "…, helped by subsidies in Utopia")
  // is why it moved, whatever else the sentence names. One named before it may own it: "driven by Ruritania's
  // 373.6 GW", "because of Utopia, where they dropped 27.4%".
  const causeAfterTheFigure = (h: NameHit): boolean => h.start > ctx.token.end && (namesACause(text, h) || leadsTheWay(text, h) || CAUSE_PHRASE_BETWEEN.test(text.slice(ctx.token.end, h.start)));
  // A cause named before the figure whose phrase a comma has closed ("up 16% thanks to Utopia Botanicals,
  // followed by puzzles, up 10%") was why the figure before moved: it is no subject of this one.
  const causeOfAnEarlierFigure = (h: NameHit): boolean => h.end <= ctx.token.start && namesACause(text, h) && CLAUSE_BREAK.test(text.slice(h.end, ctx.token.start));
  const own = known.names.filter((h: NameHit) => {
    // A name at an aside's end that a relative clause joins to the figure is kept (see entity/clause).
    if (ctx.asides.length > 0 && inAside(ctx.asides, h.start, h.end) && !attachedToFigure(ctx, h)) return false;
    // "Acme's worldwide sales": the world's name after a possessive says where the possessor sells, not whose.
    if (worldOfAPossessor(ctx, h, known.names)) return false;
    // A name in an attribution set off by commas (", the US embassy in Abuja said,") is the figure's source,
    // when the sentence names anyone outside it (sourceClauses is empty otherwise).
    if (attributions.length > 0 && inAside(attributions, h.start, h.end)) return false;
    // A body that owns no fact and reports the figures (", the World Bank said", "according to the Bank of
    // Guatemala (Banguat)") is their source when the sentence names anyone else, even a body with a country;
    // one written with its country's name ("Hungary's agriculture ministry says imports … reached 2.5
    // million tonnes") speaks for that country, as the country would.
    if (reporters.has(h.id) && !writtenWithItsCountry(ctx, h) && (known.names.some((o: NameHit) => !reporters.has(o.id)) || !reportsOnAnEarlierSubject(ctx, h))) return false;
    // A list of three or more names after the figure ("2,379 vessels left the ports of Odesa, Chornomorsk
    // and Pivdennyi") is where it happened, not what it is about. Before it, the list's figure is the
    // members' together ("Ruritania, Utopia, Bolt and Acme, together shipping 88%"), or each one's: no
    // single member's. The figure is then of what the text around it is about.
    if (listed(h)) return false;
    if (compilesTheRanking(ctx, h)) return false;
    if (placeOfAPartAfter(ctx, h) || deniedSubject(ctx, h)) return false;
    if (inAsideWithNextFigure(ctx, h)) return false;
    if (inLeadingSubordinate(ctx, h)) return false;
    // "Ruritanian yards won nearly 70% of the world's new orders, 74% of …": the whole a share is of is not whose
    // the shares are when a place stands before it and the figure. (A body before it may only report it: "the
    // ICPC reckons … cables carry more than 99% of the world's data traffic".)
    if (ctx.token.unit === 'percent' && wholeOfAShare(text, h, true) && placeNamedBefore(ctx, h, known.names)) return false;
    if (causeAfterTheFigure(h) || causeOfAnEarlierFigure(h)) return false;
    if (inALaterFiguresPhrase(ctx, h)) return false;
    // The next in a ranking ("Cyprus had the most, at [226%], followed by France, whose …") has a figure of its own.
    if (h.start > ctx.token.end && FOLLOWED_BY_BEFORE.test(text.slice(Math.max(ctx.token.end, h.start - FOLLOWED_BY_REACH), h.start))) return false;
    const role = roleOf(ctx, h);
    if (role.pathEnd || role.counterpart) return false;
    if (provenanceBesideAnother(ctx, h) || describesTheNameBefore(ctx, h)) return false;
    return (rank || !(role.ranks || worldRankedIn(ctx, h))) && !(role.compared && !attachedToFigure(ctx, h)) && !role.origin;
  });
  // A name in a parenthesis that holds a figure of its own ("reading -19 (OECD avg down nearly 10)") is that figure's.
  // A company's origin ("the South Korean company") is never the figure's place.
  // A group the figure is ranked in after it ("€551 – still the lowest in the EU") is no subject even then.
  // Nor, before it, is the world as a group ranked in ("It was fourth in the world, with 1,080 of them"):
  // every place is in the world, so the world's name says nothing of whose the figure is.
  const rankedInAfter = (h: NameHit): boolean => !rank && (h.start > ctx.token.end ? roleOf(ctx, h).ranks : worldRankedIn(ctx, h));
  // Nor is a name the figure is only compared with ("Revenue climbed 18% – the same figure as Maersk's"),
  // unless it stands right before the figure.
  // (The whole a share is of, "47% of EU power", is the figure's when the sentence names no other.)
  const comparedOnly = (h: NameHit): boolean => comparedInWords(ctx.text, h) && !attachedToFigure(ctx, h);
  // Nor is a body that owns no fact and reports it ("Taken together, the NSIDC says, the trend …"): the
  // figure is about what the text before was about.
  // Nor, where the clause points back ("have burned there", "It …"), is the whole a later share is of
  // ("400,000 hectares have burned there, nearly 40 percent of the EU total"): the figure is of what was
  // named before. (A share's own whole before it, "Their share of the German market … 16.5%", stays its subject.)
  const pointsBack = own.length === 0 && (ctx.refersBack || THERE.test(ctx.text.slice(ctx.clauseStart, ctx.clauseEnd)));
  const candidates: NameHit[] = own.length > 0 ? own : known.names.filter((h: NameHit) => !(reporters.has(h.id) && !reportsOnAnEarlierSubject(ctx, h)) && !inAsideWithNextFigure(ctx, h) && !roleOf(ctx, h).origin && !listed(h) && !compilesTheRanking(ctx, h) && !rankedInAfter(h) && !placeOfAPartAfter(ctx, h) && !deniedSubject(ctx, h) && !comparedOnly(h) && !inLeadingSubordinate(ctx, h) && !(pointsBack && h.start > ctx.token.end && wholeOfAShare(ctx.text, h, true)) && !causeAfterTheFigure(h) && !causeOfAnEarlierFigure(h) && !inALaterFiguresPhrase(ctx, h));
  // A name right before a figure past the next one is that figure's, even where the sentence names no other.
  const names = candidates.filter((h) => !namesALaterFigure(ctx, h));
  // A name nearer the next figure is that figure's, unless the sentence names no other: in "Ruritania
  // managed [5.1%] and Utopia 19.5%" Utopia's figure is 19.5%; in "With [189,452] units, Ruritania
  // ranked fourth" Ruritania has both.
  if (!names.some((h) => namesNextFigure(ctx, h))) return names;
  const figuresOwn = names.filter((h) => !namesNextFigure(ctx, h));
  // A name in a phrase that ", with" opens after the figure, right before that phrase's own figure, is
  // never this one's ("at 28%, the highest since 1901, with duties on Utopian goods as high as 145%"), nor is
  // one that opens a clause a joining word adds (opensAJoinedClause).
  return figuresOwn.length > 0 ? figuresOwn : names.filter((h) => !(namesNextFigure(ctx, h) && (WITH_PHRASE_BETWEEN.test(ctx.text.slice(ctx.token.end, h.start)) || opensAJoinedClause(ctx, h))));
}

/**
 * A phrase that ", with", "while" or a semicolon opens after the figure, past a later figure, is that
 * figure's: "… planned for 584 calls and some 195,000 visitors, with 436 of those calls made by ships bound
 * for Utopia" names no place of the 584.
 */
const LATER_PHRASE_OPENS = /,\s+(?:with|while|whereas)\s|;/;

function inALaterFiguresPhrase(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.start < ctx.nextStart) return false;
  // The phrase opens past the next figure: one that opens before it may hold this figure's own words.
  return LATER_PHRASE_OPENS.test(ctx.text.slice(ctx.nextStart, hit.start));
}

/** ", with" between the figure and a name after it. */
const WITH_PHRASE_BETWEEN = /,\s+with\s/i;

/** An ordinal, then "in" or "of": "fourth in the ", "12th of the ". */
const ORDINAL_IN_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\s+(?:in|of)\s+(?:the\s+)?$/i;
/** How far before the world's name its ordinal may stand: "seventeenth in the ". */
const ORDINAL_REACH = 24;

/** The world's name as the group a rank is in: "fourth in the world", "the world's largest". */
function worldRankedIn(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.id !== ctx.index.worldEntity()) return false;
  return ORDINAL_IN_BEFORE.test(textBefore(ctx.text, hit, ORDINAL_REACH)) || roleOf(ctx, hit).ranks;
}

/** A possessive ending, then white space: "Acme's ", "the makers' ". */
const POSSESSIVE_GAP = /^['’]s?\s+$/;

/** The world's name right after another name in the possessive: "Acme's worldwide sales", "Ruritania's global exports". */
function worldOfAPossessor(ctx: FigureContext, hit: NameHit, names: readonly NameHit[]): boolean {
  if (hit.id !== ctx.index.worldEntity()) return false;
  return names.some((g) => g !== hit && g.end <= hit.start && hit.start - g.end <= 3 && (POSSESSIVE_GAP.test(ctx.text.slice(g.end, hit.start)) || (POSSESSIVE_END.test(ctx.text.slice(g.start, g.end)) && /^\s+$/.test(ctx.text.slice(g.end, hit.start)))));
}

/**
 * An attribution set off by commas and closed by its verb: ", the US embassy in Abuja said," or ", the
 * ministry reported." (inverted, as news writes it), with no figure in it.
 */
const ATTRIBUTION_CLAUSE = new RegExp(`,\\s*((?:the|a|an)\\s+[^,;:.!?\\d]{1,50}?\\s${REPORTING_VERB})(?=\\s*[,.;]|\\s*$)`, 'g');
/** A cheap first look: the sentence holds a verb of attribution at all. */
const ATTRIBUTION_VERB_ANYWHERE = new RegExp(`\\b${REPORTING_VERB}\\b`);

function attributionClauses(ctx: FigureContext): readonly Aside[] {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  if (!ATTRIBUTION_VERB_ANYWHERE.test(sentence)) return NO_ATTRIBUTIONS;
  const clauses: Aside[] = [];
  for (const m of sentence.matchAll(ATTRIBUTION_CLAUSE)) {
    const start = ctx.sentenceStart + m.index! + m[0].length - m[1]!.length;
    clauses.push({ start, end: ctx.sentenceStart + m.index! + m[0].length });
  }
  return clauses;
}
const NO_ATTRIBUTIONS: readonly Aside[] = [];

/**
 * "its deliveries", "their share", "numbers there", "That was 24% up": the sentence speaks of the one
 * thing named before it, not of its country.
 */
const POSSESSIVE_PRONOUN = /\b(?:its|their|there)\b|^[\s*_"“]*(?:this|that|these|those)\s/i;
/** "its" or "their": what a clause says belongs to a subject named before. */
const POSSESSIVE_PRONOUN_WORD = /\b(?:its|their)\b/i;
/**
 * Words that make a name what something is compared with, not what the sentence is about: "than
 * Ruritania", "by the standards of Ruritania", "ahead of Ruritania", "overtaking Ruritania", "replaced
 * Ruritania", "level with Ruritania", "twice the size of Ruritania", "as large as Ruritania", "the same figure as
 * Ruritania's", "< Ruritania", "roughly what Ruritania uses", "trails Ruritania", "more than four times that of Ruritania", "far below the bill
 * for Ruritania", "far less than in Ruritania" (a preposition only after "than", "like", "unlike": "displaced in
 * Ruritania" is where people fled, no comparison).
 * Not "to" or "from": where money or goods go or come from is often the figure's own place.
 */
const COMPARED_WITH_BEFORE =
  /(?:\b(?:than|like|unlike)\s+(?:in|at|for|on)\s+(?:the\s+)?|\b(?:than|like|unlike|versus|vs\.?|compared\s+(?:with|to)|against|behind|ahead\s+of|above|below|(?:second(?:\s+only)?|next)\s+to|standards\s+of|as\s+(?:(?:it|they)\s+(?:does|do|did)\s+)?in|such\s+as|outpac(?:es|ed|ing)|trail(?:s|ed|ing)?|match(?:es|ed|ing)?|overtak(?:e|es|ing)|overtook|surpass(?:es|ed|ing)?|beat(?:s|ing)?|outs(?:old|ells?|elling)|edging\s+out|replac(?:ed|ing)|displac(?:ed|ing)|unseat(?:ed|ing)|dethron(?:ed|ing)|(?:level|tied|equal|even)\s+with|(?:size|area)\s+of|as\s+(?:big|large|much|many|high|low)\s+as|same\s+(?:[a-z-]+\s+){0,2}as|outside(?:\s+mainland)?|excluding|except|(?:roughly|about|around|nearly|almost|more\s+than|less\s+than|twice|half|equal\s+to)\s+what|twice|double|triple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\s+(?:(?:the|an?)\s+)?(?:(?:[a-z-]+\s+times\s+)?(?:that|those)\s+of\s+(?:the\s+)?|[a-z-]+\s+(?:of|for)\s+(?:the\s+)?)?|[<>≤≥]\s*)$/i;
/**
 * "Acme's share of the Ruritanian market", "17% of the EU total", "nearly half of the world's mangoes", "37% of everything the world spends": a name
 * in the whole a share is of, used as an adjective or as the subject of a clause that says what the whole is.
 */
const SHARE_OF_BEFORE = /(?:\b(?:share|proportion|percentage|portion|half|thirds?|quarters?|fifths?|tenths?)|%|\bper\s?cent|\bpercent)\s+of\s+(?:(?:everything|what)\s+)?(?:the\s+)?$/i;
/** A noun after the name: "EU imports". */
const NOUN_AFTER = /^\s+\p{Ll}/u;
/** The same, the name perhaps a possessive: "the world's new orders". */
const NOUN_AFTER_A_POSSESSIVE = /^(?:['’]s)?\s+\p{Ll}/u;
const COMPARED_REACH = 24;

/** How far NOUN_AFTER reads: a possessive's "'s", a space and a letter. */
const NOUN_AFTER_REACH = 4;
const LIST_JOIN = /^\s*(?:,|and|or|&)\s*(?:the\s+)?$/;

/**
 * The name is compared with, or listed right after one that is ("than France or Italy"), or names the
 * whole a share is of ("Acme's share of the Ruritanian market"): not what the figure is about.
 */
/**
 * ", while", ", whereas", ", but", ", even as", ", although": a contrast opens a clause about something else; ", as" or
 * ", because" one of reason or time ("…, as sales of its chips to Nvidia outpaced …"), ", when" one about a
 * time; ", and a …" or ", and the …" one with a subject of its own ("259 times last year, and a single
 * American company flew more").
 */
/** What may not follow "as" that opens a clause of reason or time: "as well as", "as much as", "as did Utopia". */
const NO_CLAUSE_AFTER_AS = String.raw`(?!(?:well|much|many|far|high|low|of|part|a|an|did|does|do|had|has|have|was|were|is|are)\b)`;
const CONTRAST = new RegExp(String.raw`,\s*(?:while|whereas|but|when|even\s+(?:as|though|if)|although|though|because|as\s+${NO_CLAUSE_AFTER_AS}|and\s+(?:a|an|the|one)\s)\s*`);

/** A parenthesis that opens on a figure right after a name: "Croatia (2.4%)". */
const OWN_FIGURE_IN_PARENTHESIS = /^\s*\(\s*[-+−]?[$€£¥]?\d/;
/** "for", "at" or "on" and a figure right after a name: "Africa for 7%", "Peru at 3%". */
const OWN_FIGURE_FOR = /^\s+(?:for|at|on)\s+[-+−]?[$€£¥]?\d/;
/** "And" right before a name, after a comma or not: ", and Asia …", "rose to 19% and the UK dropped …". */
const AND_BEFORE = /(?:,\s*|\s)and\s+(?:the\s+)?$/;
/** ", with Germany taking …": a name that opens a clause of its own after "with" is that clause's subject. */
const WITH_BEFORE = /,\s*with\s+(?:the\s+)?$/;
const VERB_ING_AFTER = /^\s+\p{Ll}+ing\b/u;
/** A figure of the name's own right after it, its verb left out: ", with India up 8.2%", ", with Utopia at 12%". */
const OWN_FIGURE_AFTER = /^['’]?s?\s+(?:(?:up|down|at|on)\s+)?(?:(?:about|around|nearly|almost|some)\s+)?[-+−$€£¥]?\d/;
/** ", with Utopia again the largest buyer at 97.3 million": a few words, then "at" and the name's own figure. */
const OWN_FIGURE_AT_AFTER = /^\s+(?:[\p{L}-]+\s+){1,5}?(?:at|on|with)\s+(?:(?:about|around|nearly|almost|some)\s+)?[-+−$€£¥]?\d/u;

/**
 * A word that opens a clause of time, place or cause, right before a name or a word that qualifies it: "before
 * Moscow walked out", "because mainland Ruritania reopened", "and where Acme sells".
 */
const SUBORDINATORS = ['before', 'after', 'until', 'once', 'because', 'since', 'as', 'when', 'where', 'while', 'whereas', 'although', 'though'];
// Any case for the word that opens the clause ("Before Moscow walked out, …"); a qualifying word only in
// lower case, so that no name is taken for one.
const SUBORDINATOR = `(?:${SUBORDINATORS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})`;
const SUBORDINATOR_BEFORE = new RegExp(`\\b${SUBORDINATOR}\\s+(?:[Tt]he\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+)?$`, 'u');
/** How far before a name the word opening its clause may stand. */
const SUBORDINATOR_REACH = 32;
/**
 * A verb of the name's own right after it: "walked", "took", "has", "was", "pulls" (a possessive may come
 * first). A word in "-ss" ("Ruritania Press") is no verb.
 */
const FINITE_VERB_AFTER = /^(?:['’]s?)?\s+(?:\p{Ll}+ed|\p{Ll}{2,}[^s\W]s|was|were|is|are|had|has|have|did|does|do|will|would|could|can|may|might|said|says|took|takes|made|makes|won|wins|left|leaves|got|gets)\b/u;

/** The name is the subject of a clause of time or cause ("before Moscow walked out"), not of the sentence. */
function subjectOfSubordinate(text: string, hit: NameHit): boolean {
  if (!SUBORDINATOR_BEFORE.test(textBefore(text, hit, SUBORDINATOR_REACH))) return false;
  const after = textAfter(text, hit, 32);
  // The name may be an adjective of the clause's subject ("before the US election knocked them back"), or a
  // person's first name ("when Jordan Spieth won").
  return FINITE_VERB_AFTER.test(after) || FINITE_VERB_AFTER.test(after.replace(NOUN_FIRST, '')) || FINITE_VERB_AFTER.test(after.replace(SURNAME_FIRST, ''));
}
/**
 * A clause of time or cause that opens the sentence, up to its comma, after list marks or a label ("- **May:**
 * after the truce cut the Utopia rate to 30%, the estimate fell to …"): its names are not the main clause's.
 */
const LEADING_SUBORDINATE = new RegExp(`^[\\s*_"“>#-]*(?:[^:,;.]{1,30}:[\\s*_]*)?${SUBORDINATOR}\\s(?:[^,;:]|,(?=\\S))*,(?=\\s)`, 'u');

/** Where each sentence's opening clause of time or cause ends (its comma), by the block's facts; -1 for none. */
const leadingSubordinateEnds = new WeakMap<object, Map<number, number>>();

/** The end of the clause of time or cause that opens the figure's sentence, read once per sentence; -1 for none. */
function leadingSubordinateEnd(ctx: FigureContext): number {
  let ends = leadingSubordinateEnds.get(ctx.facts);
  if (!ends) leadingSubordinateEnds.set(ctx.facts, (ends = new Map()));
  let end = ends.get(ctx.sentenceStart);
  if (end === undefined) {
    const m = LEADING_SUBORDINATE.exec(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd));
    ends.set(ctx.sentenceStart, (end = m ? ctx.sentenceStart + m[0].length : -1));
  }
  return end;
}

/** The name stands in the clause of time or cause that opens its sentence (claims.ts's currency-home asks). */
export function namedInALeadingClause(ctx: FigureContext, hit: NameHit): boolean {
  return hit.end <= leadingSubordinateEnd(ctx);
}

function inLeadingSubordinate(ctx: FigureContext, hit: NameHit): boolean {
  const comma = leadingSubordinateEnd(ctx);
  if (comma < 0) return false;
  // A phrase that goes on with the clause ("…, with another 6,350 MW under construction") is still its, and
  // so is a main clause that a pronoun opens.
  return hit.end <= comma && ctx.token.start > comma && !CLAUSE_GOES_ON.test(ctx.text.slice(comma, ctx.token.start));
}
/**
 * Words after a comma that continue the clause before it, or a pronoun that takes up its name ("When the
 * Bank of Ruritania raised its rate, it cut …", "When the first prizes were handed out, each was worth …").
 */
const CLAUSE_GOES_ON = /^\s*(?:with|and|including|plus|of\s+which|or|it|its|they|their|he|she|his|her|each)\b/i;

/**
 * A phrase after the figure that names a part of it or its cause ("…, of which Bolt Air contributed €1,431m",
 * "77 deaths, 72 of them Utopian", "…, mostly because of a write-down on Zenith", "…, with almost €11bn of it
 * from Acme"): its names are the part's or the cause's, not the figure's.
 */
/** Words that open a cause after a comma: "mostly because of", "thanks to", "helped by", "driven by". */
const CAUSE_OPENS = `(?:(?:mostly|largely|partly|mainly)\\s+)?${CAUSE_WORDS}`;
const PART_OR_CAUSE_BETWEEN = new RegExp(`,\\s+(?:of\\s+which|(?:(?:about|around|some|nearly|almost|over|more\\s+than)\\s+)?[\\d.,]*\\d%?\\s+of\\s+(?:them|which|whom|those|these)|${CAUSE_OPENS}|with\\s+(?:[^,;.]{0,30}\\s)?of\\s+it\\s+from)\\b[^,;]*$`, 'i');
/** A cause opens before a name, in the name's stretch of its sentence: ", helped by orders that moved out of [Utopia]". */
const CAUSE_BEFORE_NAME = new RegExp(`,\\s+${CAUSE_OPENS}\\b[^,;.!?]*$`, 'i');
/** How far before a name the words of its cause are looked for. */
const CAUSE_REACH = 80;

/** The name is in a cause its sentence gives ("…, helped by orders that moved out of Utopia"): no subject of a later sentence. */
function namedInACause(text: string, hit: NameHit): boolean {
  return CAUSE_BEFORE_NAME.test(textBefore(text, hit, CAUSE_REACH));
}

/**
 * A body named after the figure as who said or reported it (", the Acme Association said on Tuesday") is
 * the figure's source, not its subject.
 */
function speaksAfterTheFigure(ctx: FigureContext, hit: NameHit): boolean {
  return hit.start > ctx.token.end && ctx.index.entity(hit.id)?.kind === 'body' && REPORTS_AFTER.test(textAfter(ctx.text, hit, REPORT_VERB_REACH));
}
/**
 * A second predicate of saying after the figure, whose subject is a pronoun before it ("At the time it estimated
 * arabica at [39.59 million] bags and said production in Minas Gerais had fallen"): what was said is a clause
 * of its own, and a name in it is not the figure's; the pronoun's is. (With a subject of no dataset, "A
 * councillor put the national count at 81,166 and said … in Hungary", the name is the best guess there is.)
 */
const SAYING_PREDICATE_BETWEEN = /\band\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|warned|warns|reported|reports|estimated|estimates|expects|expected|predicted|predicts|forecast|forecasts)\b/i;
const PRONOUN_SUBJECT_BEFORE = /(?:^|[\s,;:])(?:it|they|he|she)\s/i;

function inWhatIsSaidAfter(ctx: FigureContext, hit: NameHit): boolean {
  return hit.start > ctx.token.end && SAYING_PREDICATE_BETWEEN.test(ctx.text.slice(ctx.token.end, hit.start)) && PRONOUN_SUBJECT_BEFORE.test(ctx.text.slice(ctx.clauseStart, ctx.token.start));
}

/** How far after a name its reporting verb may end: "has said", "reported". */
const REPORT_VERB_REACH = 24;

/** A lower-case noun right after the name, which the clause's verb may follow. */
const NOUN_FIRST = /^\s+\p{Ll}[\p{L}-]*(?=\s)/u;
/** A capitalised word right after a name: a surname after a first name that is also a country's ("Jordan Spieth"). */
const SURNAME_FIRST = /^\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?=\s)/u;

/** A clause joined after the figure whose subject is a pronoun: ", and he has ruled out …". */
const PRONOUN_CLAUSE_BETWEEN = /,\s+(?:and|but|so)\s+(?:he|she|they|we)\s/i;

/**
 * "UNHCR counted [5.5 million] refugees from Ukraine": a body whose verb of counting or reporting takes the
 * figure is who counted it, not what it counts, where the clause names after the figure what it is of. (Names
 * before it may be asides: "In France, long the EU's champion, INSEE counted …" keeps INSEE, of France.)
 */
const COUNTS_THE_FIGURE = /^\s+(?:has\s+|had\s+|have\s+)?(?:counted|counts|reported|reports|recorded|records|registered|registers|estimated|estimates|tallied|tallies|found|finds)\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|at\s+least)\s+)?$/;

/** "put overall losses from natural disasters that year at": a body's verb of estimating, what it measured, then "at". */
const PUTS_IT_AT = /^\s+(?:has\s+|had\s+)?(?:put|puts|estimated|estimates|pegged|pegs|placed|places)\s+[^.;:!?\d]{0,80}?\bat\s+(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|at\s+least)\s+)?$/;

/** The words between a body's name and the figure make the body its counter or estimator ("reported", "put … at"). */
function givesTheFigure(between: string): boolean {
  return COUNTS_THE_FIGURE.test(between) || PUTS_IT_AT.test(between);
}

function withoutTheCounter(ctx: FigureContext, names: NameHit[]): NameHit[] {
  const counter = names.find((h) => h.end <= ctx.token.start && ctx.index.entity(h.id)?.kind === 'body' && COUNTS_THE_FIGURE.test(ctx.text.slice(h.end, ctx.token.start)));
  if (!counter) return names;
  const after = names.filter((h) => h.start >= ctx.token.end && h.id !== counter.id);
  return after.length > 0 ? names.filter((h) => h !== counter && h.id !== counter.id) : names;
}

/**
 * The figure stands in a clause of time or cause whose subject is a name ("when Utopia was offering it at
 * $7,500, Ruritanian pepper had risen …"), with no comma between them: a name after the comma that closes
 * the clause is the main clause's, not the figure's.
 */
function inASubordinateOfItsOwnSubject(ctx: FigureContext): boolean {
  return ctx.entityHits.some((h) => h.start >= ctx.sentenceStart && h.end <= ctx.token.start && !ctx.text.slice(h.end, ctx.token.start).includes(',') && subjectOfSubordinate(ctx.text, h));
}

/**
 * The name stands in a clause that a contrast, "with" and a verb or figure of its own, or a word of time or cause
 * with a verb of its own ("…, on 1,040 ships before Moscow walked out") joins to the sentence after the figure.
 */
function inContrastAfter(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.start <= ctx.token.end) return false;
  const between = ctx.text.slice(ctx.token.end, hit.start);
  if (subjectOfSubordinate(ctx.text, hit)) return true;
  if (CONTRAST.test(between)) return true;
  if (between.includes(',') && inASubordinateOfItsOwnSubject(ctx)) return true;
  // "…, of which Bolt Air contributed …", "…, mostly because of a write-down on Zenith", "…, helped by orders
  // that moved out of Utopia": a part or a cause.
  if (between.includes(',') && PART_OR_CAUSE_BETWEEN.test(between)) return true;
  // ", and Asia supplies more than 90%": a name with a verb of its own after "and" opens another clause.
  if (AND_BEFORE.test(between) && FINITE_VERB_AFTER.test(textAfter(ctx.text, hit, 32))) return true;
  // "…, and he has ruled out any talks with Utopia": a clause with a pronoun for its subject speaks of that subject.
  if (PRONOUN_CLAUSE_BETWEEN.test(between)) return true;
  // "…, as did Croatia (2.4%)", "…, Africa for 7%": a name after the figure with its own figure next, in a
  // parenthesis or after a comma and "for" or "at", is that one's.
  const next = textAfter(ctx.text, hit, 10);
  if (OWN_FIGURE_IN_PARENTHESIS.test(next) || (between.includes(',') && OWN_FIGURE_FOR.test(next))) return true;
  if (!between.includes('with') || !WITH_BEFORE.test(between)) return false;
  const after = textAfter(ctx.text, hit, 20);
  return VERB_ING_AFTER.test(after) || OWN_FIGURE_AFTER.test(after) || OWN_FIGURE_AT_AFTER.test(textAfter(ctx.text, hit, 60));
}

/**
 * "Japan pledged [15.8 billion yen] for Ukraine", "Berlin sent [€610 million] to Kyiv", "imported [5m tonnes]
 * from Ukraine": after a verb of giving or taking, a name after the figure that a word of direction or
 * benefit opens, a word or two after it, is where the figure goes or comes from, not whose it is, when a
 * name stands before the verb in the figure's clause. ("against 14% for the US" is the US's figure.)
 */
const DIRECTION_AFTER_FIGURE = /^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:to|for|from|into|towards?)\s+(?:the\s+)?$/u;
const TRANSFER_VERB =
  /\b(?:pledg(?:ed|es|ing)|gave|giv(?:es|en|ing)|sen(?:t|ds|ding)|provid(?:ed|es|ing)|donat(?:ed|es)|len(?:t|ds)|grant(?:ed|s)|transferred|pa(?:id|ys)|allocat(?:ed|es)|commit(?:ted|s)|promis(?:ed|es)|earmarked|deliver(?:ed|s)|export(?:ed|s)|ship(?:ped|s)|s(?:old|ells)|import(?:ed|s)|b(?:ought|uys)|receiv(?:ed|es)|borrow(?:ed|s))\b/;

function directionAfterFigure(ctx: FigureContext, hit: NameHit, inClause: readonly NameHit[]): boolean {
  if (hit.start <= ctx.token.end || !DIRECTION_AFTER_FIGURE.test(ctx.text.slice(ctx.token.end, hit.start))) return false;
  return inClause.some((other) => other.end <= ctx.token.start && TRANSFER_VERB.test(ctx.text.slice(other.end, ctx.token.start)));
}

/**
 * In "$12,567 a tonne in London and [$11,878] in New York" each figure has its place after it: the name
 * after the figure before is that figure's, when this figure has a name after it written the same way. The
 * figure before may have a longer phrase before its place ("18% of new cars sold in the United States,
 * against [22%] in the EU").
 */
/**
 * The earlier figure's place may stand after a longer phrase than a later one's, which the parallel leaves
 * short: any run of words with no mark between ("67,576 nurses on the UK register had trained in India and
 * [50,180] in the Philippines").
 */
const PLACE_AFTER_EARLIER_FIGURE = /^\s*(?:[\p{L}-]+\s+)*?(?:in|at|for|on|to|from)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;
function placeOfFigureBefore(ctx: FigureContext, hit: NameHit): boolean {
  const before = ctx.figureBefore;
  if (!before || hit.start < before.end || hit.end > ctx.token.start || !PLACE_AFTER_EARLIER_FIGURE.test(ctx.text.slice(before.end, hit.start))) return false;
  const end = Math.min(ctx.nextStart, ctx.clauseEnd);
  return ctx.entityHits.some((h) => {
    if (h.start <= ctx.token.end || h.end > end) return false;
    const between = ctx.text.slice(ctx.token.end, h.start);
    return PLACE_AFTER_FIGURE.test(between) || DESTINATION_RIGHT_AFTER.test(between) || ORIGIN_AFTER_UNIT.test(between);
  });
}

/** "72,780 tonnes from Russia and [30,600] tonnes from Argentina": where the amount came from, right after its unit. */
const ORIGIN_AFTER_UNIT = /^\s*(?:\p{Ll}+\s+)?from\s+(?:the\s+)?$/u;

/** "and [41%] to Asia": a destination right after the figure, as the earlier figure's may be ("46% went to Africa"). */
const DESTINATION_RIGHT_AFTER = /^\s*to\s+(?:the\s+)?$/;

/**
 * In "35.3 per thousand …, against [27.0] in Poland" the name right after a later figure of the clause,
 * joined by "in", "at" or "for" alone, is that figure's place: no earlier figure's. (Words between, as in
 * "3,567 Acme and 18,166 Bolt units in Ruritania", make it the place of the whole list.) So is a name a few
 * words after a later figure that ", and" puts in a clause of its own: "worth [US$3.1bn], and 992,100 tonnes
 * went to the United States". So is a name that labels a later figure right after it ("Utopia, up 25.9%").
 */
function placeOfFigureAfter(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.start <= ctx.token.end) return false;
  for (let k = ctx.t + 1; k < ctx.tokens.length; k++) {
    const later = ctx.tokens[k];
    // "Ruritania, up 31.3%, Utopia, up 25.9%": in a list of names each labelling the figure after it, a
    // name that labels a later figure is that figure's. ("in the EU, down 5%" of an earlier figure is its own.)
    if (later.start >= hit.end) return LABEL_OF_FIGURE_AFTER.test(ctx.text.slice(hit.end, later.start)) && labelledItself(ctx);
    if (later.start >= hit.start) return false;
    if (PLACE_RIGHT_AFTER_FIGURE.test(ctx.text.slice(later.end, hit.start))) return true;
    if (LATER_CLAUSE_OPENS.test(ctx.text.slice(ctx.token.end, later.start)) && FEW_WORDS_TO_NAME.test(ctx.text.slice(later.end, hit.start))) return true;
  }
  return false;
}

/**
 * A figure set against another ("supplies 75% of Ruritania's imports, against [7.5%] from Utopia") is of the name
 * its preposition joins right after it, whatever that name's role in the first clause: the comparison is parallel.
 */
function comparedFiguresOwnName(ctx: FigureContext): NameHit | undefined {
  if (!SET_AGAINST_BEFORE.test(backTo(ctx, ctx.clauseStart, 24))) return undefined;
  return ctx.entityHits.find((h) => h.start > ctx.token.end && h.end <= ctx.nextStart && COMPARED_NAME_AFTER.test(ctx.text.slice(ctx.token.end, h.start)));
}

/** "against", "versus", "compared with" right before the figure. */
const SET_AGAINST_BEFORE = /\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?$/;
/** The compared figure's name right after it: its unit's words at most, then "from", "in", "for" or "at". */
const COMPARED_NAME_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:from|in|for|at)\s+(?:the\s+)?$/u;

/** A name right before the figure labels it as LABEL_OF_FIGURE_AFTER reads: "in Ruritania, up [31.3%]". */
function labelledItself(ctx: FigureContext): boolean {
  return ctx.entityHits.some((h) => h.end <= ctx.token.start && h.end >= ctx.clauseStart - LABEL_REACH && LABEL_OF_FIGURE_AFTER.test(ctx.text.slice(h.end, ctx.token.start)));
}

/** How far before its figure's clause a labelling name may end: the label's comma may open the clause. */
const LABEL_REACH = 2;
/** A name's label of the figure right after it: "Utopia, up 25.9%", "Bolt: 20%", "Utopia, at 25.9%". */
const LABEL_OF_FIGURE_AFTER = /^(?:,\s*(?:up|down|rising|falling|at|with)\s+(?:by\s+)?|:\s*)$/;
/** ", and" opens the later figure's clause ("worth US$3.1bn, and 992,100 tonnes went to the United States"). */
const LATER_CLAUSE_OPENS = /,\s+and\s+$/;
/**
 * A few words and no break between that figure and the name: the name is in its clause. A figure of its own among
 * them ("and 79% of the 3,310,318 units sold across the whole of Utopia") keeps the name in that clause too.
 */
const FEW_WORDS_TO_NAME = /^\s*(?:(?:[\p{L}-]+|\d[\d,.]*)\s+){0,8}$/u;

interface NameRole {
  ranks: boolean;
  compared: boolean;
  /** The name says where a company is from: "the South Korean company", "three Ruritanian groups". */
  origin: boolean;
  /** The name is an end of a path named right before it (endOfANamedPath). */
  pathEnd: boolean;
  /** The name is the other party of another name's measure ("trade with Utopia": counterpartOfAnother). */
  counterpart: boolean;
  /** How many names the block had when the role was read: a typo found since may join a list. */
  hits: number;
}

/**
 * "In Ruritania, … trade with Utopia fell to €274 billion": a name a measure word of a noun opens ("trade with",
 * "exports to", "imports from") is the other party of that measure, when another name of the sentence, not
 * itself so placed, has facts whose keywords name it (the datasets keep "Utopia" among the words of
 * Ruritania's trade with Utopia). The figure is that other name's. Both ends so placed ("from Ruritania to
 * Utopia") keep both.
 */
const COUNTERPART_BEFORE = /\p{Ll}\s+(?:with|to|from|into|towards?|against)\s+(?:the\s+)?$/u;
const COUNTERPART_REACH = 28;

export function counterpartPlaced(text: string, hit: NameHit): boolean {
  return COUNTERPART_BEFORE.test(textBefore(text, hit, COUNTERPART_REACH));
}

/** The concept of a name as written, when that name is the other party of an owner's measure; else null. */
export function counterpartConcept(ctx: FigureContext, hit: NameHit, owner: string): string | null {
  const concept = ctx.index.vocabulary.conceptOf(ctx.text.slice(hit.start, hit.end).toLowerCase());
  return ctx.index.specificConceptsOf(owner).includes(concept) ? concept : null;
}

function counterpartOfAnother(ctx: FigureContext, hit: NameHit): boolean {
  if (!counterpartPlaced(ctx.text, hit)) return false;
  const [start, end] = sentenceBounds(ctx, hit.start);
  return ctx.entityHits.some((other) => other.start >= start && other.end <= end && other.id !== hit.id && !counterpartPlaced(ctx.text, other) && counterpartConcept(ctx, hit, other.id) !== null);
}

/**
 * A name right after a word and "from" ("ore from Utopia", "a container from Utopia", "shipped from Utopia")
 * says where a thing came from. Where the figure's clause names another place before it, not so placed,
 * that one is whose the figure is: "Ruritania's imports, much of them ore from Utopia, fell 24.4%". A name a relative
 * clause opens on ("from Utopia, which carries 30.3%") is that clause's subject all the same, and a name
 * after an amount ("€1bn from the Commission") gives it. So does a name used as an adjective of one thing
 * ("a second Utopian container").
 */
const PROVENANCE_BEFORE = /\p{Ll}{2,}\s+from\s+(?:the\s+)?$/u;
/** A figure right before that word: "€1bn from the Commission", "3.24 million from Oak Hill". */
const FIGURE_BEFORE_THE_WORD = /\d(?:\S*\s+\p{Ll}{2,}|\p{Ll}*)\s+from\s+(?:the\s+)?$/u;
/** How far before a name its word and "from" are read: a long word, "from" and "the". */
const PROVENANCE_REACH = 32;

/**
 * A verb of arriving right before a name: "lumber that entered the United States", "ships bound for Utopia";
 * or a part of the amount before, sent there: "shipped 12,000 tonnes, much of it to Utopia".
 */
const DESTINATION_BEFORE = /(?:\b(?:entered|enters|entering|arriving\s+in|arrived\s+in|bound\s+for|(?:shipped|sent|exported)\s+to)|,\s+(?:much|most|all|some|half|part|nearly\s+all|almost\s+all)\s+of\s+(?:it|them|which)\s+(?:(?:going|went|sold|shipped|sent|exported)\s+)?to)\s+(?:the\s+)?$/;
/** How far before the name its words are read: ", nearly all of them shipped to the ". */
const DESTINATION_REACH = 44;

/** The name says where a thing went, as provenancePlaced says where one came from. */
export function destinationPlaced(text: string, hit: NameHit): boolean {
  return DESTINATION_BEFORE.test(textBefore(text, hit, DESTINATION_REACH));
}

export function provenancePlaced(text: string, hit: NameHit): boolean {
  const before = textBefore(text, hit, PROVENANCE_REACH);
  if (PROVENANCE_BEFORE.test(before) && !FIGURE_BEFORE_THE_WORD.test(before)) return true;
  // "a second Nigerian container", "an Indian vessel": one thing of that origin, not the country's own.
  return ONE_THING_BEFORE.test(before) && CAPITALISED.test(text.slice(hit.start, hit.end)) && NOUN_RIGHT_AFTER.test(textAfter(text, hit, NOUN_REACH));
}
/** An article or a word for one thing right before a name used as an adjective: "a", "another", "a second". */
const ONE_THING_BEFORE = /\b(?:a|an|another|one)\s+(?:(?:second|third|fourth|fifth|new|further|separate|single)\s+)?$/i;
/** A proper name or adjective: "Nigerian", not "a global total". */
const CAPITALISED = /^\p{Lu}/u;
/** A lower-case noun right after the name: "container", "vessel". */
const NOUN_RIGHT_AFTER = /^\s+\p{Ll}{3,}\b/u;
/** How far after the name its noun is read. */
const NOUN_REACH = 24;

function provenanceBesideAnother(ctx: FigureContext, hit: NameHit): boolean {
  if (!provenancePlaced(ctx.text, hit) || attachedToFigure(ctx, hit)) return false;
  return ctx.entityHits.some((other) => other.start >= ctx.clauseStart && other.end <= hit.start && other.id !== hit.id && isAPlace(ctx, other.id) && !counterpartPlaced(ctx.text, other) && !provenancePlaced(ctx.text, other) && !wholeOfAShare(ctx.text, other, true));
}

/**
 * A comma and a noun phrase's start after a name, up to the name in it: ", the", ", for years the", ", now a"; or
 * where it is: ", in the Swiss canton of". (The world's name, as often an adverb, "Globally, the …", is no name before.)
 */
const APPOSITIVE_OPENS = /^['’]?s?,\s+(?:(?:for\s+\p{Ll}+|once|now|long|still|formerly|already)\s+)?(?:the|an?|in)\s[^,.;:]*$/iu;
/** The phrase closes with a comma before the figure, holding no number, and opens no relative clause ("whose", "which"). */
const APPOSITIVE_CLOSES = /^[^,;:.()\d]*,(?!\s+wh)/;
/** How far after the name it describes the phrase's name may start. */
const APPOSITIVE_NAME_REACH = 40;

/**
 * The name stands in an appositive about the name before it ("the Gulf of Guinea, for years the world's kidnapping
 * hotspot, recorded 18 incidents"; "Laax, in the Swiss canton of Graubünden, has 340"): it describes that name and
 * is not whose the figure after the phrase is.
 */
function describesTheNameBefore(ctx: FigureContext, hit: NameHit): boolean {
  const text = ctx.text;
  return hit.end < ctx.token.start && APPOSITIVE_CLOSES.test(text.slice(hit.end, ctx.token.start)) &&
    ctx.entityHits.some((g) => g.id !== hit.id && g.id !== ctx.index.worldEntity() && g.end <= hit.start && hit.start - g.end < APPOSITIVE_NAME_REACH && APPOSITIVE_OPENS.test(text.slice(g.end, hit.end)));
}

/**
 * The name qualifies a noun in an appositive right after another name: "Taipei 101, the Taiwanese office
 * tower". (One that the appositive names, "…, a group it calls the EU+", may be the subject.)
 */
function inAppositiveOf(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  if (!LOWER_CASE_WORD_AFTER.test(textAfter(text, hit, 3))) return false;
  return hits.some((g) => g.id !== hit.id && g.end <= hit.start && hit.start - g.end < APPOSITIVE_NAME_REACH && APPOSITIVE_OPENS.test(text.slice(g.end, hit.end)));
}

/** What a name is in its sentence, read once per name for all the figures of the sentence. */
const roles = new WeakMap<NameHit, NameRole>();

function roleOf(ctx: FigureContext, hit: NameHit): NameRole {
  let role = roles.get(hit);
  if (!role || role.hits !== ctx.entityHits.length) {
    role = {
      ranks: ranksIn(ctx.text, hit),
      compared: comparedWith(ctx.text, hit, ctx.entityHits),
      origin: originOfAParty(ctx.text, hit, ctx.facts.hits, sentenceBounds(ctx, hit.start)),
      pathEnd: endOfANamedPath(ctx, hit),
      counterpart: counterpartOfAnother(ctx, hit),
      hits: ctx.entityHits.length,
    };
    roles.set(hit, role);
  }
  return role;
}

/** A path's ends after the path's name: "from Ruritania and Utopia to Bolt", "from the Ruritanian coast to Bolt". */
const FROM_TO = /\bfrom\s+[^,;:.()]{1,60}?\s+to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
/** Between a path's name and its "from": nothing, or one lower-case word ("route", "corridor", "line"). */
const PATH_NAME_GAP = /^\s*(?:[\p{Ll}-]+\s+)?$/u;

/**
 * The name is an end of a path that another name stands for, named right before it ("the Central Acme
 * route from Ruritania to Bolt, where crossings fell 59%"): the figures are the path's, not its ends'.
 * A "from … to …" with no name before it ("exports from Ruritania to Bolt") keeps its names.
 */
function endOfANamedPath(ctx: FigureContext, hit: NameHit): boolean {
  const text = ctx.text;
  const [sentenceStart, sentenceEnd] = sentenceBounds(ctx, hit.start);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (!sentence.includes('from')) return false;
  FROM_TO.lastIndex = 0;
  for (let m = FROM_TO.exec(sentence); m; m = FROM_TO.exec(sentence)) {
    const start = sentenceStart + m.index;
    const end = start + m[0].length;
    if (hit.start < start || hit.end > end) continue;
    return ctx.entityHits.some((h) => h !== hit && h.end <= start && h.start >= sentenceStart && PATH_NAME_GAP.test(text.slice(h.end, start)));
  }
  return false;
}

/**
 * A name right before a word for a company, with at most one word between ("South Korean company",
 * "Ruritanian phone makers"): it names the company's origin, not where the figure is. Plain English of any
 * subject, not one subject's words.
 */
const ORIGIN_NOUN_AFTER = /^(?:-based)?\s+(?:[\p{Ll}-]+\s+)?(?:compan(?:y|ie)|firm|makers?|manufacturers?|groups?|giants?|vendors?|brands?|rivals?|challengers?|conglomerate|players?|suppliers?|carmakers?)(?:s\b|\b)/u;
const ORIGIN_REACH = 40;

/**
 * The name says where a company is from, and a party (a vendor) is named in its stretch of text: the
 * company word is that party, whose origin says nothing of where its figures are. (A company that is
 * itself an entity has its place in the catalogue.)
 */
function originOfAParty(text: string, hit: NameHit, hits: readonly NameHit[], [from, to]: readonly [number, number]): boolean {
  const word = ORIGIN_NOUN_AFTER.exec(textAfter(text, hit, ORIGIN_REACH));
  if (!word) return false;
  // "the US extract maker Nielsen-Massey": the company word names the company right after it, a party no
  // catalogue need know.
  return COMPANY_NAME_AFTER.test(text.slice(hit.end + word[0].length, hit.end + word[0].length + 3)) || hits.some((h) => h.kind === 'vendor' && h.start >= from && h.end <= to);
}
/** A capitalised word right after a company word: the company's own name. */
const COMPANY_NAME_AFTER = /^\s\p{Lu}\p{Ll}/u;

/**
 * A name before a word for a company in an earlier sentence, where the figure's sentence names a party:
 * "three Ruritanian groups made the top five. Acme shipped …" introduces the party and says where it is
 * from, not where its figures are.
 */
function originOfTheSentencesParty(ctx: FigureContext, hit: NameHit): boolean {
  return ORIGIN_NOUN_AFTER.test(textAfter(ctx.text, hit, ORIGIN_REACH)) && ctx.facts.hits.some((h) => h.kind === 'vendor' && h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd);
}

/** The start and end of the sentence of the block's text that holds an offset. */
function sentenceBounds(ctx: FigureContext, at: number): [number, number] {
  const k = sentenceAt(ctx.facts.starts, at);
  return [ctx.facts.starts[k], sentenceEndOf(ctx.facts, k, ctx.text)];
}

/** The entity is a country, a region or a city: a place a share of a larger place's whole may be of. */
function isAPlace(ctx: FigureContext, id: string): boolean {
  const kind = ctx.index.entity(id)?.kind;
  return kind === 'country' || kind === 'region' || kind === 'city';
}

/** A place stands before the whole a share is of, and before the figure, in its sentence outside the asides: the share is that place's. */
function placeNamedBefore(ctx: FigureContext, whole: NameHit, names: readonly NameHit[]): boolean {
  return names.some((o) => o.id !== whole.id && o.start >= ctx.sentenceStart && o.end <= whole.start && o.end <= ctx.token.start && isAPlace(ctx, o.id) && !inAside(ctx.asides, o.start, o.end));
}

/** The name qualifies the whole a share is of: "share of the Union total", "17% of Union imports". */
function wholeOfAShare(text: string, hit: NameHit, possessive = false): boolean {
  return SHARE_OF_BEFORE.test(textBefore(text, hit, COMPARED_REACH)) && (possessive ? NOUN_AFTER_A_POSSESSIVE : NOUN_AFTER).test(textAfter(text, hit, NOUN_AFTER_REACH));
}

/**
 * A rank below the first and "after", right before a name: "the second-largest producer after Utopia" ranks the
 * name above the subject, not as the subject.
 */
const RANKED_AFTER_BEFORE = /\b(?:second|third|fourth|fifth)[\s-]+(?:largest|biggest|highest|most\s+[a-z-]+)\s+(?:[a-z-]+\s+){0,2}after\s+(?:the\s+)?$/i;
/** How far before the name the rank's words are read: "second-most populous country in the world after the ". */
const RANKED_AFTER_REACH = 56;

/** Earlier items of a list of capitalised names right before a name: "New York, Bangkok, Paris and ". */
const EARLIER_LIST_ITEMS = /(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$/u;
/** "and" or "or" right before the list's last name. */
const LIST_ENDS_BEFORE = /\b(?:and|or)\s+(?:the\s+)?$/;
/** How far back a list of names that a comparison opens may reach. */
const COMPARED_LIST_REACH = 120;

/**
 * The words right before the name compare with it: "than Ruritania", "the same figure as Ruritania's"; or
 * with a list it ends ("ahead of New York, Bangkok, Paris and Singapore").
 */
export function comparedInWords(text: string, hit: NameHit): boolean {
  if (COMPARED_WITH_BEFORE.test(textBefore(text, hit, COMPARED_REACH)) || RANKED_AFTER_BEFORE.test(textBefore(text, hit, RANKED_AFTER_REACH))) return true;
  const before = textBefore(text, hit, COMPARED_LIST_REACH);
  // The name must end the list after "and" or "or" (tested first: it is anchored and cheap); a list with a verb
  // of its own after it is a subject, and a possessive after the name opens a clause of its own (", and
  // Utopia's rate fell").
  if (!LIST_ENDS_BEFORE.test(before)) return false;
  const after = textAfter(text, hit, 32);
  if (FINITE_VERB_AFTER.test(after) || POSSESSIVE_BEFORE_NOUN.test(after) || POSSESSIVE_END.test(text.slice(hit.start, hit.end))) return false;
  const list = EARLIER_LIST_ITEMS.exec(before);
  if (!list) return false;
  const listStart = hit.start - before.length + list.index;
  return COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, listStart - COMPARED_REACH), listStart));
}

/** ", Utopia included,", "Utopia excluded": a name set beside the subject, within it or outside it, not the subject. */
const INCLUDED_AFTER = /^\s+(?:included|excluded)\b/;

function comparedWith(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  if (comparedInWords(text, hit)) return true;
  if (wholeOfAShare(text, hit)) return true;
  if (INCLUDED_AFTER.test(textAfter(text, hit, 12))) return true;
  const listedAfter = hits.find((h) => h.end <= hit.start && hit.start - h.end <= COMPARED_REACH && LIST_JOIN.test(text.slice(h.end, hit.start)));
  return listedAfter !== undefined && comparedWith(text, listedAfter, hits);
}

/**
 * The name stands right before the figure, as its subject: "ahead of Ruritania on [4.4%]", "than
 * Ruritania's [5.1%]", "ahead of Ruritania, which counted [60.2 million]", "of the world total of [2,100]".
 */
const NAME_THEN_FIGURE = /^(?:['’]s?)?\s*(?:(?:at|on|with|of)\s+|\p{Ll}+\s+(?:of|at)\s+|,\s*(?:which|who|that)\s+(?:[\p{L}-]+\s+){1,2})?(?:(?:about|around|some|nearly|almost|just)\s+)?[~≈<>≥≤]?\s*$/u;
/** Room for "'s", a preposition or a short relative clause (", which counted "). */
const ATTACHED_REACH = 28;

/**
 * A longer relative clause of the name that runs on to the figure, with no stop and no other name in it:
 * "behind Acme, which said last week that it had delivered [766]".
 */
const RELATIVE_CLAUSE_TO_FIGURE = /^(?:['’]s?)?\s*,\s*(?:which|who)\s+[^,;:.()–—"“”]*$/u;
/** Room for the relative clause's verb, a time and "that it had …". */
const RELATIVE_CLAUSE_REACH = 64;

export function attachedToFigure(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.end > ctx.token.start) return false;
  const gap = ctx.text.slice(hit.end, ctx.token.start);
  if (gap.length <= ATTACHED_REACH && NAME_THEN_FIGURE.test(gap)) return true;
  return gap.length <= RELATIVE_CLAUSE_REACH && RELATIVE_CLAUSE_TO_FIGURE.test(gap) && !ctx.entityHits.some((h) => h.start >= hit.end && h.end <= ctx.token.start);
}

const CAPITAL_AFTER = /^['’]?s?\s+capital\b/;
/**
 * A superlative or a rank after a name in the possessive: "the EU's lowest", "Europe's third-largest", "the
 * world's most", "the world's No. 5", "the world's number two".
 */
const SUPERLATIVE_AFTER = /^\s+(?:(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))-?\s?)?(?:[a-z]+est|most|least)\b|No\.?\s?\d+\b|number\s+(?:one|two|three|four|five|\d+)\b)/;
const POSSESSIVE_START = /^['’]s?/;

/**
 * A superlative, then at most a few words, then "in", "among" or "across" (and "the") right before the
 * name: "the largest shortfall in the bloc", "the highest among EU members". The superlatives are
 * listed, not matched by "-est": "the latest figures in Hungary" and "interest in Hungary" rank nothing.
 */
const SUPERLATIVE_THEN_GROUP =
  /\b(?:largest|biggest|highest|lowest|smallest|greatest|widest|narrowest|deepest|worst|best|fastest|slowest|strongest|weakest|heaviest|richest|poorest|busiest|(?<!\bat\s)most|(?<!\bat\s)least)\b(?:\s+[\w-]+){0,3}?\s+(?:in|among|across)\s+(?:the\s+)?(?:whole\s+|entire\s+|wider\s+)?$/i;

/**
 * Any other superlative in "-est" after "the" or a possessive, then the same ("the deadliest country in
 * Latin America"); not "the latest figures in Hungary", a time, nor a noun that ends so.
 */
const EST_SUPERLATIVE_THEN_GROUP = /\b(?:the|its|their)\s+(\p{L}{2,}est)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:in|among|across)\s+(?:the\s+)?(?:whole\s+|entire\s+|wider\s+)?$/iu;

function estSuperlativeThenGroup(before: string): boolean {
  const m = EST_SUPERLATIVE_THEN_GROUP.exec(before);
  return m !== null && m[1].toLowerCase() !== 'latest' && isSuperlativeInEst(m[1]);
}

/**
 * A rank, then "in", "of" or "on", before the name (with "the" or a possessive owner between): "No. 1 in
 * Deloitte's Money League", "top of the table", "at the bottom of EU tables", "third place in the standings".
 */
const RANK_THEN_GROUP =
  /\b(?:No\.?\s?\d+|number\s+(?:one|two|three|\d+)|top|bottom|(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+place)\s+(?:in|of|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?$/iu;

/** A verb of leading, then the group led: "Pará led the Amazon states", "topped the EU table", "led the world" (its name may hold its article). */
const LEADS_THE_GROUP = /\b(?:led|leads|topped|tops|headed|heads)\s+(?:the\s+|all\s+(?:the\s+)?|(?:the\s+)?other\s+)?$/i;

/** A cheap first look for RANK_THEN_GROUP's rank words, which it tests from every place in the text before. */
const MAY_RANK = /No|umber|[Tt]op|[Bb]ottom|place/;

/** How far before a name a superlative that ranks in it may stand: three words and the preposition. */
const GROUP_REACH = 60;

/**
 * The name is the group something is ranked in, not what the figure is about: in the possessive before a
 * superlative ("the EU's lowest"), after one ("the largest shortfall in the bloc") or after a verb of
 * leading ("led the Amazon states").
 */
function ranksIn(text: string, hit: NameHit): boolean {
  const before = textBefore(text, hit, GROUP_REACH);
  if (SUPERLATIVE_THEN_GROUP.test(before) || (MAY_RANK.test(before) && RANK_THEN_GROUP.test(before)) || LEADS_THE_GROUP.test(before)) return true;
  if (before.includes('est') && estSuperlativeThenGroup(before)) return true;
  let end = hit.end;
  if (!POSSESSIVE_END.test(text.slice(hit.start, hit.end))) {
    const possessive = POSSESSIVE_START.exec(text.slice(end, end + 2));
    if (!possessive) return false;
    end += possessive[0].length;
  }
  return SUPERLATIVE_AFTER.test(text.slice(end, end + 30));
}
/** A name, an opening parenthesis and at most three lower-case words before the figure: "TSMC (up to ". */
const PARENTHESIS_OPENS_WITH_FIGURE = /^\s*\(\s*(?:\p{Ll}+\s+){0,3}[~$€£¥]?$/u;
/** The parenthesis closes later in the sentence, with no other opening before. */
const CLOSES_LATER = /^[^()]*\)/;
/** A name, then white space (a line break and indentation are white space too) and the opening parenthesis. */
const OPENING_PARENTHESIS_AFTER_NAME = /^\s*\($/;

/** "the Serbian capital" is Belgrade. */
function capitalOrSelf(ctx: FigureContext, hit: NameHit): string {
  const capital = CAPITAL_AFTER.test(textAfter(ctx.text, hit, 12)) ? ctx.index.capitalOf(hit.id) : undefined;
  return capital ?? hit.id;
}

/** The last entity named in the nearest context block of the given kind that names one. */
/** The block names places of two or more countries; a body that owns no fact (a source) counts for none. */
function namesSeveralCountries(ctx: FigureContext, block: number): boolean {
  const named = ctx.reader.blockFacts(block, true).hits.filter((h) => h.kind === 'entity' && !h.foreign && !ctx.index.onlyASource(h.id));
  const countries = new Set(named.map((h) => ctx.index.countryOf(h.id)));
  return countries.size >= 2;
}

/**
 * A paragraph that leads into the figure's list or table and names places of several countries ("the new rules, on
 * Utopia, Ruritania and Bolt, took effect") says what the items cover, not whose an item that names no one is:
 * its last name is only the last of several.
 */
function leadInOfSeveralCountries(ctx: FigureContext, block: number): boolean {
  const lead = ctx.reader.doc.blocks[block];
  return lead.kind === 'paragraph' && lead.cell === undefined && namesSeveralCountries(ctx, block);
}

function fromContext(ctx: FigureContext, accept: (block: number) => boolean): string | null {
  for (const c of ctx.context) {
    const name = accept(c) ? lastName(ctx, c) : null;
    if (name) return name;
  }
  return null;
}

/**
 * A column header that names its entities only as the whole its shares are taken of ("| Share of Union total |")
 * says what the cells are shares of, not whose they are: the row's label says that.
 */
function headsShareOfAWhole(ctx: FigureContext, block: number): boolean {
  const cell = ctx.reader.doc.blocks[block].cell;
  if (cell?.row !== 0 || !isShareUnit(ctx.token.unit)) return false;
  const text = ctx.reader.doc.blocks[block].text;
  const entities = ctx.reader.blockFacts(block, true).hits.filter((h) => h.kind === 'entity');
  return entities.length > 0 && entities.every((h) => wholeOfAShare(text, h, true));
}

/** At most this many words stand before the name that opens a list item ("- In 2023 Ruritania …"). */
const ITEM_OPENING_WORDS = 3;

/**
 * The name is its list item's subject: it opens the item ("- Ruritania: 4,000 units", "- In 2023 Ruritania
 * …"), not only named on the way ("- Surveyed in spring, with a sister survey in Bolt.").
 */
function opensItsItem(ctx: FigureContext, block: number, id: string): boolean {
  const text = ctx.reader.doc.blocks[block].text;
  const first = ctx.reader.blockFacts(block, true).hits.find((h) => h.kind === 'entity' && h.id === id);
  if (!first) return false;
  const before = text.slice(0, first.start).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return before.length <= ITEM_OPENING_WORDS;
}

/** The sources of no country named in the sentence [start, end) of the figure's block. */
function sourcesBetween(ctx: FigureContext, start: number, end: number): Set<string> {
  return new Set(ctx.facts.hits.filter((h) => h.kind === 'entity' && h.start >= start && h.end <= end && ctx.reader.sourceOnly(h)).map((h) => h.id));
}

/** The figure's sentence and the earlier one that names `hit` each cite a source, and not the same one. */
function reportsOfOtherSources(ctx: FigureContext, hit: NameHit): boolean {
  const own = sourcesBetween(ctx, ctx.sentenceStart, ctx.sentenceEnd);
  if (own.size === 0) return false;
  const k = sentenceAt(ctx.facts.starts, hit.start);
  const theirs = sourcesBetween(ctx, ctx.facts.starts[k], sentenceEndOf(ctx.facts, k, ctx.text));
  return theirs.size > 0 && ![...theirs].some((id) => own.has(id));
}

/** The last entity named in a block, outside routes. */
function lastName(ctx: FigureContext, block: number): string | null {
  const text = ctx.reader.doc.blocks[block].text;
  if (isByline(text)) return null;
  const entities = ctx.reader.blockFacts(block, true).hits.filter((h) => h.kind === 'entity');
  // A body of no country citing or reporting figures ("(EC final, Oct 2023)") is named as their source.
  // Names glossing the name right before them in a parenthesis ("| Nepal (Jajarkot) |", "| Central Acme
  // (Ruritania to Bolt) |") are not what the label is about: the name before is.
  // A name the block only compares with ("a shortfall larger than the whole of Ruritania") is no subject to carry.
  // Nor is the place a reader signs a question with ("— Raj, Leeds"), nor the group a superlative ranks in,
  // in an appositive ("Acme, the world's biggest maker, said …"), nor a name in a clause of reason or time that
  // ", as" or ", because" joins to its sentence ("…, as sales of its chips to Bolt outpaced …").
  const starts = ctx.reader.blockFacts(block, true).starts;
  const hits = outsideLongLists(text, entities.filter((h) => !inJoinedReason(text, starts, h) && !inRoute(text, h, entities) && !ctx.reader.sourceOnly(h) && !seatOfABody(text, h) && !glossInParenthesis(text, h, entities) && !namesAMember(text, h, entities) && !comparedInWords(text, h) && !signsOff(text, h) && !rankedInAnAppositive(text, h)));
  // A body that only reports ("…, the statistics office Ruristat said") is the source of what follows,
  // not its subject, when the block names another.
  // So is a body that owns no fact in any dataset beside a name that may own some ("Ruritania (Acme Research, …)").
  const subjects = hits.filter(
    (h) => !(REPORTS_AFTER.test(textAfter(text, h, REPORT_VERB_REACH)) && !ctx.index.ownsFacts(h.id)) && !originOfAParty(text, h, ctx.reader.blockFacts(block, true).hits, [0, text.length]),
  );
  const owners = subjects.filter((h) => !ctx.index.onlyASource(h.id));
  if (owners.length > 0 && owners.length < subjects.length) return owners[owners.length - 1].id;
  const anyNamed = subjects.length > 0 ? subjects : hits;
  // A country no dataset holds, named in passing ("the inflation spike that followed Russia's invasion"),
  // is no subject to carry beside a name the datasets hold.
  // One listed with others ("the EU, Norway, Iceland and Switzerland", "UK and Ireland") is part of a group.
  const inPassing = (h: NameHit): boolean => h.foreign === true && !listedWithAnother(text, h, entities);
  const named = anyNamed.some((h) => !h.foreign) ? anyNamed.filter((h) => !inPassing(h)) : anyNamed;
  if (named.length === 0) return null;
  // A heading has no verb to take a subject ("… from Acme to Bolt"): its last name stands.
  return isHeading(ctx, block) ? named[named.length - 1].id : subjectOverPhrase(text, ctx.reader.blockFacts(block, true).starts, named).id;
}

/**
 * The last of a block's names, unless it only completes a phrase about something else or says where something
 * went ("… as prices fell after the invasion of Utopia", "… cars to Arcadia"): then the name a verb takes in
 * that sentence, where one is ("Acme said … after the invasion of Utopia": Acme).
 */
function subjectOverPhrase(text: string, starts: readonly number[], named: readonly NameHit[]): NameHit {
  const last = named[named.length - 1];
  // A possessive ("more of Utopia's output") makes the name the owner of what the phrase is about.
  if (!completesAPhrase(text, last) || POSSESSIVE_BEFORE_NOUN.test(textAfter(text, last, 4))) return last;
  const from = starts[sentenceAt(starts, last.start)];
  return named.find((h) => h.start >= from && h.end <= last.start && takenByAVerb(text, h, from) && !inDateline(text, h)) ?? last;
}

/** ", as", ", because", ", before" and the like open a clause of reason or time after the main clause. */
const REASON_CLAUSE = new RegExp(String.raw`,\s*(?:(?:as|because|since|while|whereas|although|though)\s+${NO_CLAUSE_AFTER_AS}|(?:before|until)\s)`);

/** Its sentence's text before the name. */
function sentenceBeforeName(text: string, starts: readonly number[], hit: NameHit): string {
  return text.slice(starts[sentenceAt(starts, hit.start)], hit.start);
}

/** The name stands in such a clause of its sentence. */
function inJoinedReason(text: string, starts: readonly number[], hit: NameHit): boolean {
  return REASON_CLAUSE.test(sentenceBeforeName(text, starts, hit));
}

/** ", when" and ", after" open a clause of time after the main clause, as the clauses of reason do. */
const TIME_CLAUSE = /,\s*(?:when|after)\s/;

/** The name stands in a clause of reason or time that follows its sentence's main clause. */
function inJoinedTime(text: string, starts: readonly number[], hit: NameHit): boolean {
  const before = sentenceBeforeName(text, starts, hit);
  return TIME_CLAUSE.test(before) || REASON_CLAUSE.test(before);
}

/** A comma and "the" right before a ranking group: an appositive about the name before ("Acme, the world's biggest …"). */
const APPOSITIVE_RANKING_BEFORE = /,\s+(?:the\s+)?$/;
/** How far before the group its comma and "the" may stand. */
const APPOSITIVE_REACH = 6;

function rankedInAnAppositive(text: string, hit: NameHit): boolean {
  return APPOSITIVE_RANKING_BEFORE.test(textBefore(text, hit, APPOSITIVE_REACH)) && ranksIn(text, hit);
}

/** Every name the block gives is in a list of three or more ("… on Ruritania, Utopia and Arcadia …"). */
function onlyAListOfNames(ctx: FigureContext, block: number): boolean {
  const text = ctx.reader.doc.blocks[block].text;
  const hits = ctx.reader.blockFacts(block, true).hits.filter((h) => h.kind === 'entity' && !inDateline(text, h));
  if (hits.length < LIST_OF_MANY) return false;
  const listed = new Set(listRuns(text, hits, LIST_SEPARATOR_OR_THE).filter((run) => run.length >= LIST_OF_MANY).flat());
  return hits.every((h) => listed.has(h));
}

/**
 * A list of three names or more ("Utopia, Bolt, Zenith and the Ruritanian Republic were the top
 * destinations") is no one subject to carry: the names outside it are, where the block has any.
 */
function outsideLongLists(text: string, hits: NameHit[]): NameHit[] {
  if (hits.length < LIST_OF_MANY) return hits;
  const listed = new Set(listRuns(text, hits, LIST_SEPARATOR_OR_THE).filter((run) => run.length >= LIST_OF_MANY).flat());
  const alone = listed.size > 0 ? hits.filter((h) => !listed.has(h)) : hits;
  return alone.length > 0 ? alone : hits;
}

/** Names in a run of this many are a list of many, not a subject. */
const LIST_OF_MANY = 3;

/** Between a name and the parenthesis that glosses it: white space only. */
const GLOSS_OPENS = /^\s*\($/;
/** A path written in a parenthesis: "to" or an arrow between its ends. */
const PATH_WORD = /\sto\s|→/;
/** What a parenthesis of names alone holds besides them: list separators. */
const NAMES_ONLY_REST = /^[\s,;/&+]*(?:(?:and|or)[\s,;/&+]*)*$/i;

/**
 * The name glosses another right before it, in a parenthesis with no figure that holds only names
 * ("| Nepal (Jajarkot) |", "Central Acme (Ruritania, Utopia)") or a path's ends ("Central Acme (North Bolt
 * to Ruritania, Utopia)"): the label is about the name before. The parenthesis of "Ruritania (Utopian
 * grain via Bolt City)" says what is counted: its names keep their place.
 */
function glossInParenthesis(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  const open = text.lastIndexOf('(', hit.start);
  if (open < 0 || text.slice(open, hit.start).includes(')')) return false;
  const close = text.indexOf(')', hit.end);
  if (close < 0) return false;
  const inside = text.slice(open + 1, close);
  if (/\d/.test(inside) || !hits.some((other) => other !== hit && other.end <= open && GLOSS_OPENS.test(text.slice(other.end, open + 1)))) return false;
  if (PATH_WORD.test(inside)) return true;
  let rest = '';
  let at = open + 1;
  for (const h of hits) {
    if (h.start < open || h.end > close) continue;
    rest += text.slice(at, h.start);
    at = h.end;
  }
  return NAMES_ONLY_REST.test(rest + text.slice(at, close));
}

/** A body's name as written holds its country's name or demonym: "Hungary's agriculture ministry". */
function writtenWithItsCountry(ctx: FigureContext, hit: NameHit): boolean {
  const country = ctx.index.entity(ctx.index.entity(hit.id)?.country ?? '');
  if (!country) return false;
  const written = ctx.text.slice(hit.start, hit.end).toLowerCase();
  return [country.name, ...country.aliases, ...country.demonyms].some((name) => name.length > 2 && containsWholeName(written, name.toLowerCase(), 'letters'));
}

/**
 * "according to" before a name, with at most a few lower-case words between ("according to an estimate
 * from measurement company Comscore"): the name is a source. Another name or a number between ends it.
 */
const ACCORDING_TO_BEFORE = /\b[Aa]ccording\s+to(?:\s+[a-z][a-z'’-]*){0,6}\s+$/;
/** How far before a name "according to" is looked for: six short words and the phrase itself. */
const ACCORDING_TO_REACH = 64;

/**
 * The ids of the bodies that own no fact and report in the sentence: a reporting verb after one of their
 * names ("the World Bank said") or "according to" before it. Every name of such a body reports then
 * ("the Bank of Guatemala (Banguat)").
 */
function reportingBodies(ctx: FigureContext, names: readonly NameHit[]): ReadonlySet<string> {
  let ids: Set<string> | undefined;
  for (const h of names) {
    if (ctx.index.ownsFacts(h.id) || ctx.index.entity(h.id)?.kind !== 'body') continue;
    // "Bolt Re reported [$154 billion]": a body that publishes figures, whose verb takes the figure, gives its own.
    if (h.end <= ctx.token.start && givesTheFigure(ctx.text.slice(h.end, ctx.token.start)) && ctx.index.publishedBy(h.id).length > 0) continue;
    if (REPORTS_AFTER.test(textAfter(ctx.text, h, 24)) || ACCORDING_TO_BEFORE.test(textBefore(ctx.text, h, ACCORDING_TO_REACH))) (ids ??= new Set()).add(h.id);
  }
  return ids ?? NO_IDS;
}
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * A body's name before a ranking it compiles of others ("seventh in ACI's world ranking", "the Deloitte
 * league table"): the body ranked them, and is no subject of a figure in it. Its own report, tally, list or
 * index ("Schiphol's own tally", "Leqembi's list price", a price index) may well give its own figures.
 */
const RANKING_AFTER_NAME = /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,2}?(?:rankings?|league\s+tables?)\b(?!-)/iu;
/** How far after a name RANKING_AFTER_NAME looks: a possessive, two words and the noun. */
const RANKING_REACH = 48;

function compilesTheRanking(ctx: FigureContext, hit: NameHit): boolean {
  return ctx.index.entity(hit.id)?.kind === 'body' && RANKING_AFTER_NAME.test(textAfter(ctx.text, hit, RANKING_REACH));
}

/**
 * A reporting body with "its" or "their" between it and the figure ("IDC says its shipments jumped"):
 * the pronoun's subject is read by entity/source-its, which needs the body among the names.
 */
function reportsOnAnEarlierSubject(ctx: FigureContext, hit: NameHit): boolean {
  return hit.end <= ctx.token.start && POSSESSIVE_PRONOUN_WORD.test(ctx.text.slice(hit.end, ctx.token.start));
}


/** The name is joined to another name right before or after it as an item of a list. */
function listedWithAnother(text: string, hit: NameHit, names: readonly NameHit[]): boolean {
  return names.some((o) => o !== hit && ((o.end <= hit.start && LIST_SEPARATOR_OR_THE.test(text.slice(o.end, hit.start))) || (o.start >= hit.end && LIST_SEPARATOR_OR_THE.test(text.slice(hit.end, o.start)))));
}

/** What joins the items of a list: a comma, a slash, an ampersand, "and", "or". */
const LIST_ITEM_JOIN = String.raw`(?:,\s*(?:and\s+|or\s+)?|\/|&|\+|and|or|vs\.?)`;
const LIST_SEPARATOR = new RegExp(String.raw`^\s*${LIST_ITEM_JOIN}\s*$`, 'i');

/** LIST_SEPARATOR, or one with "the" before the next name ("Vietnam, the United States and Mexico"). */
const LIST_SEPARATOR_OR_THE = new RegExp(String.raw`^\s*${LIST_ITEM_JOIN}\s*(?:the\s+)?$`, 'i');

/** Runs of two or more items in order, each joined to the next by the separator (LIST_SEPARATOR unless given). */
function listRuns<T extends { start: number; end: number }>(text: string, items: readonly T[], separator = LIST_SEPARATOR): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    const last = run[run.length - 1];
    if (last && separator.test(text.slice(last.end, item.start))) run.push(item);
    else {
      if (run.length >= 2) runs.push(run);
      run = [item];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * The name at the figure's place in a list of names earlier in its sentence, when the figure stands in
 * a list of as many figures: writers pair such lists off in order.
 */
function pairedName(ctx: FigureContext): string | null {
  const inSentence = (x: { start: number; end: number }): boolean => x.start >= ctx.sentenceStart && x.end <= ctx.sentenceEnd;
  const figures = listRuns(ctx.text, ctx.tokens.filter((t) => inSentence(t) && !isYearToken(t)));
  const own = figures.find((run) => run.includes(ctx.token));
  if (!own) return null;
  const names = listRuns(ctx.text, ctx.entityHits.filter(inSentence)).filter((run) => run.length === own.length && run[run.length - 1].end <= own[0].start);
  if (names.length !== 1 || new Set(names[0].map((h) => h.id)).size !== own.length) return null;
  return names[0][own.indexOf(ctx.token)].id;
}

/** A rank's word in a column header: "World rank", "EU ranking", "Position in Europe". */
export const RANK_HEADER = /\b(?:rank|ranks|ranking|position)\b/i;

/**
 * The block is the figure's column header and names the group its figures rank in ("World rank"): the
 * row's name is the figure's entity, not the group.
 */
function namesRankGroup(ctx: FigureContext, block: number): boolean {
  const header = ctx.reader.doc.blocks[block];
  return header.cell?.row === 0 && ctx.block.cell !== undefined && header.cell.column === ctx.block.cell.column && RANK_HEADER.test(header.text);
}

function isHeading(ctx: FigureContext, block: number): boolean {
  return ctx.reader.doc.blocks[block].kind === 'heading';
}

/** "Globally, …", "worldwide": the sentence speaks of the world, not of a name carried from before it. */
const WORLD_SCOPE = /\b(?:globally|worldwide|world-wide|(?:across|around|throughout)\s+the\s+(?:world|globe))\b/i;

function speaksOfTheWorld(ctx: FigureContext): boolean {
  if (ctx.worldScope === undefined) {
    const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
    // A cheap look for the words first; the answer is kept for the other rules that carry a name.
    ctx.worldScope = (sentence.includes('lobal') || sentence.includes('orld')) && WORLD_SCOPE.test(sentence);
  }
  return ctx.worldScope;
}

/** Markup that may open a block before a label: emphasis, a quote mark. */
const BEFORE_LABEL = /^[\s*_>"“]*$/;
/** Emphasis right before a name that opens its block: the name may be a run-in heading. */
const EMPHASIS_OPENS = /(?:^|\n|[-+*]\s|\d[.)]\s)\s*(?:\*\*?|__?)$/;
/**
 * A run-in heading: the name alone in emphasis, closed by a period or a colon inside or after the emphasis
 * ("**Ruritania.** Output fell to 31,000 tonnes …"). It labels the figures of its block as a line label does,
 * though the line goes on in sentences before its first figure.
 */
const RUN_IN_HEADING_END = /^(?:[.:](?:\*\*?|__?)|(?:\*\*?|__?)[.:])[ \t]+/;
/** What ends a label: a colon, or a dash with spaces round it ("ROMANIA – 30,692 cases"). */
const LABEL_END = /^[\s*_]*(?::|\s[–—-](?=\s))[\s*_]*/;

/**
 * The entity whose name labels the block: the name opens it, a colon or a spaced dash follows, and a
 * figure comes first after that ("- ROMANIA – 30,692 cases in 2024 …", "Kazakhstan: 28,147 cases"). Read
 * once per block.
 */
function lineLabel(ctx: FigureContext): { id: string; end: number; runIn?: boolean } | null {
  if (ctx.facts.lineLabel !== undefined) return ctx.facts.lineLabel;
  let found: { id: string; end: number; runIn?: boolean } | null = null;
  const first = ctx.entityHits[0];
  if (first && BEFORE_LABEL.test(ctx.text.slice(0, first.start))) {
    const after = textAfter(ctx.text, first, 8);
    const end = LABEL_END.exec(after);
    if (end && figureOpensLine(ctx, first.end + end[0].length)) found = { id: first.id, end: first.end + end[0].length };
    // A run-in heading labels its block whatever comes first after it.
    // The block's text blanks markup out, so the emphasis is read from the source at the same offsets.
    const source = ctx.reader.doc.source;
    const at = ctx.block.start;
    const runIn = !found && EMPHASIS_OPENS.test(source.slice(at, at + first.start)) ? RUN_IN_HEADING_END.exec(source.slice(at + first.end, at + first.end + 8)) : null;
    if (runIn) found = { id: first.id, end: first.end + runIn[0].length, runIn: true };
  }
  ctx.facts.lineLabel = found;
  return found;
}

/** "up from", "down from", "rose from": the figure after is where a change started. */
const CHANGE_BASE_BEFORE = /\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+(?:(?:about|around|just|nearly|almost|some)\s+)?$/i;

/** Nothing but markup, a quote mark or "the" before a name: it opens its sentence. */
export const OPENS_SENTENCE = /^[\s*_"“]*(?:the\s+)?$/i;
/** A capitalised word right after a name makes it part of a longer one ("the Ruritania Asylum Agency"). */
const LONGER_NAME_AFTER = /^\s+\p{Lu}/u;

/**
 * The name a pronoun takes up: the subject of the last sentence before the figure's that names one, when
 * a name opens it ("Ruritania was among the few members whose results held. Its students scored …" is
 * Ruritania's); else the last name before the figure's sentence.
 */
/** A dash, a person's name and a comma before a place that ends its line: "— Raj, Leeds" under a reader's question. */
const SIGNATURE_BEFORE = /[—–]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*$/u;
const LINE_ENDS_AFTER = /^[\s*_)]*(?:\n|$)/;

/** The name signs off a question or a letter with where its writer lives: it says nothing of the answer. */
function signsOff(text: string, hit: NameHit): boolean {
  return SIGNATURE_BEFORE.test(textBefore(text, hit, 40)) && LINE_ENDS_AFTER.test(textAfter(text, hit, 6));
}

function subjectOfLastNamingSentence(ctx: FigureContext, earlier: readonly NameHit[]): string {
  const last = earlier[earlier.length - 1];
  const from = ctx.facts.starts[sentenceAt(ctx.facts.starts, last.start)];
  const first = earlier.find((h) => h.start >= from);
  const isSubject = first && OPENS_SENTENCE.test(ctx.text.slice(from, first.start)) && !LONGER_NAME_AFTER.test(textAfter(ctx.text, first, 3));
  if (isSubject) return first.id;
  // Else the last name that a verb takes, not one inside a phrase about something else: "That takes
  // Ruritania over the line, helped by a fund set up after Utopia's invasion of Arcadia." "It" is Ruritania.
  // A list of three names or more ("behind the United States, Germany and Japan") is what the sentence's
  // subject is ranked against, not the subject.
  // Nor is a name in an appositive about the name before it ("was Taipei 101, the Taiwanese office tower").
  const taken = earlier.filter((h) => h.start >= from && takenByAVerb(ctx.text, h, from) && !ctx.reader.inLongList(ctx.text, h, ctx.facts.hits) && !inAppositiveOf(ctx.text, h, earlier));
  // A sentence that opens with a pronoun and names no one a verb takes ("It reported … far above the
  // industry's net margin.") has the subject of the sentences before it, and so has the pronoun after it.
  if (taken.length === 0 && OPENS_WITH_PRONOUN.test(ctx.text.slice(from, from + PRONOUN_REACH))) {
    const before = earlier.filter((h) => h.end <= from);
    if (before.length > 0) return subjectOfLastNamingSentence(ctx, before);
  }
  return (taken[taken.length - 1] ?? last).id;
}

/** A sentence's own subject is a pronoun: "It", "Its", "They", "Their" first, after any emphasis or quote. */
const OPENS_WITH_PRONOUN = /^[\s*_"“]*(?:it|its|they|their)\s/i;
/** How much of a sentence's start OPENS_WITH_PRONOUN reads. */
const PRONOUN_REACH = 16;

/** A possessive pronoun right before a name: "its European plants", "their Utopian sales". */
const POSSESSIVE_PRONOUN_BEFORE = /\b(?:its|their)\s+$/i;
/** A name of one word, then a word in lower case: the name qualifies a common noun ("Utopian plant output"). */
const ONE_WORD = /^\p{L}+$/u;
const LOWER_CASE_WORD_AFTER = /^\s+\p{Ll}/u;

/**
 * The name is one word that qualifies a noun after "its" or "their", and another name of the clause stands
 * before it to own the thing: "Bolt cut its Utopian plant output". (A body's own name of several words, "its Utopian
 * Peace Fund", names the body.)
 */
function ownersPlace(ctx: FigureContext, hit: NameHit, inClause: readonly NameHit[]): boolean {
  return (
    (POSSESSIVE_PRONOUN_BEFORE.test(ctx.text.slice(Math.max(ctx.clauseStart, hit.start - 8), hit.start)) &&
      ONE_WORD.test(ctx.text.slice(hit.start, hit.end)) &&
      LOWER_CASE_WORD_AFTER.test(textAfter(ctx.text, hit, 3)) &&
      inClause.some((other) => other.end <= hit.start && other.id !== hit.id)) ||
    placeOfABodysThing(ctx, hit, inClause)
  );
}

/** A name's "'s" and a space right before another name: "Mowi's Scottish farms" (the first name's hit may hold the "'s"). */
const POSSESSIVE_BETWEEN = /['’]s\s+$/;
const ONLY_A_POSSESSIVE_BETWEEN = /^(?:['’]s)?\s+$/;

/**
 * A place right after a body's possessive says where the body's thing is: "Mowi's Scottish farms lost 8.1
 * million fish" is the body's count. (A country's possessive before its region, "Utopia's Bolt region", is
 * the region's.)
 */
function placeOfABodysThing(ctx: FigureContext, hit: NameHit, inClause: readonly NameHit[]): boolean {
  if (ctx.index.entity(hit.id)?.kind === 'body') return false;
  return inClause.some((other) => other.end <= hit.start && other.id !== hit.id && ONLY_A_POSSESSIVE_BETWEEN.test(ctx.text.slice(other.end, hit.start)) && POSSESSIVE_BETWEEN.test(ctx.text.slice(other.start, hit.start)) && ctx.index.entity(other.id)?.kind === 'body');
}

/** "in" (and "the") between two names: "the Jeddah Tower in ". */
const IN_BETWEEN = /^\s+in\s+(?:the\s+)?$/;

/**
 * The place only says where the name before it is: "the Jeddah Tower in Saudi Arabia, designed to rise nearly
 * [1,000] metres" is the tower's, which lies in that country (its catalogue entry says so).
 */
function locatesTheNameBefore(ctx: FigureContext, hit: NameHit, inClause: readonly NameHit[]): boolean {
  return inClause.some((other) => other.end <= hit.start && other.id !== hit.id && IN_BETWEEN.test(ctx.text.slice(other.end, hit.start)) && ctx.index.entity(other.id)?.kind === 'body' && ctx.index.countryOf(other.id) === ctx.index.countryOf(hit.id));
}

/** "of" after a noun right before a name: the name completes a phrase about something else ("the invasion of Utopia"). */
const OF_A_NOUN_BEFORE = /\p{L}{3,}\s+of\s+(?:the\s+)?$/u;

/** The name only completes a phrase about something else or says where something went: "the invasion of Utopia", "cars to Arcadia". */
function completesAPhrase(text: string, hit: NameHit): boolean {
  const before = textBefore(text, hit, 16);
  return DIRECTION_BEFORE.test(before) || OF_A_NOUN_BEFORE.test(before);
}

/** "to", "into", "from" right before a name: where something goes or comes from ("hybrid cars to the US"). */
const DIRECTION_BEFORE = /\b(?:to|into|from)\s+(?:the\s+)?$/i;
/** "there" in the figure's sentence refers back to a place, which may be the one something went to. */
const THERE = /\bthere\b/i;
/**
 * "Sales there rose [13.2%], led by Ruritania and Utopia": a figure whose clause points back to a place before it,
 * with names only after it, is of the place named before (entity/earlier-sentence reads it).
 */
function pointsBackPastLaterNames(ctx: FigureContext, names: readonly NameHit[]): boolean {
  return THERE_BEFORE.test(ctx.text.slice(ctx.clauseStart, ctx.token.start)) && names.every((h) => h.start > ctx.token.end);
}

/** "there" as a place pointed back to, not the subject of "there is", "there were". */
const THERE_BEFORE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will)\b)/i;

/**
 * The last name of an earlier sentence, unless it is only where something went or came from ("Ruritania's
 * ministry said exports rose … on shipments of chips to Utopia and cars to Arcadia"): then the name
 * its sentence is about, one before it that no preposition opens.
 */
function subjectOverDestination(ctx: FigureContext, carried: readonly NameHit[], last: NameHit): NameHit {
  if (!completesAPhrase(ctx.text, last)) return last;
  if (THERE.test(ctx.text.slice(ctx.sentenceStart, ctx.token.start))) return last;
  const from = ctx.facts.starts[sentenceAt(ctx.facts.starts, last.start)];
  return carried.find((h) => h.start >= from && h.end <= last.start && !afterAPreposition(ctx.text, h, from)) ?? last;
}

/** A name in its sentence (from `from`) that a verb takes: not after a preposition, nor a possessive that determines a noun. */
function takenByAVerb(text: string, hit: NameHit, from: number): boolean {
  return !afterAPreposition(text, hit, from) && !POSSESSIVE_BEFORE_NOUN.test(textAfter(text, hit, 4));
}

/** A preposition stands right before the name, in its sentence (from `from`). */
function afterAPreposition(text: string, hit: NameHit, from: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(from, hit.start - 16), hit.start));
}

/**
 * The last sentence before the figure's that names anyone has a party (a vendor) for the first name a
 * verb takes: not one after a preposition, in a possessive or naming where a company is from.
 */
function partyIsLastSubject(ctx: FigureContext): boolean {
  const before = ctx.facts.hits.filter((h) => h.end <= ctx.sentenceStart);
  if (before.length === 0) return false;
  const from = ctx.facts.starts[sentenceAt(ctx.facts.starts, before[before.length - 1].start)];
  const taken = before.find((h) => h.start >= from && takenByAVerb(ctx.text, h, from) && !(h.kind === 'entity' && roleOf(ctx, h).origin));
  return taken?.kind === 'vendor';
}

/** A preposition right before a name: the name is in a phrase about something else ("the invasion of Arcadia"). */
const PREPOSITION_BEFORE = /\b(?:of|in|to|from|by|after|with|for|at|on|into|against|over|under|than)\s+(?:the\s+)?$/i;
/** A preposition of place or of a phrase right before a name: "around the Kruger park", "of Utopia". */
const PLACE_PREPOSITION_BEFORE = /\b(?:of|in|to|from|by|with|for|at|on|into|around|across|near|beyond|outside|inside|within|through|throughout|between|along)\s+(?:the\s+)?$/i;
/** A possessive that determines a noun ("Utopia's invasion"): the name qualifies that noun. */
const POSSESSIVE_BEFORE_NOUN = /^['’]s?\s+\p{L}/u;

/** "the" right before a figure: the figure heads a noun phrase that a clause without "that" may follow. */
const THE_BEFORE_FIGURE = /\bthe\s+$/i;
/**
 * Between the figure and a name: at most two words of what it counts (none a preposition or a
 * conjunction), then an optional "that" and "the" ("the 479 electric buses Yutong", "the 31 the Alliance").
 */
const UP_TO_A_CLAUSE_SUBJECT = /^(?:\s+(?!(?:in|of|for|by|from|at|to|on|with|and|or|but|than|as|while|after|before|since|per|a|an)\b)\p{Ll}[\p{Ll}-]*){0,2}\s+(?:that\s+)?(?:the\s+)?$/u;
/** A verb in the past or of having right after the name: the name is the subject of the clause the figure is the object of. */
const OBJECT_CLAUSE_VERB = /^\s+(?:had|has|have|\p{Ll}+ed|sold|won|held|paid|spent|made|took|got|built|gave|lost|brought|bought|drew|grew|set|put)\b/u;
/** Verbs of counting: "the 99 deaths Acme Watch recorded" is who counted, not whose deaths. */
const COUNTING_VERB = /^\s+(?:has\s+|had\s+)?(?:counted|reported|recorded|registered|estimated|tallied|found|logged|tracked|put)\b/;

/** The name that a clause right after the figure makes the subject of a verb taking the figure ("the 16.4% Acme claimed"). */
function subjectOfClauseAfter(ctx: FigureContext): NameHit | undefined {
  if (!THE_BEFORE_FIGURE.test(backTo(ctx, ctx.sentenceStart, 5))) return undefined;
  const hit = sentenceNames(ctx).find((h) => h.start >= ctx.token.end);
  if (!hit || hit.start > ctx.nextStart || !UP_TO_A_CLAUSE_SUBJECT.test(ctx.text.slice(ctx.token.end, hit.start))) return undefined;
  const after = textAfter(ctx.text, hit, 24);
  if (!OBJECT_CLAUSE_VERB.test(after)) return undefined;
  return ctx.index.entity(hit.id)?.kind === 'body' && (COUNTING_VERB.test(after) || ctx.index.onlyASource(hit.id)) ? undefined : hit;
}

export const ENTITY_RULES: ReadingRule<string>[] = [
  {
    id: 'entity/line-label',
    doc: 'A name that labels its line ("ROMANIA – …", "Kazakhstan: …", a figure first after it) is the subject of the line\'s figures, unless the figure\'s clause names another before it or a later sentence names one before the next figure.',
    example: '- ROMANIA – [30,692] cases in 2024, 87% of all EU/EEA cases',
    read(ctx) {
      const label = lineLabel(ctx);
      if (!label || ctx.token.start < label.end) return null;
      // In the label's own sentence, a name between the label and the figure in its clause is the figure's;
      // in a later sentence, any name is, up to the next figure ("70.5% … vs 86.9% OECD-wide": the name after
      // the next figure is that one's).
      // After a run-in heading the sentence goes on in prose: any name between the heading and the figure is the figure's.
      const from = ctx.sentenceStart < label.end ? (label.runIn ? label.end : Math.max(ctx.clauseStart, label.end)) : ctx.sentenceStart;
      const to = ctx.sentenceStart < label.end ? ctx.token.start : Math.min(ctx.sentenceEnd, ctx.nextStart);
      return ctx.entityHits.some((h) => h.start >= from && h.end <= to) ? null : label.id;
    },
  },
  {
    id: 'entity/parallel-lists',
    doc: 'A list of names and a later list of as many figures in one sentence pair off in order ("Spain / Greece / Portugal – use 85.1m / 32.7m / 26.8m", "… had 85.1m, 32.7m and 26.8m respectively").',
    example: 'Spain, Greece and Portugal had 85.1m, [32.7m] and 26.8m arrivals respectively',
    read: (ctx) => pairedName(ctx),
  },
  {
    id: 'entity/parenthesised',
    doc: 'A figure in parentheses right after a name is that name\'s, as in a list of places and their figures; so is the first figure of a longer parenthesis right after a name ("TSMC (up to $6.6 billion, tied to …)").',
    example: 'It was followed by Moldova ([29]), Georgia (20) and Serbia (17)',
    read(ctx) {
      if (ctx.text[ctx.token.start - 1] === '(' && ctx.text[ctx.token.end] === ')') {
        const hit = ctx.entityHits.find((h) => OPENING_PARENTHESIS_AFTER_NAME.test(ctx.text.slice(h.end, ctx.token.start)));
        return hit ? hit.id : null;
      }
      // The first figure of a longer parenthesis right after a name: "TSMC (up to [$6.6 billion], tied to …)".
      const hit = ctx.entityHits.find((h) => h.end <= ctx.token.start && PARENTHESIS_OPENS_WITH_FIGURE.test(ctx.text.slice(h.end, ctx.token.start)));
      return hit && CLOSES_LATER.test(ctx.text.slice(ctx.token.end, ctx.sentenceEnd)) ? hit.id : null;
    },
  },
  {
    id: 'entity/object-clause',
    doc: 'A figure after "the" that a clause without "that" follows, whose subject is a name and whose verb takes the figure ("the 16.4% Acme claimed", "the $44bn Zenith paid"), is that name\'s; a body counting the figure ("the 99 deaths Acme Watch recorded") only reports it.',
    example: 'Its share rose to 11.5%, still short of the [16.4%] Solaris claimed a year later',
    read: (ctx) => {
      const hit = subjectOfClauseAfter(ctx);
      return hit ? capitalOrSelf(ctx, hit) : null;
    },
  },
  {
    id: 'entity/pronoun-subject',
    doc: 'A sentence opening with "It", "Its", "They" or "Their" speaks of the first name of the last sentence before it that names one, unless the sentence names one before the figure outside its asides.',
    example: 'Hungary leads. It received [44 per cent] of all the money spent in Europe.',
    read(ctx) {
      if (!ctx.refersBack) return null;
      // A name between the pronoun and the figure is the figure's ("… it sold more than Tesla – about 526,000"),
      // unless an aside holds it ("Its outbreak, driven by the strain that circulated worldwide, grew …").
      if (sentenceNames(ctx).some((h) => h.start >= ctx.sentenceStart && h.end <= ctx.token.start && !inAside(ctx.asides, h.start, h.end))) return null;
      // "The fastest riser was Acme, the Ruritania-based maker … It shipped": "It" is the party, whose
      // figures are the world's where a dataset names it (entity/party-world), never its origin's.
      if (partyIsLastSubject(ctx)) return ctx.index.worldEntity() ?? null;
      const earlier = ctx.entityHits.filter((h) => h.end <= ctx.sentenceStart && !signsOff(ctx.text, h));
      if (earlier.length > 0) return subjectOfLastNamingSentence(ctx, earlier);
      return ctx.antecedent >= 0 ? fromContext(ctx, (c) => c === ctx.antecedent) : null;
    },
  },
  {
    id: 'entity/definite-reference',
    doc: 'A sentence opening with "The" and the last word of a name from an earlier sentence of the paragraph ("The index", "The bank"), or a word for its kind ("The country", "The city"), speaks of that name, unless it names another before the figure outside its asides.',
    example: 'The Acme Widget Index fell 2%. The index, which tracks globally traded widgets, stood at [127.0] points.',
    read(ctx) {
      const head = DEFINITE_OPENING.exec(ctx.text.slice(ctx.sentenceStart, ctx.token.start))?.[1]?.toLowerCase();
      if (head === undefined) return null;
      if (sentenceNames(ctx).some((h) => h.end <= ctx.token.start && !inAside(ctx.asides, h.start, h.end))) return null;
      const kind = KIND_WORDS[head];
      const earlier = ctx.entityHits.filter((h) => h.end <= ctx.sentenceStart && (kind === undefined ? nameEndsWith(ctx, h.id, head) : ctx.index.entity(h.id)?.kind === kind));
      // A name after a preposition ("tightened around the Kruger park") is a place in a phrase, not what the
      // sentence was about, where another of the kind is named outside one.
      const outsidePhrases = earlier.filter((h) => !PLACE_PREPOSITION_BEFORE.test(textBefore(ctx.text, h, 16)));
      const candidates = outsidePhrases.length > 0 ? outsidePhrases : earlier;
      return candidates.length > 0 ? candidates[candidates.length - 1].id : null;
    },
  },
  {
    id: 'entity/kind-word',
    doc: 'A word for a kind of entity after "the" ("the country\'s", "the city") in the figure\'s own clause before it, with no name between, stands for the name its sentence opens with, when that is of the kind.',
    example: 'Ruritanian plants installed 276,288 units, half the world total, and the country\'s stock was [1.8 million].',
    read: (ctx) => kindWordInClause(ctx),
  },
  {
    id: 'entity/change-base',
    doc: 'A figure a change starts from ("up from 1.56", "down from 738,819") is of the name before it in its sentence, the one whose figure changed; a name after it is another\'s.',
    example: 'Bulgaria recorded 1.81, up from [1.56] in 2022, pushing Ruritania into second place',
    read(ctx) {
      if (!ctx.figureBefore || !CHANGE_BASE_BEFORE.test(backTo(ctx, ctx.sentenceStart, 24))) return null;
      const before = sentenceNames(ctx).filter((h) => h.end <= ctx.token.start);
      return before.length > 0 ? capitalOrSelf(ctx, before[before.length - 1]) : null;
    },
  },
  {
    id: 'entity/with-phrase',
    doc: 'A figure in a phrase opened by ", with" after the main clause ("…, with an estimated 69,400 crossings") describes the subject the sentence opens with, not a name in the predicate before it.',
    example: 'Ruritania became the largest market in the union, with [4,000] units',
    read(ctx) {
      if (!WITH_PHRASE_BEFORE.test(backTo(ctx, ctx.sentenceStart, WITH_PHRASE_REACH))) return null;
      const subject = sentenceNames(ctx)[0];
      if (!subject || subject.end > ctx.token.start || !OPENS_WITH_NAME.test(ctx.text.slice(ctx.sentenceStart, subject.start))) return null;
      // "India is lightning-prone. Brazil's space research institute ranks it sixth in the world, with 26.9
      // million strikes": the phrase is about the object the pronoun stands for, what the text before named.
      if (OBJECT_PRONOUN.test(ctx.text.slice(subject.end, ctx.token.start))) return ENTITY_RULES.find((rule) => rule.id === 'entity/earlier-sentence')!.read(ctx);
      return capitalOrSelf(ctx, subject);
    },
  },
  {
    id: 'entity/source-its',
    doc: 'A body that owns no fact, the only name before the figure in its clause, with "its" or "their" after it ("Ruritania slowed. Bolt Research data put its output at …"), reports on what the sentence before is about: that subject\'s.',
    example: "Ruritania slowed. Bolt Research data put its output at [71.1] million units.",
    read(ctx) {
      const before = sentenceNames(ctx).filter((h) => h.start >= ctx.clauseStart && h.end <= ctx.token.start);
      if (before.length === 0 || !before.every((h) => ctx.index.onlyASource(h.id))) return null;
      if (!POSSESSIVE_PRONOUN_WORD.test(ctx.text.slice(before[before.length - 1].end, ctx.token.start))) return null;
      const subject = ENTITY_RULES.find((rule) => rule.id === 'entity/earlier-sentence')!.read(ctx);
      // A party named in that subject's sentence or after it ("… was Acme, whose brands sell in Utopia. Bolt
      // says its shipments …") is what "its" stands for: the party's figures are read as such (entity/party-world).
      const lastName = ctx.entityHits.filter((h) => h.end <= ctx.sentenceStart).at(-1);
      const from = lastName === undefined ? 0 : Math.max(0, ...ctx.facts.starts.filter((s) => s <= lastName.start));
      return ctx.facts.hits.some((h) => h.kind === 'vendor' && h.start >= from && h.start < ctx.token.start) ? null : subject;
    },
  },
  {
    id: 'entity/clause',
    doc: "The nearest name in the figure's own clause: a name across a dash, colon or semicolon belongs to another clause, and one a verb of giving sends the figure to or takes it from (\"Japan pledged 15.8 billion yen for Ukraine\") is no subject.",
    example: 'Hungary has [18,166] units — Moldova has 15,133',
    read(ctx) {
      const compared = comparedFiguresOwnName(ctx);
      if (compared) return capitalOrSelf(ctx, compared);
      const inClause = sentenceNames(ctx).filter((h) => h.start >= ctx.clauseStart && h.end <= ctx.clauseEnd && !inContrastAfter(ctx, h) && !placeOfFigureBefore(ctx, h) && !placeOfFigureAfter(ctx, h) && !speaksAfterTheFigure(ctx, h) && !inWhatIsSaidAfter(ctx, h));
      // A name after "its" or "their" ("Bolt cut its Utopian output to 35%") says where the thing of a
      // name before it is: that earlier name owns the figure.
      const own = withoutTheCounter(ctx, inClause.filter((h) => !directionAfterFigure(ctx, h, inClause) && !ownersPlace(ctx, h, inClause) && !locatesTheNameBefore(ctx, h, inClause)));
      // A list of three names or more ("Ruritania, Utopia and Bolt lead, as 330 are held worldwide") is no
      // one subject: another name of the clause, outside the list, is the figure's.
      const single = own.filter((h) => !ctx.reader.inLongList(ctx.text, h, ctx.facts.hits));
      const subjects = single.length > 0 ? single : own;
      if (subjects.length === 0) return null;
      if (pointsBackPastLaterNames(ctx, subjects)) return null;
      // Distance skips asides, so a name at an aside's end that its relative clause joins to the figure is
      // chosen outright: "on the Jeddah Tower, designed to overtake the Burj Khalifa, which has held the title at [828] metres".
      const relativeOfAside = subjects.find((h) => ctx.asides.length > 0 && inAside(ctx.asides, h.start, h.end) && attachedToFigure(ctx, h));
      return capitalOrSelf(ctx, relativeOfAside ?? nearest(ctx, subjects));
    },
  },
  {
    id: 'entity/where-clause',
    doc: 'A figure in a relative clause that ", where" opens right after a name ("in Ruritania, where sales fell 52%, and in Utopia, where …") is that place\'s: the clause says what happened there.',
    example: 'the steepest falls came in Ruritania, where sales fell [52%], and in Utopia',
    read(ctx) {
      const before = ctx.text.slice(ctx.sentenceStart, ctx.token.start);
      // A cheap first look: the pattern is tried from every comma of the sentence.
      const where = before.includes('where') ? WHERE_CLAUSE_TO_FIGURE.exec(before) : null;
      if (!where) return null;
      const opensAt = ctx.sentenceStart + where.index;
      // The longest name that ends at the comma ("the US and Canada", not "Canada"); not the end of a path
      // ("the route from Ruritania to Utopia, where …"), which is the path's.
      const place = ctx.entityHits.find((h) => h.start >= ctx.sentenceStart && h.end <= opensAt && ONLY_SPACE.test(ctx.text.slice(h.end, opensAt)));
      if (!place) return null;
      const role = roleOf(ctx, place);
      return role.pathEnd || role.counterpart || role.origin ? null : capitalOrSelf(ctx, place);
    },
  },
  {
    id: 'entity/sentence',
    doc: "The nearest name in the figure's sentence, a name before the figure counting as nearer; not one in a clause that a contrast joins after the figure (\", while Ruritania …\").",
    example: 'In Moldova (a country of 2.5 million), [7,210] units were bought',
    read(ctx) {
      const names = sentenceNames(ctx).filter((h) => !inContrastAfter(ctx, h) && !placeOfFigureAfter(ctx, h) && !inWhatIsSaidAfter(ctx, h));
      return names.length > 0 && !pointsBackPastLaterNames(ctx, names) ? capitalOrSelf(ctx, nearest(ctx, names)) : null;
    },
  },
  {
    id: 'entity/origin',
    doc: "A place named only as a party's origin is the figure's entity when its sentence names no other: \"Ruritania's Acme is the world's [third]-largest\".",
    example: "Ruritania's Acme is the world's [third]-largest maker",
    read(ctx) {
      // A foreign country's party ("Ruritania's Acme") has its facts where the datasets put them.
      const origins = ctx.facts.hits.filter((h) => h.kind === 'entity' && !h.foreign && h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd && namesPartysOrigin(ctx.text, h, ctx.facts.hits));
      return origins.length > 0 ? nearest(ctx, origins).id : null;
    },
  },
  {
    id: 'entity/earlier-sentence',
    doc: 'The last name of an earlier sentence in the paragraph; a place there (not a body) gives only its country unless the sentence refers back ("It", "They", "its", "their", "there", "That"). None for a sentence about the world ("Globally, …"), here and in the rules below that carry a name.',
    example: 'Belgrade alone spent $5.8m. The municipal rollout cost [$32m].',
    read(ctx) {
      // As in the figure's own sentence, a name in an aside, naming a ranking group or compared with ("by the
      // standards of Italy") is not what that sentence is about.
      if (speaksOfTheWorld(ctx)) return null;
      const rank = ctx.token.unit === 'rank';
      const earlier = ctx.entityHits.filter(
        (h) =>
          h.end <= ctx.sentenceStart &&
          !inRoute(ctx.text, h, ctx.entityHits) &&
          (rank || !roleOf(ctx, h).ranks) &&
          !roleOf(ctx, h).compared &&
          !roleOf(ctx, h).origin &&
          !originOfTheSentencesParty(ctx, h) &&
          !inItsSentencesAside(ctx.facts, ctx.text, h.start, h.end) &&
          // A body that owns no fact and reports ("…, the ministry said in its tally") is a source, not a subject,
          // unless written with its country's name ("Hungary's tourism agency said"): it speaks for the country.
          !(REPORTS_AFTER.test(textAfter(ctx.text, h, 24)) && !ctx.index.ownsFacts(h.id) && !writtenWithItsCountry(ctx, h)),
      );
      // The subject of a clause of time or cause ("before Moscow walked out") is not what the paragraph
      // goes on about, where its sentence names another.
      // A body reporting figures ("…, according to PAHO") is not among the names (sourceOnly).
      const main = earlier.filter((h) => !subjectOfSubordinate(ctx.text, h) && !namedInACause(ctx.text, h) && !inJoinedTime(ctx.text, ctx.facts.starts, h));
      const carried = main.length > 0 ? main : earlier;
      if (carried.length === 0) return null;
      const last = subjectOverDestination(ctx, carried, carried[carried.length - 1]);
      // Another source's report ("Acme said … Bolt Research said … rose 1.1%") goes on about what that source
      // covers, not about the subject of the report before it.
      if (reportsOfOtherSources(ctx, last)) return null;
      const id = last.id;
      // A body (a club, a company, an airport) stays itself: the next sentence goes on about it, not
      // about its country, as it may after a city.
      if (ctx.index.entity(id)?.kind === 'body') return id;
      const country = ctx.index.countryOf(id);
      return country !== id && ctx.index.entity(country) && !ctx.refersBack && !POSSESSIVE_PRONOUN.test(ctx.text.slice(ctx.sentenceStart, ctx.token.start)) ? country : id;
    },
  },
  {
    id: 'entity/question',
    doc: 'In an answer, the last name of the question right above it (a heading or paragraph ending in "?").',
    example: "### Did Bosnia's imports rise?\n\nYes, to [$5.4 million].",
    read: (ctx) => (ctx.question >= 0 ? lastName(ctx, ctx.question) : null),
  },
  {
    id: 'entity/table-or-list',
    doc: "A name in the figure's question, table row, column header or list lead-in.",
    example: '| Hungary | [18,166] |',
    read(ctx) {
      const accept = (c: number): boolean => !isHeading(ctx, c) && c !== ctx.antecedent && !namesRankGroup(ctx, c) && !headsShareOfAWhole(ctx, c) && !leadInOfSeveralCountries(ctx, c);
      // A body that owns no fact in a column header ("| 2023 (OIV, mhl) |") is the column's source: the row's
      // label says whose the cell is, and the body only where nothing else names anyone.
      const owner = fromContext(ctx, (c) => accept(c) && !ctx.index.onlyASource(lastName(ctx, c)));
      return owner ?? fromContext(ctx, accept);
    },
  },
  {
    id: 'entity/paragraph-before',
    doc: 'For a sentence opening with "It" or "They": the last name of the paragraph before.',
    example: 'Bosnia imports widgets. They rose to [$5.4 million].',
    read: (ctx) => (ctx.antecedent >= 0 && !speaksOfTheWorld(ctx) ? fromContext(ctx, (c) => c === ctx.antecedent) : null),
  },
  {
    id: 'entity/preceding-text',
    doc: 'The last name of the blocks right before, back to the nearest heading that names one: an answer or a paragraph continues what was just named.',
    example: '### What is the plan?\n\nMontenegro signed a plan …\n\n### Does it cover all?\n\nNo, [85%].',
    read(ctx) {
      const blocks = ctx.reader.doc.blocks;
      // A heading that opens a part of the document (level 1 or 2) continues nothing before it; the
      // editor checks such parts one by one, and a figure's reading must not depend on that.
      if (opensAPart(ctx.block) || speaksOfTheWorld(ctx)) return null;
      for (let b = ctx.blockIndex - 1, seen = 0; b >= 0 && seen < PRECEDING_BLOCKS; b--, seen++) {
        if (blocks[b].cell !== undefined && blocks[b].cell?.table === ctx.block.cell?.table) continue;
        // A paragraph that only lists several places ("talks with Ruritania, Utopia and Arcadia began")
        // is about none of them: it carries no subject.
        if (onlyAListOfNames(ctx, b)) return null;
        const name = lastName(ctx, b);
        // An earlier item of the figure's list is a sibling, not a lead-in: what it names on the way
        // ("… inspected in Ruritania") is no subject of the next item, unless the item opens with it.
        if (name && ctx.block.list !== undefined && blocks[b].list === ctx.block.list && !opensItsItem(ctx, b, name)) continue;
        if (name || opensAPart(blocks[b])) return name;
      }
      return null;
    },
  },
  {
    id: 'entity/heading',
    doc: 'The last name in the nearest heading above the figure, when it has one; none when that heading names several countries ("# Ruritania and Utopia buck the trend"): it says what the piece covers, not whose the figure is.',
    example: '## Moldova … lists [15,133] units',
    read(ctx) {
      if (speaksOfTheWorld(ctx)) return null;
      const heading = ctx.context.find((c) => isHeading(ctx, c));
      return heading === undefined || namesSeveralCountries(ctx, heading) ? null : lastName(ctx, heading);
    },
  },
  {
    id: OUTER_HEADING,
    doc: 'The last name in a heading further up, when the nearest heading above the figure names no one ("# Ruritania\'s exports hit a record" over "## Elsewhere"): what the piece is about, carried into a section that may be about something else, so never a misattribution.',
    example: "# Moldova's record … ## Next door … [15,133] units",
    read(ctx) {
      if (speaksOfTheWorld(ctx)) return null;
      const heading = ctx.context.find((c) => isHeading(ctx, c) && lastName(ctx, c) !== null);
      return heading === undefined || namesSeveralCountries(ctx, heading) ? null : lastName(ctx, heading);
    },
  },
  {
    id: LEDE,
    doc: "The one country the piece's opening names, in the paragraphs under its title before any other heading (\"… tearing through American hen houses …\" above \"## The numbers\"), where nothing nearer names anyone and no dataset holds the world's figures: what the piece is about, carried as a heading further up is, so never a misattribution.",
    example: '# The egg price rollercoaster\n\nBird flu tore through American hen houses.\n\n## The numbers\n\n| Month | Price |\n|---|---|\n| March 2025 | [$6.23] |',
    read(ctx) {
      // Where a dataset holds the world's figures, a figure that names no one is the world's (implicit-world).
      if (speaksOfTheWorld(ctx) || ctx.index.worldEntity() !== undefined) return null;
      return ctx.reader.lede(ctx.blockIndex)?.country ?? null;
    },
  },
];

/**
 * The rule that gives a figure the entity an earlier figure of its sentence stated a fact of, where its own
 * came from outside the sentence (sentenceMates.ts): still named outside it, so a far entity's cautions hold.
 */
export const SENTENCE_MATE_ENTITY = 'entity/sentence-mate';

/** The rule that reads a figure naming only a party as the one entity its facts are filed under (claims.ts partyHome). */
export const PARTY_HOME = 'entity/party-home';
/** A sum in a currency only one country's facts are counted in is that country's (claims.ts). */
export const CURRENCY_HOME = 'entity/currency-home';

/** Rules whose entity comes from outside the figure's sentence: weaker evidence of what it is about. */
export const FAR_ENTITY_RULES: ReadonlySet<string> = new Set(['entity/pronoun-subject', 'entity/earlier-sentence', 'entity/paragraph-before', 'entity/preceding-text', 'entity/heading', OUTER_HEADING, LEDE, IMPLICIT_WORLD, SENTENCE_MATE_ENTITY, PARTY_HOME, CURRENCY_HOME]);

/** Rules whose entity is carried over from blocks before the figure's own: a guess at what it is about. */
export const CARRIED_ENTITY_RULES: ReadonlySet<string> = new Set(['entity/paragraph-before', 'entity/preceding-text', OUTER_HEADING, LEDE, IMPLICIT_WORLD, CURRENCY_HOME]);
