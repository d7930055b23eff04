// Accuracy on the labelled corpora (test/unit/support/corpora.ts): every warning factdesk gives must be
// labelled, and labelled figures must get their verdicts, linked to the fact the label names. The real
// articles of ../shared must get (almost) no warning. Each corpus is held to the floor it reached; the
// targets of issue 9 are higher, and the closing notes say how far each corpus is from them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument } from '../../../src/core';
import { readLabels, WARNING_CODES } from '../support/labels';
import { DEVELOPMENT_CORPORA, corpusAvailable, corpusFiles, indexFor, type Corpus } from '../support/corpora';
import { scoreLabelledCorpus, summarise, type CorpusScore } from '../support/score';

/** Recall, precision, verified-recall a corpus must reach, and the most wrong links it may have. */
type Floors = [number, number, number, number];
// The targets of issue 9.
const TARGETS: Floors = [0.9, 0.97, 0.9, 0];

/**
 * The floors each corpus is held to: the level it reached with the fitted evidence model (docs/
 * calibration.md), rounded down. drafts and holdout–holdout3 were used to build the reading rules;
 * holdout4/dev and subject2/dev are new genres (notes, essays, tables, FAQs, a second subject).
 */
const FLOORS: Record<string, Floors> = {
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.912.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.902.
  // A value of another kind of entity (a route's, a city contract's) is no longer moved to a country by value
  // alone (ofAnotherKind in movedValue): two of its planted misattributions go unfound.
  drafts: [90 / 102, 0.98, 0.99, 0],
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.923.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.904.
  holdout: [47 / 52, 0.99, 0.98, 0],
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.941, precision 0.980.
  holdout2: [48 / 51, 48 / 49, 0.98, 0],
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.765.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.753.
  // A figure of a year inside a fact's span of several years counts a part of that time (partOfTheFactsYears):
  // "after the 2019 elections … 2,800 cameras", read as 2019's, no longer meets the 2019-2020 fact: recall 0.741.
  holdout3: [63 / 85, 0.99, 0.96, 0],
  // "at least 3,060"-style bounds with two digits swapped are slips: 0.775, 0.945 (1), 0.895.
  // A body that owns no fact in a column header is the column's source: recall 0.787.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.719.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.697.
  'holdout4/dev': [62 / 89, 0.92, 0.88, 0],
  // Wrong links: "CTCE + CREC half, Opus Global the rest" (the first two are no names the dataset knows)
  // and two fees written next to each other ("a year earlier" is read for its own year since d6e4430).
  // Precision 0.905: "in 2016 it still accounted for 8.9 per cent" (the 2014 share) is warned about as
  // another fact's value, where its label says a wrong year; before, it got no warning at all.
  // A figure with no time takes its sentence's, from the fact an earlier figure states: 0.782, 0.938 (2), 0.852.
  // A country carried from outside the sentence gives no warning against a fact of one of its places unless a
  // slip explains the value: the "4th" attempt (RTB Bor's, under a heading that names it only in a route) is lost: 0.769.
  // The words after a comma right before the next figure label it: one finding linked to the wrong fee
  // (the Montenegro loan's commitment fee for its management fee) is silent now: 0.756, 0.937 (2), 0.852, 2 wrong links.
  // A value a few times the fact's or further, no slip, under an entity named outside its sentence, with one
  // word of the measure beside it and no party, gives no warning: "a grace period of two years" (of 6) is lost: 0.744,
  // 0.951 (1), 0.852, 2 wrong links.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.654, 3 wrong links.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.641.
  'subject2/dev': [50 / 78, 0.95, 0.85, 3],
  // A third subject (renewable electricity), first scored with the engine of 61c83d3: recall 0.625,
  // precision 0.870, verified-recall 0.818, two wrong links. A year right after an earlier figure is that
  // figure's: two warnings on the wrong fact went silent, and a false alarm too (0.563, 0.900, 0.864, 0).
  // Countries no dataset names, appositives, names before the next figure, generic wholes: 0.688, 0.957, 0.955.
  'subject3/dev': [0.68, 1, 0.95, 0],
  // A fourth subject (EU government deficit and debt), first scored with the engine of 99ae19a: recall
  // 0.800, precision 0.593 (11 false alarms), verified-recall 0.688. Names before "at"/"on" and the next
  // figure, no entity from an earlier sentence's aside, "end-2022" as a year, "US" as a country. Then
  // lists sharing their head's measure words, groups after a superlative, norms, year labels: 0.900,
  // 0.947, 0.896.
  // A figure with no time takes its sentence's: 0.950, 1.000 (0), 0.896.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.900.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.850.
  // 42/48 verified since a0f9e7e (names in a clause of reason are not carried): one verification fewer.
  'subject4/dev': [17 / 20, 1, 0.875, 0],
  // A fifth subject (passenger traffic at European airports: airports as bodies), first scored with the
  // engine of 6b04e54: recall 0.435, precision 0.476 (11 false alarms), verified-recall 0.544, no wrong
  // link. A comparison's base year ("−14% vs 2019", "80% of 2019") dates no figure; "61.7m" is millions;
  // an unknown name opening a clause is its subject; comparatives are changes: 0.696, 0.941, 0.895, 0.
  // An unknown name right before a figure in a list is its subject ("…, El Prat 49.9m"): verified-recall 0.912.
  // "148.0m in 2022" is millions: 0.739, 1.000 (0), 0.912.
  'subject5/dev': [0.73, 1, 0.91, 0],
  // A sixth (carmakers' electric-car deliveries: companies as bodies), first scored with 6b04e54: recall
  // 0.667, precision 0.609 (8 false alarms), verified-recall 0.706. A year labelling the figure after it
  // ("8.3% (2022: 6.9%)") dates no figure before it; names compared with or excluded are no subject;
  // "its" keeps the company; "The bloc" is the EU; a group opening a clause is the subject: 0.810,
  // 0.944, 0.853.
  // "Its" opening a sentence takes up the subject that opens the last one naming something: 0.857, 1.000, 0.897.
  // A country's code before a figure in a list is the country: 0.857, 1.000 (0), 0.912.
  // A change in parentheses after a level takes the level's words: 0.857, 1.000 (0), 0.926.
  'subject6/dev': [0.85, 1, 0.92, 0],
  // A seventh (medals at the Paris 2024 Games: counts under a hundred everywhere), first scored with
  // 2ff2790: recall 0.441, precision 0.375 (21 false alarms), verified-recall 0.869, 7 wrong links. A
  // label opening a line ("Swimming:") is its figures' subject; a count under a hundred is nobody's by
  // its value alone; forecasts are not judged; "the lowest since 2004" dates nothing; two digits of a
  // count under a hundred swapped are no slip; "15 golds and 43 medals": the words before "and" are the
  // 15's; "8 of its titles" and "five golds in each" are parts; "Tokyo 2020" has the dates the dataset
  // gives that name (2021), and so has "in Tokyo"; "than the 613" is what another figure is compared
  // with: 0.559, 0.792, 0.918, 6 wrong links (three are verifications of 40 golds, which the US and China
  // both won, given to the other).
  // A figure that states a fact exactly withdraws the earlier figures of the series it ends: "golds fell
  // from 20 to 14" no longer warns on 20 against 14 (labelled a wrong value of Tokyo's 22, which that
  // warning never named): 0.559, 0.826 (1), 0.934, 4 wrong links.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.412, precision 0.778.
  'subject7/dev': [14 / 34, 14 / 18, 0.93, 5],
  // An eighth (football clubs' revenue in 2022/23: seasons, euros and pounds), first scored with 2ff2790:
  // recall 0.313, precision 0.345 (18 false alarms), verified-recall 0.367, 1 wrong link. A season
  // ("2022/23") is a period; a name the dataset writes with "the" is found without it; "almost €287.8m" of
  // exactly €287.8m is a flipped qualifier: 0.656, 0.955, 0.898.
  // "Up €118m y/y" is a change of a sum as of a share: 0.656, 1.000, 0.959.
  // A change in parentheses after a level takes the level's words: 0.656, 1.000 (0), 0.980.
  // The words after a comma right before the next figure label it: PSG's €184m rise, linked to Real
  // Madrid's, is silent now: 0.625, 1.000 (0), 0.980, no wrong link.
  'subject8/dev': [0.62, 1, 0.97, 0],
  // A ninth (the UK general election of 2024: parties as bodies, seats and vote shares), first scored
  // with 9786c8d: recall 0.364, precision 0.800 (3 false alarms), verified-recall 0.742. "Up 1.6 points" and a
  // column headed "(pts)" are percentage points where the dataset measures changes so; "on its 2019
  // result" is a change's base; "+61" under "+/- seats" names the seat change; "fell by 19.9 points to
  // 27.3%" gives the level the clause's subject: 0.485, 0.889, 0.855.
  // Seat counts whose keywords are all generic words of the subject are named by them; "up 46" after a count
  // is a change: 0.576, 0.950, 0.903.
  // A fact of votes "in Wales" is no judge of a figure that names no Wales: 0.576, 1.000 (0), 0.903.
  // A figure with no time takes its sentence's: 0.576, 1.000 (0), 0.919.
  // "Lab 35.3% (+6.7)": a signed plain number in a parenthesis after a percentage is its change in points: 0.606, 1.000 (0), 0.952.
  // A name that is a later figure's subject is no other reading of the figure before it: recall 0.636.
  // A change fact conflicts with a word of any of its entity's measures (fcce926): "up only 1.6 pts on the
  // 2019 result" beside a keyword of the seat facts, "result", no longer verifies: 58/62.
  // A change in points takes its sign from the words before it (ad5a03f): "a fall of nearly 7 percentage
  // points" of turnout, under a heading naming the Conservatives, is now -7 and judged against their share's
  // change, a warning with the wrong code: precision 21/22.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.606, precision 0.909.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.576, precision 0.905.
  'subject9/dev': [19 / 33, 19 / 21, 58 / 62, 0],
  // A tenth (asylum applications in the EU in 2023: overlapping series of one count), first scored with
  // 9786c8d: recall 0.548, precision 0.654 (6 false alarms), verified-recall 0.778. A name may end in a
  // plus ("EU+"); ", with Germany taking …" opens a clause about Germany; a value no slip explains,
  // beside another measure's word, is no wrong value of a measure named only elsewhere; names joined by
  // slashes and "together" are a group: 0.613, 0.864 (no false alarm), 0.852.
  // A column headed "Per million" holds rates (0.710, 0.880, 0.963). Synonyms of three words or more
  // are read ("of the total" for share): "115,505 of them – 37% of the total", a share of another
  // count, is now read as Germany's share of applicants, a false alarm: 0.710, 0.846 (1), 0.963.
  // Two swapped digits are a slip even of a part ("Germany alone … 115,505"): 0.742, 0.852 (1), 0.963.
  // A dateline's place is no subject: 0.774, 0.857 (1), 0.981.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.742.
  'subject10/dev': [23 / 31, 0.85, 0.98, 0],
  // An eleventh (measles in Europe in 2023 and 2024: a WHO region and the EU/EEA as groups, cases,
  // deaths, coverage, rates per million), first scored with 4365f92: recall 0.387, precision 0.706 (4
  // false alarms), verified-recall 0.660, 1 wrong link. A name in capitals is the name ("ROMANIA"), and
  // a name labelling its line is the subject of its figures; "According to the ECDC, it …" refers back;
  // "about 78%" of about 87% is a slip; a column headed "Per million" holds rates: 0.613, 0.905 (1), 0.774.
  // "Europe & Central Asia" names the region ("&" as "and"): 0.710, 0.917 (1), 0.868.
  // A value a few times the fact's or further, no slip, under an entity named outside its sentence, with one
  // word of the measure beside it and no party, gives no warning: "31 deaths" (of 13, a count under a hundred) under
  // the region's heading is lost: 0.677, 0.913 (1), 0.925.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.645.
  'subject11/dev': [20 / 31, 0.91, 0.86, 0],
  // A twelfth (technology companies' quarterly results in 2024: fiscal quarters as calendar ones, money
  // in billions), first scored with 82dfae7: recall 0.406, precision 0.929 (1 false alarm),
  // verified-recall 0.758. "US$19.3B" names the currency, not the US, and "B" after a currency sign is
  // billions; a fiscal year dates nothing; a run-rate is no quarter's figure; "data-centre" is "data
  // centre"; a level after a change takes the change's own words ("…, Meta's revenue grew 15% to
  // $40.59 billion"): 0.438, 1.000 (0), 0.806.
  // A "y/y" column is the change of the column before it: 0.469, 1.000 (0), 0.823.
  // A quarter named with no year ("in Q2") dates the figure; the fact's value in another quarter is a wrong
  // period: 0.531, 1.000 (0), 0.823.
  // A change in parentheses after a level takes the level's words: 0.563, 1.000 (0), 0.823.
  // "Google Cloud growth (35%)" is a change: it verifies, and "Intelligent Cloud's 22%" after it now warns, as a
  // misattribution (22% is another fact's) where the label says a wrong value: 0.563, 0.947 (0), 0.839.
  'subject12/dev': [0.56, 0.94, 0.83, 0],
  // A thirteenth (consumer price inflation in Europe, 2022–2024: monthly rates, core, food and energy),
  // first scored with 6e1d39e: recall 0.407, precision 0.688 (5 false alarms), verified-recall 0.603,
  // 1 wrong link. A short month's full stop before a word ends the sentence ("… in Nov. EU at 3.4%");
  // a capitalised word before a percentage is no name with a number ("Core 5.3%"); a cell under a column
  // headed "Nov" is no December figure: 0.481, 0.867 (2), 0.603.
  // "The highest in over a year" is no yearly rate; "46.77%" for 64.77% is a slip after an unknown label:
  // 0.519, 0.875 (2), 0.603.
  // A month named alone takes its sentence's year ("2.4% in November" after "December 2023"): 0.519, 0.933 (1), 0.603.
  // The words after a comma right before the next figure label it: recall 0.556.
  // A misattribution needs one of the figure's entity's measures linked more likely than not
  // (THRESHOLDS.ownLink): Germany's yearly 4.9%, linked to its yearly, food and energy rates at about 0.2
  // each, is no longer flagged: 15/27 -> 14/27.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.900.
  'subject13/dev': [14 / 27, 18 / 20, 0.6, 1],
  // A fourteenth (wildfires in 2023: hectares, megatonnes, provinces, single fires), first scored with
  // 6e1d39e: recall 0.219, precision 0.583 (5 false alarms), verified-recall 0.559. A name a size is
  // compared with ("twice the size of Luxembourg") is no subject; a parenthesis holding only a year dates
  // the figure before it ("previous record: 138 Mt (2014)"); a bare "$" in Quebec is a Canadian dollar:
  // 0.250, 0.727 (3), 0.588.
  // "18.4m ha" is millions; "the full figure 18,410,197" is a quantity; "fires" names the count of fires
  // though "fire" is a topic word; "B.C." is found: 0.406, 0.813 (3), 0.765.
  // A value far from the fact's that only the title dates is no mismatch: 0.438, 0.875 (2), 0.765.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.469, 0.882 (2), 0.765.
  // "A$" and other dollars' own symbols are money: verified-recall 0.794.
  'subject14/dev': [0.46, 0.87, 0.79, 0],
  // A fifteenth (the OECD's PISA 2022 results: mean scores, changes in points, shares of low and top
  // performers), first scored with 6aadc9b: recall 0.625, precision 0.610 (13 false alarms),
  // verified-recall 0.800, 2 wrong links. "Its students scored …" takes up the sentence's subject; "above
  // the OECD average" is compared with; "-15" for "almost 15" is a rounding; "England alone 492" is
  // England's; "500" of 475 is no wrong year; a score of 527 beside 536 is no fingerprint; the year after
  // a baseline is a guess: 0.625, 0.833 (2), 0.909. A column header that names a measure keeps another
  // column's note ("5th in maths") out of its cells' words: 0.675, 0.844 (2), 0.909.
  // "25 points or more" is a bound: 0.675, 0.871 (1), 0.909.
  // The same: 0.675, 0.931 (0), 0.909.
  // "lower than in 2018" says only that the figure is of a later time: 0.675, 0.931 (0), 0.927.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.650, precision 0.929.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.625, precision 0.926.
  'subject15/dev': [25 / 40, 25 / 27, 0.92, 2],
  // A sixteenth (births, fertility rates and life expectancy in 2022–2023), first scored with 6aadc9b:
  // recall 0.462, precision 0.900 (1 false alarm), verified-recall 0.786, 1 wrong link. A measure
  // "…, in years" counts years; "just over 84 years" is a bound; "0.9 years more than in 2022" is a change;
  // "up from 1.56" is the name's before it: 0.513, 0.909 (1), 0.810, no wrong link.
  // "Births 229,790" is no name with a number: 0.564, 0.917 (1), 0.810. "+0.9 on 2022" dates no other cell
  // of its row; "LE" names "life expectancy" whole: 0.641, 0.926 (1), 0.833. A body that only reports
  // ("…, Eurostat said") is carried over as no subject; "births per woman" names the rate: 0.641, 0.926 (1), 0.905.
  // "LE only 75.8 yrs, among the EU's lowest" is no longer read as the EU's (a group ranked in after the
  // figure), so its misattribution, found through that wrong entity, is lost: 0.615, 0.923 (1), 0.905.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.641, 0.926 (1), 0.905.
  'subject16/dev': [0.64, 0.92, 0.9, 0],
  // A seventeenth (NATO members' defence spending in 2023–2024: shares of GDP, dollars, euros, zlotys),
  // first scored with efd87c3: recall 0.400, precision 0.778 (4 false alarms), verified-recall 0.447. A
  // column headed by a year alone takes the unit in parentheses in the table's heading ("(% of GDP)");
  // "European allies + Canada" is "… and Canada"; money at constant prices is another figure:
  // 0.571, 0.909 (2), 0.787. That caption's words label the column as a header's would: 0.657, 0.920 (2), 0.787.
  // "Berlin reported … to NATO" gives NATO no misattribution: 0.657, 0.958 (1), 0.787.
  // A dateline's place is no subject: 0.657, 0.958 (1), 0.809.
  // A figure with no time takes its sentence's: 0.686, 0.960 (1), 0.809.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.714, 0.962 (1), 0.809.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.686.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.657.
  'subject17/dev': [23 / 35, 0.96, 0.8, 0],
  // An eighteenth (container ports in 2023: TEU, tonnes, carriers' fleets), first scored with efd87c3:
  // recall 0.684, precision 0.788 (7 false alarms), verified-recall 0.846. A "y/y" column is the change of
  // the column before it; a fact counted in TEU counts no ships; "5.6m TEU" is millions; a growth rate of
  // two digits is no one's by value alone: 0.737, 0.848 (4), 0.923, 1 wrong link.
  // Figures that add up to a total are its parts ("maritime 71m t, river 22m t"): 0.737, 0.875 (3), 0.923.
  // A "World rank" column holds ranks of the row's name: 0.763, 0.879 (3), 0.974.
  // A far value only the title dates is no mismatch: 0.763, 0.935 (2), 0.974.
  // A change in parentheses after a level is that level's: 0.763, 0.967 (1), 0.974. A figure with no time
  // takes its sentence's ("Antwerp-Bruges fell to 16th" is read as Hamburg's, a wrong link): 0.789, 0.968 (1), 0.974.
  // A name a joining word opens before its own figure ("16th and Hamburg, now 22nd") is that figure's: 1 wrong link.
  // A participle's aside between commas is no figure's subject: 0.789, 0.968 (1), 1.000.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.816, 0.969 (1), 1.000.
  // A value a few times the fact's or further, no slip, under an entity named outside its sentence, with one
  // word of the measure beside it and no party, gives no warning: "Gain on 2022: 7.1m TEU" (of Yangshan's 25m, the
  // engine's link) is lost: 0.789, 0.968 (1), 1.000, no wrong link.
  'subject18/dev': [0.78, 0.96, 0.99, 1],
  // A nineteenth (smartphone shipments in 2023–2024: phone makers as vendors, the world and markets as
  // entities), first scored with aa2d793: recall 0.000, precision 0.000 (9 false alarms), verified-recall
  // 0.087. A body with no figure of its own (a tracker) is a source, never given another's value; a
  // company's origin ("the South Korean company") is no place; "Shipments (m)" is millions: 0.034, 0.333 (2),
  // 0.130. Most figures name a maker and no market: a party's figure with no place named is the world's where
  // a dataset names the world; a name that may own facts is carried over before a tracker that owns none;
  // "a third straight quarter" is no fraction: 0.414, 0.600 (7), 0.783.
  // "Q3 '23" is a quarter; "5G:" labels a kind; "148.0m in 2022" is millions; "down 8% from 2022" names a base;
  // an earlier "three Chinese groups" is no place of a party's sentence; "It" after a party's sentence is the
  // party: 0.517, 0.882 (1), 0.826.
  // A body of no country that owns no fact is never a subject, wherever it stands: 0.552, 0.889 (1), 0.870.
  // (verified-recall 40/46 is 0.8696.)
  // A rounding of another's value at another time is no misattribution: 0.586, 0.944 (1), 0.870.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.917.
  'subject19/dev': [0.58, 22 / 24, 0.86, 0],
  // A twentieth (international tourism in Europe in 2023: arrivals, receipts, nights), first scored with
  // aa2d793: recall 0.528, precision 0.704 (8 false alarms), verified-recall 0.755. A source body is given
  // no other's value: 0.528, 0.731 (7), 0.755. A period right before a figure labels it ("2019 €56.7bn →
  // 2020 …"); "94% of 2019 (…)" is a share of 2019: 0.583, 0.808 (5), 0.796.
  // Lists of names and figures pair off in order; "41m guest nights" is millions of nights: 0.583, 0.840 (4), 0.878.
  // "+1.9% vs 2019" is no change on 2022; "recovered 94% of its 2019 arrivals" names a base; a source in the
  // possessive is no subject: 0.611, 0.917 (2), 0.918.
  // A hedged figure of two to four digits names its number ("~€632" is not about €623): 0.639, 0.885 (3), 0.918.
  // A body of no country that owns no fact is never a subject, wherever it stands: 0.667, 0.889 (3), 0.918.
  // A hedged figure within a tenth of a fact is unsure, neither verified nor wrong: "~93% of … 2019" is no
  // longer verified against the 88% recovery, nor a warning: 0.667, 0.923 (2), 0.918.
  // The scorer matches a marker written before "euros" with the whole figure: verified-recall 0.959.
  'subject20/dev': [0.66, 0.92, 0.95, 0],
  // A twenty-first (road deaths in Europe, 2022–2023: counts, rates per million, changes on 2022 and
  // 2019), first scored with 84baebc: recall 0.372, precision 0.889 (2 false alarms), verified-recall
  // 0.348, 1 wrong link. A column headed "Rate 2023" takes the base its table's caption gives ("rates =
  // deaths per million inhabitants"): 0.465, 0.909 (2), 0.500.
  // A dateline's place is no subject; "people were killed" counts deaths; "followed by Denmark on 27" is a rate;
  // "the 2030 goal" dates nothing; "for every million" is a rate; a series' equal values link the latest;
  // "MT -38%" names Malta; "two-wheelers" is no figure; "drivers 69" counts drivers: 0.558, 1.000 (0), 0.696.
  // A figure with no time takes its sentence's; a body of no country reporting is no subject: 0.581, 1.000 (0), 0.717.
  // A body of no country cited in parentheses ("(EC final, Oct 2023)") is no subject of later lines: 0.581, 1.000 (0), 0.739.
  // An earlier item of the figure's list carries only a name it opens with: 0.605, 1.000 (0), 0.783.
  // "a cut of 2m bpd"-style falls state a decrease by its size: 0.628, 1.000 (0), 0.783.
  // A bare number by a rate's own words is that rate ("incidence 41.46", "(9.1 in 2023)"): 0.628, 0.964 (0; one warning of another kind), 0.870.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.605, verified-recall 0.848.
  'subject21/dev': [26 / 43, 0.96, 39 / 46, 0],
  // A twenty-second (cocoa and coffee markets, 2023–2024: crop seasons, prices per tonne, farm-gate
  // prices), first scored with 84baebc: recall 0.433, precision 0.722 (4 false alarms), verified-recall
  // 0.548, 2 wrong links.
  // CFA francs, cedis and "GH¢" are money; a row's label gives its unit ("Ivory Coast, CFA/kg"); "on 17 Dec"
  // dates a figure; each of "A in London and B in New York" is its place's; "2024/25" is the datasets' season:
  // 0.533, 0.889 (0), 0.762.
  // A body that reports is the source of its sentence's figures: 0.600, 1.000 (0).
  // Every form of a change verb ("before sliding 15%") verifies a fall both markets share, linked to the
  // place named last (New York) where the label names London: 3 wrong links.
  // Comparisons and restatements read as changes ("14% above the €9.2bn", "fell 2.5%, or 28.9 million tonnes", a row "Change on 2023"): 0.667, 1.000 (0), 0.786.
  // 4 wrong links since 'francs' is read as money: '900 francs' ties the cocoa and the coffee farm-gate prices.
  'subject22/dev': [0.66, 0.94, 0.76, 4],
  // A twenty-third (refugees from Ukraine in Europe, 2023–2024: people under temporary protection at
  // month-ends, rates per 1,000, UN appeals), first scored with 28b2d06: recall 0.481, precision 0.929
  // (1 false alarm), verified-recall 0.675.
  // A table of months under the heading "Per 1,000 inhabitants" holds rates; "against 27.0 in Poland" is
  // Poland's and the list's rate; "at the end of November" dates a figure: 0.667, 0.947 (1), 0.875.
  // A figure of its sentence's time is no wrong value of another year's fact unless a slip explains it: 0.667, 1.000 (0), 0.875.
  'subject23/dev': [0.66, 1, 0.87, 0],
  // A twenty-fourth (dengue in Latin America, 2023–2024: cases, deaths, incidence per 100,000, to a week
  // or for a year), first scored with 28b2d06: recall 0.643, precision 0.783 (5 false alarms),
  // verified-recall 0.714.
  // A count to a date is no count of the whole year; "aged 10 and 11" are ages: 0.643, 0.900 (2), 0.714.
  // "by week 24" counts to a date; a figure with no time takes its sentence's; "PAHO said …" and "according to
  // PAHO" name a source, not a subject; "343/100k" is a rate: 0.750, 0.955 (1), 0.786.
  // A cell's period in parentheses after its own figure dates no other cell of the row: 0.786, 1.000 (0), 0.810.
  // An earlier item of the figure's list carries only a name it opens with: 0.821, 1.000 (0), 0.833.
  // A bare number by a rate's own words is that rate ("incidence 41.46", "(9.1 in 2023)"): 0.893, 1.000 (0), 0.905.
  'subject24/dev': [0.89, 1, 0.9, 0],
  // A twenty-fifth (statutory minimum wages in Europe: euros and national currencies a month, hourly rates,
  // January and July figures), first scored with a5961dd: recall 0.533, precision 0.842 (3 false alarms),
  // verified-recall 0.628.
  // "at the bottom of EU tables" ranks in the EU; a change its row's levels compute is theirs: 0.533, 0.941 (1), 0.651.
  // "Target 47%" is a norm; another cell's own figure keeps its words; a change column takes the year of the
  // column before; no yearly rate from an aside; "ahead of Bulgaria's 10.2%" after a rise is a rise: 0.700, 1.000 (0), 0.721.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.733, 1.000 (0), 0.721.
  'subject25/dev': [0.73, 1, 0.72, 0],
  // A twenty-sixth (Ukraine's grain exports: million tonnes by marketing year, the Black Sea corridor,
  // harvests, EU imports), first scored with a5961dd: recall 0.412, precision 0.824 (2 false alarms),
  // verified-recall 0.614, one wrong link.
  // "62.3% of EU imports" is the EU's; no moved value to a name from an earlier sentence; "81 million tonnes
  // last year" is not of the sentence's 2024; a participle's aside and "before Moscow walked out" name no
  // subject; nor does a list of three places after the figure: 0.500, 0.944 (0), 0.750.
  // "imports of Ukrainian soft wheat" names the goods' origin, not the subject: 0.529, 0.947 (0), 0.750.
  // "About 81 million" is not the 2024 forecast of 77 million, so the 2023 harvest is given for 2022: 0.559, 0.950 (0), 0.750.
  // "JCC … in Istanbul" in an earlier item of the list is no subject of the next items: 0.559, 0.950 (0), 0.841.
  // "Mar '23" and "Jan–Apr '23" are months of 2023: 0.588, 0.952 (0), 0.841.
  // A side given to a hedged number of two digits or more ("more than 380k" of "around 380,000") is a
  // qualifier error: 0.618, 0.955 (0), 0.841. A hedged figure within a tenth of a fact competes as its loose
  // statement, so "about 81 million … in 2022" ties again between the two harvests: 0.588, 0.952 (0), 0.841.
  'subject26/dev': [0.58, 0.95, 0.84, 0],
  // A twenty-seventh (irregular migration by sea to Europe, 2023–2024: routes, islands, arrivals, deaths),
  // written blind; first scored with 723d1db: recall 0.474, precision 0.750 (6 false alarms), verified-recall
  // 0.818. A header "Share of EU total" names the whole, not the rows' subject; "since it began collecting
  // data in 2009" is no period; "the Warsaw-based agency" names no subject; "the Balearic Islands" is not
  // "the islands"; ", with an estimated 69,400" is the sentence's subject's; a country carried from outside
  // the sentence is no slip of its islands' figure; the ends of "the … route from A to B" are no subjects:
  // 0.526, 1.000 (0), 0.932. A side given to a hedged number of two digits is a qualifier error: 0.579, 1.000 (0), 0.932.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.960.
  // "Greece alone recorded 69,400", the sea route's count, is no longer found (ofAnotherKind in movedValue).
  'subject27/dev': [0.57, 23 / 24, 0.93, 0],
  // A twenty-eighth (CO2 and greenhouse-gas emissions, 2022–2023: totals, per person, shares, changes),
  // written blind; first scored with 0c6972c: recall 0.459, precision 0.895 (2 false alarms), verified-recall
  // 0.527. A share header's whole is no subject: 0.514, 0.864 (2), 0.582. A body of no country that owns no
  // fact is never a subject ("- IEA, 2023: …"): 0.649, 0.857 (2), 0.764. Another source's report carries no
  // subject: 0.649, 0.889 (1), 0.818. "global average" is one name: 0.649, 0.923 (0), 0.836. A figure per
  // capita states a count per person: 0.703, 0.929 (0), 0.927. "~-9%" and "about" against "almost": 0.945.
  // "had already cut 77m t in 2022" is a fall: 0.730, 0.931 (0), 0.945.
  // Comparisons and restatements read as changes ("14% above the €9.2bn", "fell 2.5%, or 28.9 million tonnes", a row "Change on 2023"): 0.784, 0.935 (0), 0.945.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.912.
  'subject28/dev': [0.78, 31 / 34, 0.94, 0],
  // A twenty-ninth (crude oil production and OPEC+ cuts, 2023–2024: barrels a day, quarters, prices), written
  // blind; first scored with e4c7d9f: recall 0.463, precision 0.826 (3 false alarms), verified-recall 0.574,
  // 5 wrong links. "12.9m bpd" is millions: 0.512, 0.875 (2), 0.721. A plan's figure and "$83.55 a barrel"
  // on a day against a year's $80 are no wrong values: 0.512, 0.955 (0), 0.721. "A cut of 2m bpd" states
  // a cut: 0.738. A quarter named rules out the other quarter's equal cut: 0.754. Its wrong links are the
  // first and second quarters' equal cuts of one country, read without the quarter a paragraph before names.
  // The words after a comma right before the next figure label it: verified-recall 0.770.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.537, 0.957 (0), 0.770.
  // Thirtieth session: a series' two wrong readings add up (verdict.ts), and one more figure of this corpus is
  // warned of as a wrong year where its label says a wrong value: a right warning under another code.
  'subject29/dev': [0.53, 0.92, 0.77, 6],
  // A thirtieth (house prices, rents and mortgage rates, 2023–2024: countries and their cities), written
  // blind; first scored with e4c7d9f: recall 0.634, precision 0.963 (0 false alarms), verified-recall 0.817,
  // 2 wrong links. "1.1% lower … than a year earlier" is a change: 0.831. The country's figure said of
  // "Galway city" no longer verifies (labelled misattributed, it stays silent).
  // "A$758,000" is money: verified-recall 0.845.
  'subject30/dev': [0.63, 0.96, 0.84, 2],
  // A thirty-first (labour markets, 2023–2024: monthly unemployment rates, jobs added, changes in points),
  // written blind; first scored with ae77a19: recall 0.487, precision 0.704 (8 false alarms),
  // verified-recall 0.813, 2 wrong links. "in March" dates a figure: 0.487, 0.760 (6). A rounding of
  // another's value at another time is no misattribution: 0.792 (5). "first print +216,000" is an earlier
  // estimate: 0.826 (4). Markers moved before a bare "points": 0.513, 0.870 (3). "October to December
  // 2023" is a range, "above end-2022" a base: 0.513, 0.909 (2), 0.833.
  // The words after a comma right before the next figure label it: 0.538, 0.913 (2), 0.854.
  'subject31/dev': [0.53, 0.9, 0.85, 2],
  // A thirty-second (earthquakes of 2023–2024: death tolls dated to the day, magnitudes, damage), written
  // blind; first scored with ae77a19: recall 0.585, precision 0.857 (4 false alarms), verified-recall 0.776.
  // "44,218" of "at least 44,218" states the floor: 0.923 (2), 0.810. A later figure that ends a toll's
  // timeline withdraws the earlier ones: 0.585, 0.960 (1), 0.810. "20 villages" is no scale slip of 20,000
  // homes: 1.000 (0). "| Nepal (Jajarkot) |" is Nepal's row: 0.610, 0.828. "at least 3,060" of at least
  // 3,600 is a slip: 0.634, 1.000 (0), 0.828.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.610.
  'subject32/dev': [25 / 41, 1, 0.82, 0],
  // A thirty-third (crude steel and aluminium output, 2023–2024: million tonnes written "Mt"), written blind;
  // first scored with 22af863: recall 0.188, precision 0.360 (13 false alarms), verified-recall 0.403. A
  // dataset's group "million tonnes" makes "Mt" a scaled unit, in prose and captions: 0.563, 0.844 (4), 0.806.
  // A period label opens a timeline entry; a source with "its" reports on the sentence before: 0.625. "a
  // revised 1,897.9" is another cut-off; markers moved after scale words; a title naming two countries
  // names no figure's: 0.646, 0.969 (0), 0.851.
  // The world for a sentence that names no one, though a later sentence or a heading does (`entity/implicit-world`): 0.667, 0.970 (0), 0.925.
  'subject33/dev': [0.66, 0.96, 0.92, 0],
  // A thirty-fourth (central banks' policy rates, 2022–2024: levels after dated decisions, moves in basis
  // points), written blind; first scored with 22af863: recall 0.256, precision 0.579 (6), verified-recall 0.606.
  // "cut rates by 50 basis points" is a change: 0.621. A marker before "percentage points" marks the figure;
  // a figure spoken of as possible is no misattribution: 0.279, 0.667 (4), 0.636. Low: each end of a range is
  // labelled apart, and a rate's level "now" or at a cycle's peak is read against the one decision the
  // dataset dates.
  // An ordinal of events so far ("the 12th hike since May 2022") is their count: 0.326, 0.667 (4), 0.682.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.302, precision 0.650.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.279, precision 0.600.
  'subject34/dev': [12 / 43, 12 / 20, 0.68, 0],
  // A thirty-fifth (streaming services, 2023–2024: subscribers by calendar or fiscal quarter), written blind;
  // first scored with b72d216: recall 0.325, precision 0.722 (5), verified-recall 0.712. Outlooks ("has
  // guided to") are spoken of as possible; names written with a comma; margins ("beat guidance by 1
  // million") are no figures: 0.325, 0.867 (2), 0.712.
  // A name that is a later figure's subject is no other reading of the figure before it: 0.325, 0.867 (2), 0.729.
  'subject35/dev': [0.32, 0.86, 0.72, 0],
  // A thirty-sixth (elections of 2024 outside the UK: seats, vote shares, turnout), written blind; first
  // scored with f7e467a: recall 0.564, precision 0.815 (5), verified-recall 0.911, 2 wrong links. Ages
  // between commas ("Bardella, 28, chairs") and a change's starting level are no claims: 0.880 (3).
  // "the ANC lost 17 seats and the EFF five": the EFF is no other reading of 17; "KwaZulu-Natal, Zuma's home
  // province, where it won 37" is that place's figure: 0.590, 0.885 (3), 0.911, 1 wrong link.
  // "A party needs 201 seats to govern alone" is a threshold: 0.920 (2).
  // "the first-round figure was 27.99%" names another variant than a fact of the second round: 0.960 (1).
  // A value a few times the fact's or further, no slip, under an entity named outside its sentence, with one
  // word of the measure beside it and no party, gives no warning: "S&D: its 163 MEPs" (linked to another group's 73)
  // is lost: 0.590, 0.958 (1), 0.911, no wrong link.
  'subject36/dev': [23 / 39, 0.95, 0.91, 1],
  // A thirty-seventh (the record heat of 2023–2024: anomalies against named baselines, means and records in
  // °C), written blind. Its dataset quotes French and German sources with decimal commas ("10,6 Grad"), which
  // the quote check now reads; first scored then, with 1007675: recall 0.000, precision 0.000 (2), verified-recall
  // 0.050, since "1.60C" was read as a code. A unit of the vocabulary glued to a figure makes a figure: 0.326,
  // 0.750 (5), 0.533. A row's "2022: 10.3C" dates its own cell only; no million in "(Météo-France)": 0.304,
  // 0.778 (3), 0.567, 1 wrong link. A number inside a keyword ("combining six datasets") is no figure: 0.875 (1).
  // "0.17C warmer than 2016" is a change; "15.01C." ends its sentence; a "Previous year" column is the year
  // before: 0.348, 0.889 (1), 0.650.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.857.
  'subject37/dev': [0.34, 18 / 21, 0.68, 1],
  // A thirty-eighth (wine, 2023–2024: production, consumption and exports in million hectolitres, vineyard
  // area), written blind; first scored with 1007675 once 32 markers were moved after their scale words: recall
  // 0.475, precision 0.792 (4), verified-recall 0.533. "up 5% after a poor 2023", "on a dismal 2023" are measured
  // against that year; a body that owns no fact in a column header is its source; "the OIV has said" reports:
  // 0.550, 0.846 (3), 0.633.
  // A number that leaves out a scale given elsewhere is no slip; a body that reports is a source: 0.880 (2), 0.650.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.625, 0.893 (2), 0.717.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.871.
  'subject38/dev': [0.62, 27 / 31, 0.71, 0],
  // A thirty-ninth (remittances, 2023–2024: US dollars, growth, shares of GDP, the cost of sending $200),
  // written blind; first scored with 79fac38: recall 0.579, precision 0.917 (2), verified-recall 0.800; 0.605,
  // 0.958 (1) once the scorer matched a marker written before "dollars" with the whole figure.
  // A change "on the year before" is of the time last named; a body that reports is a source: 0.632, 1.000 (0), 0.817.
  // "its growth was a modest 2.3%" is a change: it now warns, as a mismatch (3.2, digits swapped) where the label
  // says another's value: 0.960 (0).
  'subject39/dev': [0.63, 0.96, 0.81, 0],
  // A fortieth (air pollution, 2022–2024: PM2.5 in µg/m³ for countries and cities, ranks, multiples of the
  // WHO guideline), written blind; its dataset quotes Indian and German papers ("2,56,000", "81 lakh",
  // "vierten Platz"), which the quote check now reads; first scored then, with 79fac38: recall 0.535,
  // precision 0.920 (2), verified-recall 0.794, 1 wrong link.
  // A participle's aside after an opening noun phrase dates nothing: 0.958 (1), 0.810.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.558, 0.960 (1), 0.810.
  'subject40/dev': [0.55, 0.96, 0.8, 1],
  // A forty-first (cinema box office, 2023–2024: films and studios as bodies, grosses in dollars and yuan,
  // admissions, ranks), written blind; first scored with aa0e8e4: recall 0.471, precision 0.889 (2),
  // verified-recall 0.578.
  'subject41/dev': [16 / 34, 0.88, 26 / 45, 0],
  // A forty-second (internet access, 2023–2024: people online in billions and shares, subscriptions, speeds in
  // Mbps and ranks), written blind; first scored with aa0e8e4: recall 0.393, precision 1.000 (0),
  // verified-recall 0.846, 1 wrong link.
  // A dateline with no date and a byline name no subject; a wrong figure against one measure's facts holding
  // one value in several periods is one warning, linked to the latest ("56%" of women online, 65% in both
  // years, under a column headed "Last year's edition": a second wrong link): 0.500, 1.000 (0), 0.885, 2.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): precision 0.947.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): precision 0.944.
  'subject42/dev': [14 / 28, 17 / 18, 23 / 26, 2],
  // A forty-third (childhood vaccination, 2022–2024: coverage shares, zero-dose children, England's MMR uptake
  // by financial year, US school years, polio cases), written blind; first scored with e24c161: recall 0.556,
  // precision 0.870 (2), verified-recall 0.846, 1 wrong link.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.556, 0.909 (1), 0.865.
  // The world for a sentence that names no one, though a later sentence or a heading does (`entity/implicit-world`): 0.583, 0.913 (1), 0.885.
  'subject43/dev': [21 / 36, 21 / 23, 46 / 52, 1],
  // A forty-fourth (rail and metro ridership, 2023–2024: journeys in millions and crore, records, punctuality,
  // financial years), written blind; first scored with e24c161: recall 0.440, precision 0.846 (2),
  // verified-recall 0.828.
  // "in the year to March 2024" is the twelve months ending with March: 0.480, 1.000 (0).
  'subject44/dev': [12 / 25, 12 / 12, 24 / 29, 0],
  // A forty-fifth (electric cars, 2023–2024: the IEA's sales and shares, ACEA, SMMT and KBA registrations,
  // charging points), written blind; first scored with f7e8e9a: recall 0.593, precision 0.800 (4),
  // verified-recall 0.756, 1 wrong link.
  // A figure for months of a year is no whole year's figure given the wrong year: 0.593, 0.889 (2).
  // The subject of a clause of time after the figure ("as China pulls further ahead") is no subject of it: 0.593, 0.941 (1).
  // A body that "calls" a figure something is its source: 0.593, 0.941 (1), 0.778.
  // A list's items share a topic, as a table's cells do: 0.630, 0.944 (1), 0.867.
  'subject45/dev': [17 / 27, 18 / 20, 39 / 45, 1],
  // A forty-sixth (food prices and hunger, 2023–2024: the FAO index and its sub-indices in points, changes,
  // people facing hunger in millions and ranges), written blind; first scored with f7e8e9a: recall 0.500,
  // precision 0.706 (5), verified-recall 0.625.
  // "The index, which …," is the index named before; "13.3 per cent lower over the year" and "climbing
  // 27.6 per cent" are changes: 0.625, 0.750 (5), 0.688. A place given to a part after the figure ("half of them
  // in Africa") is no place of the whole: 0.625, 0.789 (4). A change "above its average of the year before"
  // is of the time last named: 0.625, 0.833 (3), 0.719.
  'subject46/dev': [15 / 24, 15 / 18, 23 / 32, 0],
  // A forty-seventh (deforestation, 2023–2024: tropical primary forest lost in hectares, PRODES and DETER
  // clearing in km², fire's share), written blind; first scored with 7a4500e: recall 0.650, precision 0.929
  // (1), verified-recall 0.763.
  // A measure of loss ("primary forest loss") is a level that "lost 2.8 million" states: 0.650, 0.929 (1), 0.842.
  // A first sentence ending on "with it" goes on about the paragraph before: 0.700, 0.933 (1), 0.895.
  // The group a verb of leading names ("led the Amazon states") is where the subject ranks: 0.700, 1.000 (0), 0.921.
  // "The country" is the last country named before: 0.750, 1.000 (0), 0.921.
  'subject47/dev': [15 / 20, 15 / 15, 35 / 38, 0],
  // A forty-eighth (shipping through the Red Sea, Suez and Panama, 2023–2024: transits, canal revenue,
  // dollars per container, days), written blind; first scored with fe3a039: recall 0.421, precision 0.889
  // (0 false alarms, 1 warning of the wrong kind), verified-recall 0.706.
  // A row labelled "Below a year earlier" makes its bare percentages falls: 0.421, 0.889 (0), 0.794.
  // Comparisons and restatements read as changes ("14% above the €9.2bn", "fell 2.5%, or 28.9 million tonnes", a row "Change on 2023"): 0.474, 0.900 (0), 0.794.
  'subject48/dev': [9 / 19, 9 / 10, 27 / 34, 0],
  // A forty-ninth (smoking and tobacco, 2022–2024: users worldwide, adult smoking and youth vaping rates, pack
  // prices), written blind; first scored with 14ac37e: recall 0.500, precision 0.846 (2), verified-recall
  // 0.829, 1 wrong link.
  // "Their rate" reads the words of a sentence before it that states no figure ("Men are a different story."):
  // 0.545, 0.857 (2), 0.857.
  // "The Americas have …" is a place of its own, no slip of "America": 0.545, 0.923 (1).
  // "a 25% relative cut" is a change: 0.545, 0.923 (1), 0.914.
  // "this year" counts from the date under the title: 0.591, 0.929 (1), 0.914, no wrong link.
  'subject49/dev': [13 / 22, 13 / 14, 32 / 35, 0],
  // A fiftieth (space launches, 2023–2024: orbital launch attempts by country and company, Starlink, agencies'
  // budgets), written blind; first scored with 14ac37e: recall 0.524, precision 0.786 (2), verified-recall
  // 0.800, 2 wrong links.
  // "The country" is the last country named; "launched 17 times" counts launches: 0.524, 0.786 (2), 0.857.
  // A clause joined by ", and a …" after the figure has a subject of its own: 0.524, 0.786 (2), 0.886.
  // A figure "a decade earlier" is of ten years before the time last named: 0.524, 0.846 (1).
  // A place in a list of some of the figure (", including … a Japanese start-up") is no place of it: 0.524, 0.917 (0).
  // Comparisons and restatements read as changes ("14% above the €9.2bn", "fell 2.5%, or 28.9 million tonnes", a row "Change on 2023"): 0.571, 0.923 (0), 0.886.
  // A fiscal year ("FY2025") has the months of the datasets' own (`period/fiscal-year`): 0.619, 0.929 (0), 0.886.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.571, precision 0.923.
  'subject50/dev': [12 / 21, 12 / 13, 31 / 35, 2],
  // A fifty-first (malaria and tuberculosis, 2019–2024: WHO's cases, deaths, incidence, country shares,
  // vaccines and funding), written blind; first scored with d085672: recall 0.381, precision 0.889 (1),
  // verified-recall 0.452. A passage that names no one is the world's (`entity/implicit-world`), and "11 million
  // more than a year earlier" is a change: 0.429, 0.900 (1), 0.762.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.429, 0.900 (1), 0.738 (the title's figure is no longer read).
  'subject51/dev': [9 / 21, 9 / 10, 31 / 42, 0],
  // A fifty-second (nuclear power, 2021–2024: generation in TWh and shares, reactors, capacity, new builds'
  // costs and delays, uranium), written blind; first scored with e6f5275: recall 0.522, precision 0.800 (2),
  // verified-recall 0.657.
  // A block that names no one is read where a dataset has the world (`entity/implicit-world`), never in a heading: 0.565, 0.813 (2), 0.686.
  // A fact's unit of two words ("in terawatt hours (TWh)") is what it counts: 0.565, 0.813 (2), 0.714.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.478.
  // A repeated small count in a table row ("| Grid connections | 7 | 7 |") is read as another year's equal value
  // (statedAtItsTimeInItsRow): the copy planted there is no longer found.
  'subject52/dev': [10 / 23, 13 / 16, 25 / 35, 0],
  // A fifty-third (coffee, 2022–2025: crops in 60-kg bags, exports, stocks, arabica and robusta prices,
  // roasters' results), written blind; first scored with a9ba116: recall 0.412, precision 0.538 (6),
  // verified-recall 0.514.
  // The rules its first run found (a carried outer heading, a table's corner unit, months named in period
  // texts, rallies and rebounds, finer digits no slip): 0.706, 0.923 (1), 0.730.
  'subject53/dev': [12 / 17, 12 / 13, 27 / 37, 0],
  // A fifty-fourth (homicide, 2021–2025: UNODC's world and regional counts and rates, national police
  // counts and rates per 100,000), written blind; first scored with a9ba116: recall 0.571, precision 0.727
  // (2), verified-recall 0.774.
  // The rules its first run found (any superlative ranks in a group, "how far it fell", "on the same period a
  // year earlier"): 0.643, 0.818 (1), 0.903.
  'subject54/dev': [9 / 14, 9 / 11, 28 / 31, 0],
  // A fifty-fifth (gold, 2022–2025: central banks' purchases and total demand in tonnes, the price per ounce,
  // ETF flows, mine output), written blind; first scored with 78c4b8b: recall 0.625, precision 0.789 (2),
  // verified-recall 0.698.
  // A name qualifying the subject of a clause of time after the figure is no subject: 0.625, 0.833 (1), 0.698.
  'subject55/dev': [15 / 24, 15 / 18, 30 / 43, 0],
  // A fifty-sixth (container shipping, 2023–2025: Drewry's, Shanghai's and Freightos' rate indices, carriers'
  // volumes and results), written blind; first scored with 78c4b8b: recall 0.647, precision 0.579 (8),
  // verified-recall 0.614, 1 wrong link.
  // A name only compared with is no subject ("the same figure as Maersk's"): 0.647, 0.611 (7), 0.636.
  // Months in a clause of time after the figure; a change's conflict with any measure of its entity; an en
  // dash joining a name's words ("Shanghai–Rotterdam"): 0.765, 0.722 (5), 0.841.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.706.
  'subject56/dev': [12 / 17, 13 / 18, 37 / 44, 0],
  // A fifty-seventh (aid to Ukraine, 2022–2025: the Kiel tracker's commitments and allocations by donor in
  // euros, shares of GDP, the EU's facility, national packages in their own currencies), written blind; first
  // scored with 383a4c4: recall 0.375, precision 0.429 (7), verified-recall 0.738.
  'subject57/dev': [6 / 16, 6 / 14, 45 / 61, 0],
  // A fifty-eighth (sea ice and glaciers, 2000–2025: Arctic and Antarctic extent in million km², records and
  // anomalies, glacier and ice-sheet mass loss), written blind; first scored with 383a4c4: recall 0.231,
  // precision 0.333 (3), verified-recall 0.488.
  'subject58/dev': [3 / 13, 3 / 9, 20 / 41, 0],
  // A fifty-ninth (wildlife, 2009–2024: tiger and snow leopard counts, rhinos and poaching, gorillas, right
  // whales, elephants, the Living Planet Index, the Red List), written blind; first scored with 7672f10:
  // recall 0.353, precision 0.857 (1), verified-recall 0.727.
  'subject59/dev': [6 / 17, 6 / 7, 24 / 33, 0],
  // A sixtieth (airlines, 2023–2025: carriers' passengers, load factors, revenue and profit by calendar or
  // fiscal year, IATA's totals and outlooks, fleets and orders), written blind; first scored with 7672f10:
  // recall 0.625, precision 0.714 (4), verified-recall 0.944.
  // A slip under a paragraph that names other years is flagged: 0.750, 0.750 (4), 0.944. A body named after
  // another body is its sibling (0aab320): "The Dubai carrier said it still had 205 … on order", after the
  // wider Emirates Group, no longer verifies the airline's order through the group's name: 0.926.
  'subject60/dev': [12 / 16, 12 / 16, 50 / 54, 0],
  // A sixty-first (household energy prices, 2023–2025: Eurostat's electricity and gas prices per 100 kWh,
  // tax shares, cold homes, Ofgem's price cap), written blind; first scored with 5cc9abc: recall 0.462,
  // precision 0.600 (4), verified-recall 0.623.
  'subject61/dev': [6 / 13, 6 / 10, 38 / 61, 0],
  // A sixty-second (data protection, 2018–2025: GDPR fines by company, regulator and country, yearly totals,
  // breach notifications, ransomware payments), written blind; first scored with 54b9bfe: recall 0.786,
  // precision 0.846 (2), verified-recall 0.796.
  'subject62/dev': [11 / 14, 11 / 13, 43 / 54, 0],
  // A sixty-third (battery minerals, 2022–2024: lithium, cobalt and nickel mine output by country, lithium
  // carbonate prices, battery installations in GWh, makers' and miners' results), written blind; first scored
  // with 49a0619: recall 0.833, precision 0.714 (4), verified-recall 0.857. Precision lowered by one warning
  // with 2994432: in "Through November it had counted 785.6 GWh, up 26.4%, with CATL on 289.3 GWh" CATL is now
  // the next figure's subject, and the 26.4%, whose "Through November" no rule dates, is judged against the
  // world's 2023 growth.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.750.
  'subject63/dev': [9 / 12, 10 / 15, 36 / 42, 0],
  // A sixty-fourth (international students, 2022–2025: enrolments by host and origin country, study visas and
  // caps, shares, fees and contributions), written blind; first scored with 49a0619: recall 0.692, precision
  // 0.750 (3), verified-recall 0.833.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.615, verified-recall 0.806.
  'subject64/dev': [8 / 13, 9 / 12, 29 / 36, 0],
  // A sixty-fifth (diabetes and obesity, 1990–2050: adults with diabetes by country and worldwide, prevalence,
  // projections, obesity rates by sex and age, costs), written blind; first scored with 8ed09aa: recall 0.722,
  // precision 0.867 (2), verified-recall 0.837.
  // Lowered in the twenty-eighth session: a two-digit swap with no word of the measure and a subject named
  // elsewhere is no slip (verdict.ts).
  'subject65/dev': [12 / 18, 12 / 15, 41 / 49, 0],
  // A sixty-sixth (taxes, 2019–2025: tax revenue as a share of GDP, corporate and VAT rates, the global minimum
  // tax, national revenue totals), written blind; first scored with 8ed09aa: recall 0.417, precision 0.417 (5),
  // verified-recall 0.885.
  'subject66/dev': [5 / 12, 5 / 12, 46 / 52, 0],
  // A sixty-seventh (recorded music, 2022–2025: world and US recorded-music revenues, streaming subscribers
  // and revenues, vinyl and physical sales, the largest markets), written blind; first scored with f9a9a46:
  // recall 0.750, precision 0.643 (5), verified-recall 0.868.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): verified-recall 0.811.
  'subject67/dev': [9 / 12, 9 / 14, 43 / 53, 0],
  // A sixty-eighth (semiconductors, 2023–2025: world chip sales and forecasts, chipmakers' revenue, capital
  // spending and ranks, chip subsidies), written blind; first scored with f9a9a46: recall 0.615, precision
  // 0.800 (2), verified-recall 0.750.
  'subject68/dev': [8 / 13, 8 / 10, 39 / 52, 0],
  // A sixty-ninth (prisons, 2022–2025: prison populations and imprisonment rates by country, capacity and
  // occupancy, early release), written blind; first scored with f9a9a46: recall 0.583, precision 0.700 (3),
  // verified-recall 0.773.
  'subject69/dev': [7 / 12, 7 / 10, 34 / 44, 0],
  // A seventieth (natural gas and LNG, 2022–2025: EU gas storage, LNG exports and imports by country, gas
  // prices, EU gas demand), written blind; first scored with f9a9a46: recall 0.538, precision 0.778 (2),
  // verified-recall 0.736.
  'subject70/dev': [7 / 13, 7 / 9, 39 / 53, 1],
  // A seventy-first (grain, 2023–2025: world wheat, maize and rice production and stocks, national harvests,
  // export forecasts and prices), written blind; first scored with f9a9a46: recall 0.727, precision 0.800 (2),
  // verified-recall 0.907.
  'subject71/dev': [8 / 11, 8 / 10, 39 / 43, 0],
  // A seventy-second (pharmaceuticals, 2023–2025: drug makers' results, blockbuster drugs' sales, Medicare's
  // price negotiations, drug spending; drugs as parties), written blind; first scored with dd8c717: recall
  // 0.417, precision 0.455 (5), verified-recall 0.689.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.333.
  'subject72/dev': [4 / 12, 5 / 11, 31 / 45, 0],
  // A seventy-third (cruises and ferries, 2023–2025: cruise passengers by market, cruise lines' results and
  // fleets, ship orders, ports), written blind; first scored with dd8c717: recall 0.615, precision 0.667 (2),
  // verified-recall 0.654.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.538, precision 0.636.
  'subject73/dev': [7 / 13, 7 / 11, 34 / 52, 0],
  // A seventy-fourth (water and drought, 2022–2025: reservoir and lake levels, rainfall, restrictions, water
  // use, desalination), written blind; first scored with dd8c717: recall 0.417, precision 1.000 (0),
  // verified-recall 0.717.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): 1 wrong links.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): recall 0.333.
  'subject74/dev': [4 / 12, 1, 33 / 46, 1],
  // A seventy-fifth (wine, 2022–2025: world and national production, consumption and exports, export values,
  // vineyard area), written blind; first scored with 321236c: recall 0.917, precision 0.688 (5),
  // verified-recall 0.608.
  'subject75/dev': [11 / 12, 11 / 16, 31 / 51, 0],
  // A seventy-sixth (video games, 2023–2025: the world market by segment and region, console sales,
  // publishers' results), written blind; first scored with 321236c: recall 0.385, precision 0.714 (2),
  // verified-recall 0.756, one wrong link.
  'subject76/dev': [5 / 13, 5 / 7, 34 / 45, 1],
  // A seventy-seventh (new car registrations in Europe, 2023–2025: markets, countries, carmaker groups, fuel
  // types), written blind; first scored with 321236c: recall 0.769, precision 0.769 (2), verified-recall 0.882.
  'subject77/dev': [10 / 13, 10 / 13, 45 / 51, 0],
  // A seventy-eighth (copper and iron ore, 2023–2025: mine output by country, miners' output and results,
  // prices, China's imports), written blind; first scored with 185bb2f: recall 0.636, precision 0.538 (6),
  // verified-recall 0.889.
  'subject78/dev': [7 / 11, 7 / 13, 40 / 45, 0],
  // A seventy-ninth (public debt and deficits, 2023–2025: deficits and debt by country, the US federal budget,
  // Japan's debt, excessive deficit procedures), written blind; first scored with 185bb2f: recall 0.500,
  // precision 0.600 (4), verified-recall 0.692, four wrong links.
  'subject79/dev': [6 / 12, 6 / 10, 36 / 52, 4],
  // An eightieth (fisheries and aquaculture, 2022–2025: world capture and aquaculture, producers, salmon and
  // seafood exports, fleets and quotas), written blind; first scored with 321236c: recall 0.636, precision
  // 0.467 (7), verified-recall 0.774.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.545.
  'subject80/dev': [6 / 11, 7 / 15, 41 / 53, 0],
  // An eighty-first (commercial aircraft, 2023–2025: Airbus, Boeing and Embraer orders, deliveries and
  // backlogs, airlines' large orders, engine deliveries), written blind; first scored with a7beca2: recall
  // 0.417, precision 0.500 (5), verified-recall 0.842.
  'subject81/dev': [5 / 12, 5 / 10, 48 / 57, 0],
  // An eighty-second (data centres and their electricity, 2023–2025: power use worldwide and by country,
  // capacity by market, hyperscalers' spending), written blind; first scored with a7beca2: recall 0.400,
  // precision 0.500 (4), verified-recall 0.795.
  // The series-mate feature and its refit (warn 0.66, verify 0.65): 1 wrong link.
  'subject82/dev': [4 / 10, 4 / 8, 35 / 44, 1],
  // An eighty-third (world trade, 2023–2025: goods and services trade by value and volume, exports, imports
  // and balances by country, tariff rates), written blind; first scored with a7beca2: recall 0.167, precision
  // 0.250 (5), verified-recall 0.551.
  'subject83/dev': [2 / 12, 2 / 8, 27 / 49, 0],
  // An eighty-fourth (poverty and inequality, 2022–2025: extreme poverty, national and child poverty, Gini
  // coefficients, hunger), written blind; first scored with a7beca2: recall 0.545, precision 1.000 (0),
  // verified-recall 0.800.
  'subject84/dev': [6 / 11, 6 / 6, 36 / 45, 0],
  // An eighty-fifth (plastics and waste, 2022–2025: plastic production and waste, recycling rates, packaging
  // and municipal waste), written blind; first scored with a7beca2: recall 0.750, precision 0.818 (1),
  // verified-recall 0.884. One verification is traded for the comparison "against an EU average" (3 December,
  // eighth session): "barely up from 38%" after it now takes the name before, whose figure did not change.
  'subject85/dev': [9 / 12, 9 / 11, 37 / 43, 0],
  // An eighty-sixth (banks' annual results, 2023–2025: net income, revenue, returns, capital ratios, fines and
  // layoffs), written blind; first scored with a7beca2: recall 0.250, precision 0.429 (3), verified-recall
  // 0.807, two wrong links.
  'subject86/dev': [3 / 12, 3 / 7, 46 / 57, 2],
  // An eighty-seventh (the Paris 2024 Olympic and Paralympic Games: medals, athletes, tickets, TV audiences,
  // the organisers' budget and public cost), written blind; first scored with 35d1b6d: recall 0.417, precision
  // 0.357 (7), verified-recall 0.837.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): recall 0.333, verified-recall 0.814.
  'subject87/dev': [4 / 12, 5 / 14, 35 / 43, 0],
  // An eighty-eighth (population and births, 2022–2025: fertility rates, births and deaths, population totals
  // and UN projections, ageing), written blind; first scored with 35d1b6d: recall 0.538, precision 0.875 (1),
  // verified-recall 0.873.
  'subject88/dev': [7 / 13, 7 / 8, 48 / 55, 0],
  // An eighty-ninth (military spending and the arms trade: SIPRI's spending by country, shares of GDP,
  // exporters' and importers' shares, arms companies' revenue), written blind; first scored with 35d1b6d:
  // recall 0.615, precision 0.444 (7), verified-recall 0.769, one wrong link.
  'subject89/dev': [8 / 13, 8 / 18, 40 / 52, 1],
  // A ninetieth (wildfires, 2017–2025: area burned by country and season, fires counted, deaths, evacuations,
  // emissions from fires, insured losses), written blind; first scored with 35d1b6d: recall 0.583, precision
  // 0.875 (1), verified-recall 0.909.
  'subject90/dev': [7 / 12, 7 / 8, 50 / 55, 0],
  // A ninety-first (solar and wind power, 2023–2025: capacity added worldwide and by country, shares of
  // generation, investment, panel prices, auctions), written blind; first scored with 35d1b6d: recall 0.455,
  // precision 0.556 (3), verified-recall 0.865.
  'subject91/dev': [5 / 11, 5 / 9, 45 / 52, 0],
  // A ninety-second (consumer price inflation, 2022–2025: euro-area flash estimates, member states, core,
  // food and energy, the 2022 peaks, targets), written blind; first scored with 35d1b6d: recall 0.417,
  // precision 0.625 (2), verified-recall 0.622, three wrong links.
  'subject92/dev': [5 / 12, 5 / 8, 28 / 45, 3],
  // A ninety-third (football clubs' finances, 2023–2025: Money League revenues, Premier League revenue, wages
  // and transfers, UEFA and FIFA totals), written blind; first scored with aa0a47d: recall 0.538, precision
  // 0.778 (2), verified-recall 0.780.
  'subject93/dev': [7 / 13, 7 / 9, 39 / 50, 0],
  // A ninety-fourth (coal, 2023–2025: demand and production by country, trade, coal's share of electricity,
  // coal power capacity), written blind; first scored with aa0a47d: recall 0.333, precision 0.500 (3),
  // verified-recall 0.682, one wrong link.
  'subject94/dev': [4 / 12, 4 / 8, 30 / 44, 1],
  // A ninety-fifth (big technology companies' results and market value, 2023–2025), written blind; first
  // scored with a6766ef: recall 0.583, precision 0.467 (7), verified-recall 0.878.
  'subject95/dev': [7 / 12, 7 / 15, 43 / 49, 0],
  // A ninety-sixth (rare earths and critical metals, 2023–2025: mine output and reserves, China's quotas and
  // exports, magnets, prices), written blind; first scored with a6766ef: recall 0.385, precision 0.556 (4),
  // verified-recall 0.660.
  'subject96/dev': [5 / 13, 5 / 9, 33 / 50, 0],
  // A ninety-seventh (beer and spirits markets, 2023–2025: brewers' volumes and revenue, consumption by
  // country, spirits exports), written blind; first scored with a6766ef: recall 0.500, precision 0.750 (2),
  // verified-recall 0.818.
  'subject97/dev': [6 / 12, 6 / 8, 36 / 44, 0],
  // A ninety-eighth (hospital waiting lists, emergency departments and health-system capacity, 2023–2025),
  // written blind; first scored with the evidence model refitted on every development corpus: recall 0.333,
  // precision 0.750 (no false alarm), verified-recall 0.885.
  // The evidence model refitted on every development corpus (warn 0.64, verify 0.65): verified-recall 0.808.
  'subject98/dev': [3 / 9, 3 / 4, 21 / 26, 0],
  // A ninety-ninth (cybercrime and ransomware, 2023–2025: ransom payments, losses reported to the FBI, breach
  // costs), written blind; first scored with the refitted model: recall 0.600, precision 0.750 (2), verified-recall 0.806.
  'subject99/dev': [6 / 10, 6 / 8, 25 / 31, 0],
  // A hundredth (gambling and casinos, 2023–2025: Macau, Nevada and US gaming revenue, betting, operators),
  // written blind; first scored with the refitted model: recall 0.400, precision 0.500 (4), verified-recall 0.722.
  'subject100/dev': [4 / 10, 4 / 8, 26 / 36, 0],
  // A hundred-and-first (cryptocurrency markets, 2023–2025: bitcoin's price and value, ETF holdings,
  // stablecoins, thefts), written blind; first scored with the refitted model: recall 0.100, precision 0.500
  // (1), verified-recall 0.524.
  'subject101/dev': [1 / 10, 1 / 2, 11 / 21, 0],
  // A hundred-and-second (luxury goods companies, 2023–2025: revenue, organic growth, margins, regions),
  // written blind; first scored with the refitted model: recall 0.333, precision 0.667 (2), verified-recall 0.622.
  'subject102/dev': [4 / 12, 4 / 6, 23 / 37, 0],
  // subject103–107, written blind, first scored with the refitted model and the aside and year-label rules
  // (d782937): homelessness and housing supply (recall 0.667, precision 1.000, verified-recall 0.813);
  // telecom operators (0.500, 0.833 (1), 0.875); sports media rights (0.400, 0.667 (1), 0.645); ride-hailing
  // and food delivery (0.700, 0.875 (1), 0.879); parcel delivery (0.500, 0.833, 0.941).
  'subject103/dev': [6 / 9, 6 / 6, 26 / 32, 0],
  'subject104/dev': [5 / 10, 5 / 6, 28 / 32, 0],
  'subject105/dev': [4 / 10, 4 / 6, 20 / 31, 0],
  'subject106/dev': [7 / 10, 7 / 8, 29 / 33, 0],
  'subject107/dev': [5 / 10, 5 / 6, 32 / 34, 0],
  // subject108–113, written blind, first scored with the series-mate feature and its refit (80d3ba0):
  // natural-catastrophe losses and reinsurers (recall 0.556, precision 0.714 (1), verified-recall 0.875, 1 wrong
  // link); olive oil, sugar and orange juice (0.667, 0.545 (5), 0.788); fast-food chains (0.444, 0.667 (1),
  // 0.960); newspapers (0.636, 0.636 (2), 0.778); student debt (0.250, 0.400 (3), 0.650); hotels (0.538, 0.875
  // (1), 0.946). Then seasons from any month, months after "since" and exact statements of a series' other
  // time (47d96d6).
  'subject108/dev': [5 / 9, 5 / 7, 28 / 32, 1],
  'subject109/dev': [6 / 9, 6 / 8, 29 / 33, 0],
  'subject110/dev': [4 / 9, 4 / 6, 24 / 25, 0],
  'subject111/dev': [7 / 11, 7 / 11, 28 / 36, 0],
  'subject112/dev': [3 / 8, 3 / 4, 28 / 40, 0],
  'subject113/dev': [7 / 13, 7 / 8, 35 / 37, 0],
  // subject114, 115 and 117, written blind, first scored with the engine of 3d10461: sovereign wealth and
  // pension funds (recall 0.444, precision 0.667 (1), verified-recall 0.765); H5N1 bird flu (0.500, 1.000, 0.923,
  // 1 wrong link); mobile apps and app stores (0.300, 0.500 (3), 0.528).
  'subject114/dev': [4 / 9, 4 / 6, 26 / 34, 0],
  // Seventeenth session: the piece's opening country (Claim.ledeCountry) found three more of its errors, at
  // one false alarm ("about 300 million laying hens") and a wrong link.
  'subject115/dev': [8 / 10, 8 / 9, 26 / 26, 2],
  'subject117/dev': [3 / 10, 3 / 6, 19 / 36, 0],
  // subject116 (farm incomes, farmland values, agricultural output), written blind, first scored with the same
  // engine: recall 0.727, precision 1.000, verified-recall 1.000.
  'subject116/dev': [8 / 11, 1, 1, 0],
  // subject118–121, written blind, first scored with the engine of 994bbd8: live music and tours (recall 0.800,
  // precision 0.889 (1), verified-recall 0.800); university endowments and giving (0.769, 0.769 (3), 0.839);
  // M&A and IPOs (0.600, 0.667 (3), 0.634); mpox (0.636, 0.636 (3), 0.898). Then a change's base year after a
  // verb of change ("rose almost 50% from 2024"), a pronoun after a time put first ("By early October 2024 it had")
  // two times of one series in a paragraph that names no time, a slip of a fact its sentence has just stated, and
  // a name brought in as a member ("China (incl. Hong Kong)").
  'subject118/dev': [8 / 10, 1, 30 / 35, 0],
  'subject119/dev': [10 / 13, 1, 47 / 56, 0],
  'subject120/dev': [6 / 10, 7 / 9, 28 / 41, 0],
  'subject121/dev': [7 / 11, 7 / 9, 47 / 49, 0],
  // subject122–125, written blind, first scored with the engine of 028a008: inbound tourism to Japan (recall
  // 0.545, precision 0.750 (2), verified-recall 0.737); job cuts and layoffs (0.455, 0.714 (1), 0.595); measles in
  // North America (0.500, 1.000, 0.758); AI companies' funding (0.333, 0.800 (1), 0.848).
  // Then a quarter of its own sentence ("the 152,116 of the last three months of 2024") and "double a year earlier".
  'subject122/dev': [6 / 11, 6 / 7, 29 / 38, 0],
  'subject123/dev': [5 / 11, 5 / 6, 26 / 42, 0],
  'subject124/dev': [5 / 10, 1, 25 / 33, 0],
  'subject125/dev': [4 / 12, 4 / 5, 39 / 46, 0],
  // subject126–129, written blind, first scored with the engine of f97f4b5: corporate insolvencies (recall 0.583,
  // precision 0.700 (3), verified-recall 0.833); heat pumps in Europe (0.545, 0.462 (4), 0.744); cholera (0.417,
  // 0.714 (1), 0.795); theme parks (0.667, 0.727 (2), 0.970). Then a year compared with before a clause about it,
  // a relative clause that ", where" opens after a name, a cause phrase after a figure, and a slip of one fact
  // that is another fact of the same place exactly.
  'subject126/dev': [7 / 12, 7 / 8, 32 / 36, 0],
  'subject127/dev': [6 / 11, 6 / 9, 31 / 39, 0],
  'subject128/dev': [5 / 12, 5 / 6, 36 / 44, 0],
  'subject129/dev': [8 / 12, 8 / 11, 32 / 33, 0],
  // subject130–133, written blind, first scored with the engine of 47f944c and the two readings after it:
  // shipbuilding (recall 0.455, precision 0.556 (3), verified-recall 0.708); journalists killed and jailed (0.455,
  // 0.556 (4), 0.465); tropical cyclones (0.333, 0.364 (7), 0.500); Chinese electric-car makers (0.400, 0.800 (1),
  // 0.972). Then "close to" as a hedge, "approaching" as "nearly", a hedged fraction in words near the fact's
  // value, a part after the figure ("72 of them Palestinian") and a bound rounded from its source's.
  'subject130/dev': [5 / 11, 5 / 9, 34 / 48, 0],
  'subject131/dev': [5 / 11, 5 / 8, 20 / 43, 1],
  // Seventeenth session: the entities around a carried figure verified six more, one on a later outlook's range.
  'subject132/dev': [4 / 12, 4 / 7, 25 / 34, 2],
  'subject133/dev': [4 / 10, 4 / 5, 35 / 36, 0],
  // subject134–137, written blind, first scored with the engine of dcb0448 (the same figures as the engine at
  // the session's start, f97f4b5): drug overdose deaths (recall 0.455, precision 0.833 (1), verified-recall
  // 0.800); office vacancy (0.583, 1.000, 0.844); marathons (0.750, 0.818 (1), 0.850); the bank failures of 2023
  // (0.455, 0.833 (1), 0.639). Then "from … to …" after a verb of change as the change's start.
  'subject134/dev': [5 / 11, 5 / 5, 31 / 35, 0],
  'subject135/dev': [7 / 12, 7 / 7, 27 / 32, 0],
  'subject136/dev': [9 / 12, 9 / 11, 34 / 40, 0],
  'subject137/dev': [5 / 11, 5 / 6, 23 / 36, 0],
  // subject138–141, written blind, first scored with the engine of 79d211d: wildfires (recall 0.273, precision
  // 0.500 (2), verified-recall 0.535); measles (0.600, 0.857 (1), 0.889); lithium (0.400, 0.667, 0.750); air travel
  // (0.667, 0.750 (2), 0.923). Then a level or total named between a comparison and its year ("above the level of
  // 2019"), and the scorer's reading of a marker put after the unit's words ("480 megatonnes⟦…⟧").
  'subject138/dev': [6 / 11, 6 / 7, 37 / 43, 0],
  // Lowered in the twenty-eighth session for the same two-digit swap rule.
  'subject139/dev': [5 / 10, 5 / 6, 32 / 36, 0],
  'subject140/dev': [4 / 10, 4 / 6, 36 / 48, 0],
  'subject141/dev': [6 / 9, 6 / 6, 37 / 39, 0],
  // subject142–145, written blind, first scored with the engine of 4095d1f: avian influenza (recall 0.500,
  // precision 0.833 (0), verified-recall 0.794); electric-car charging (0.222, 1.000, 0.902); homelessness (0.600,
  // 0.750 (2), 0.864); the Panama and Suez canals (0.800, 0.800 (2), 0.750). Then a change "more than in the
  // previous year" as measured against that year.
  'subject142/dev': [5 / 10, 5 / 6, 27 / 34, 0],
  'subject143/dev': [2 / 9, 2 / 2, 37 / 41, 0],
  'subject144/dev': [6 / 10, 6 / 7, 39 / 44, 0],
  'subject145/dev': [8 / 10, 8 / 10, 30 / 40, 0],
  // subject146–149, written blind, first scored with the engine of e7f0a78: sewage spills (recall 0.500,
  // precision 0.714 (1), verified-recall 0.722, one wrong link); GLP-1 drugs (0.500, 1.000, 0.947); strikes and
  // unions (0.750, 0.750 (2), 0.816); organ transplants (0.700, 0.875 (0), 0.805). Then "the last year before …"
  // as no relative year, and a period in a participle's phrase after a figure as that figure's.
  'subject146/dev': [5 / 10, 5 / 6, 40 / 54, 1],
  'subject147/dev': [5 / 10, 5 / 5, 36 / 38, 0],
  // A misattribution under an entity read from an earlier sentence is reconsidered with the entities its
  // block names (6dd438b): "The actors stayed out for 148 days", the writers' strike's length, now verifies
  // as the writers' guild's, which the paragraph names.
  'subject148/dev': [5 / 8, 5 / 5, 34 / 38, 0],
  'subject149/dev': [7 / 10, 7 / 8, 33 / 41, 0],
  // subject150–153, written blind, first scored with the engine of b7deee5: libraries and reading (recall 0.556,
  // precision 0.833 (1), verified-recall 0.821, one wrong link); volcanic eruptions (0.583, 0.875 (1), 0.806);
  // bicycles (0.444, 0.800 (0), 0.841, one wrong link); billionaires (0.417, 0.625 (2), 0.485). Then "a year
  // later" than a time named, as a guess among the facts.
  // Two facts of subject150 are both 3% (library spending and publishers' revenue): since "for the first time"
  // ended a figure's stretch no more, each of two 3%s links to the other (the verdicts stay verifications).
  'subject150/dev': [5 / 9, 5 / 6, 32 / 39, 2],
  'subject151/dev': [7 / 12, 7 / 8, 29 / 36, 0],
  'subject152/dev': [4 / 9, 4 / 5, 37 / 44, 1],
  'subject153/dev': [5 / 12, 5 / 6, 18 / 33, 0],
  // subject154–161, written blind, first scored with the engine of 4cc6b49: teachers (recall 0.636, precision
  // 0.875 (0), verified-recall 0.571); antimicrobial resistance (0.222, 1.000 (0), 0.722); lotteries (0.500,
  // 0.625 (3), 0.325); diamonds (0.545, 0.857 (0), 0.732, one wrong link); podcasts (0.364, 0.800 (1), 0.821);
  // coral reefs (0.583, 0.778 (0), 0.857); marriage and divorce (0.500, 0.833 (0), 0.829); corporate tax
  // avoidance (0.300, 1.000 (0), 0.610). Then another entity's measure that names the figure's in words.
  'subject154/dev': [7 / 11, 7 / 8, 20 / 35, 0],
  'subject155/dev': [2 / 9, 2 / 2, 26 / 36, 0],
  'subject156/dev': [5 / 10, 5 / 7, 13 / 40, 0],
  'subject157/dev': [6 / 11, 6 / 7, 30 / 41, 1],
  'subject158/dev': [4 / 11, 4 / 5, 32 / 39, 0],
  'subject159/dev': [7 / 12, 7 / 9, 30 / 35, 0],
  'subject160/dev': [5 / 10, 5 / 6, 34 / 41, 0],
  'subject161/dev': [3 / 10, 3 / 3, 25 / 41, 0],
  // subject162–169, written blind, first scored with the engine of dcaa603: museums (recall 0.667, precision
  // 0.800 (1), verified-recall 0.855); dementia (0.583, 1.000 (0), 0.795); mortgages (0.778, 1.000 (0), 0.911);
  // heatwaves (0.400, 0.800 (1), 0.824); offshore wind (0.300, 1.000 (0), 0.850); hydrogen (0.500, 1.000 (0),
  // 0.622); passports and visas (0.333, 0.800 (1), 0.692); remote work (0.300, 1.000 (0), 0.739, one wrong link).
  'subject162/dev': [8 / 12, 8 / 10, 47 / 55, 0],
  'subject163/dev': [7 / 12, 7 / 7, 35 / 44, 0],
  'subject164/dev': [7 / 9, 7 / 7, 41 / 45, 0],
  'subject165/dev': [4 / 10, 4 / 5, 28 / 34, 0],
  // "New Jersey" is no longer read as Jersey (NEW_BEFORE): the write-downs after it are read as the Ocean Wind
  // project's, named last in the sentence before, and Ørsted's total given to it is a misattribution: 3/4.
  'subject166/dev': [3 / 10, 3 / 4, 34 / 40, 0],
  'subject167/dev': [6 / 12, 6 / 6, 28 / 45, 0],
  'subject168/dev': [4 / 12, 4 / 5, 27 / 39, 0],
  'subject169/dev': [3 / 10, 3 / 3, 34 / 46, 1],
  // subject170–177, written blind, first scored with the engine of 683adc8: suicide and mental health (recall
  // 0.600, precision 1.000 (0), verified-recall 0.880); foreign direct investment (0.400, 0.500 (4), 0.825);
  // Black Friday and online shopping (0.700, 1.000 (0), 0.610, one wrong link); tornadoes (0.364, 0.571 (2),
  // 0.705, two wrong links); firearms (0.700, 1.000 (0), 0.949); robotaxis (0.400, 0.500 (3), 0.884); cocaine
  // markets (0.778, 0.875 (0), 0.881); hospital waiting lists (0.556, 1.000 (0), 0.917).
  // Lowered in the twenty-seventh session: "that year" after a figure is read as the year its sentence named
  // last ("… up from 48,183 in 2021, and the age-adjusted rate was 14.1 that year" reads 2021, whose rate 14.1
  // is; the label means 2022).
  'subject170/dev': [5 / 10, 5 / 5, 44 / 50, 0],
  'subject171/dev': [4 / 10, 4 / 6, 35 / 40, 0],
  'subject172/dev': [7 / 10, 7 / 7, 25 / 41, 1],
  'subject173/dev': [4 / 11, 4 / 7, 30 / 44, 2], // 31 at first: one verification was a wrong link, now silent (11ddba8)
  'subject174/dev': [7 / 10, 7 / 7, 37 / 39, 0],
  'subject175/dev': [4 / 10, 4 / 8, 38 / 43, 0],
  'subject176/dev': [7 / 9, 7 / 8, 37 / 42, 0],
  'subject177/dev': [5 / 9, 6 / 7, 33 / 36, 0], // a value of another month given for August 2024: a period mismatch, labelled misattributed
  // subject178–185, written blind, first scored with the engine of df8d2ed: foreign aid (recall 0.727, precision
  // 0.889 (1), verified-recall 0.725); nuclear arsenals (0.500, 0.714 (1), 0.809); cancer (0.600, 0.857 (1),
  // 0.629); air traffic and delays (0.500, 0.833 (1), 0.800, one wrong link); road congestion (0.500, 1.000 (0),
  // 0.744); patents (0.500, 1.000 (0), 0.900); venture capital (0.545, 0.667 (2), 0.837); blood and plasma
  // donation (0.417, 0.833 (0), 0.895).
  'subject178/dev': [8 / 11, 8 / 9, 29 / 40, 0],
  'subject179/dev': [5 / 10, 5 / 7, 38 / 47, 0],
  'subject180/dev': [6 / 10, 6 / 7, 22 / 35, 0],
  'subject181/dev': [5 / 10, 5 / 6, 32 / 40, 1],
  'subject182/dev': [6 / 12, 6 / 6, 32 / 43, 0],
  'subject183/dev': [5 / 10, 5 / 5, 36 / 40, 0],
  'subject184/dev': [6 / 11, 6 / 9, 41 / 49, 0],
  'subject185/dev': [5 / 12, 5 / 6, 34 / 38, 0],
  // subject186–193, written blind, first scored with the engine of 30c2fee (their held-back halves unscored,
  // left for the next session's first run):
  // power blackouts (0.636, 0.700 (2), 0.683); pets (0.500, 0.833 (1), 0.744); books and publishing (0.800, 0.800
  // (2), 0.860); tourist taxes (0.500, 1.000 (0), 0.780, 1 wrong link); childcare (0.600, 0.750 (2), 0.897, 1
  // wrong link); sugar taxes (0.000, 0.000 (1), 0.316); bike-sharing and e-scooters (0.500, 0.500 (3), 0.667);
  // Scotch whisky and spirits (0.125, 1.000 (0), 0.667).
  'subject186/dev': [7 / 11, 7 / 10, 28 / 41, 0],
  'subject187/dev': [5 / 10, 5 / 6, 29 / 39, 0],
  'subject188/dev': [8 / 10, 8 / 10, 37 / 43, 0],
  'subject189/dev': [5 / 10, 5 / 5, 39 / 50, 1],
  'subject190/dev': [6 / 10, 6 / 8, 35 / 39, 1],
  'subject191/dev': [0 / 8, 0 / 2, 12 / 38, 0],
  'subject192/dev': [5 / 10, 5 / 10, 30 / 45, 0],
  'subject193/dev': [1 / 8, 1 / 1, 28 / 42, 0],
  // subject194–201, written blind, first scored with the engine of 482f80c (held-back halves scored once, at the
  // end of the session): salmon farming (0.700, 0.875 (1), 0.857); alcohol (0.455, 0.625 (0), 0.526); floods (0.545,
  // 1.000 (0), 0.778); Eurovision (0.364, 0.500 (3), 0.641); cosmetic surgery (0.500, 1.000 (0), 0.805); bananas and
  // avocados (0.333, 0.600 (1), 0.684); speed cameras (0.400, 1.000 (0), 0.946); the 2026 World Cup (0.545, 1.000
  // (0), 0.780).
  'subject194/dev': [7 / 10, 7 / 8, 36 / 42, 0],
  'subject195/dev': [5 / 11, 5 / 8, 20 / 38, 0],
  // subject196 (twenty-second session): a part of a total given the wrong year ("$280bn of losses … in 2022, of which
  // more than $120bn was insured", both 2021's) now shares the total's year and reads as a wrong year, where the
  // label asks for the wrong qualifier; a warning all the same.
  'subject196/dev': [6 / 11, 6 / 7, 28 / 36, 0],
  'subject197/dev': [3 / 11, 3 / 6, 25 / 39, 0], // a city the contest is named by ("in Basel") is a place, not the event's year
  'subject198/dev': [5 / 10, 5 / 5, 33 / 41, 0],
  'subject199/dev': [3 / 9, 3 / 5, 26 / 38, 0],
  'subject200/dev': [4 / 10, 4 / 4, 35 / 37, 0],
  'subject201/dev': [6 / 11, 6 / 6, 32 / 41, 0],
  // subject202–209, written blind, first scored with the engine of fd348cc (held-back halves scored once, at the
  // end of the session): tea (0.400, 1.000 (0), 0.657); postal services (0.455, 0.714 (2), 0.558, with its stamp
  // prices stored as counts of cents); nurses (0.636, 0.875 (1), 0.810); ski resorts (0.583, 0.875 (1), 0.725);
  // honey and bees (0.545, 0.857 (0), 0.639); esports (0.000, 0.000 (1), 0.568); rice (0.700, 1.000 (0), 0.882);
  // bridges and tunnels (0.600, 0.667 (1), 0.625).
  'subject202/dev': [4 / 10, 4 / 4, 24 / 35, 0],
  'subject203/dev': [6 / 11, 6 / 7, 27 / 43, 0],
  'subject204/dev': [7 / 11, 7 / 7, 35 / 42, 0],
  'subject205/dev': [7 / 12, 7 / 7, 30 / 40, 0],
  'subject206/dev': [6 / 11, 6 / 7, 23 / 36, 0],
  'subject207/dev': [0 / 10, 0 / 2, 21 / 37, 0],
  'subject208/dev': [7 / 10, 7 / 7, 30 / 34, 0],
  'subject209/dev': [6 / 10, 6 / 9, 25 / 40, 0],
  // subject210–217, written blind, first scored with the engine of 3f7e317 (recall, precision (false alarms),
  // verified-recall): cruises (0.545, 1.000 (0), 0.800); earthquakes (0.500, 0.667 (3), 0.684); Paris 2024
  // (0.091, 0.200 (2), 0.774); plastic recycling (0.500, 0.571 (3), 0.650); space launches (0.500, 0.714 (2),
  // 0.860); household electricity prices (0.583, 0.778 (2), 0.600); garment exports (0.400, 1.000 (0), 0.744);
  // metro ridership (0.700, 0.875 (1), 0.514). The floors are this session's final levels.
  'subject210/dev': [6 / 11, 6 / 6, 36 / 45, 0],
  'subject211/dev': [6 / 12, 6 / 7, 28 / 38, 0],
  'subject212/dev': [2 / 11, 2 / 3, 43 / 53, 0],
  'subject213/dev': [5 / 8, 5 / 7, 34 / 40, 0],
  'subject214/dev': [5 / 10, 5 / 6, 37 / 43, 0],
  'subject215/dev': [7 / 12, 7 / 7, 29 / 45, 0],
  'subject216/dev': [7 / 10, 7 / 8, 33 / 39, 0],
  'subject217/dev': [7 / 10, 7 / 7, 20 / 37, 0],
  // subject218–225, first scored with the engine of 4e30298: coffee chains (0.700, 0.778 (2), 0.780); heatwaves
  // (0.583, 1.000 (0), 0.897); teenagers' phones (0.700, 0.778 (2), 0.825); wine and beer (0.400, 1.000 (0), 0.684);
  // prisons (0.444, 0.800 (1), 0.818); marathons (0.500, 1.000 (0), 0.953); dairy (0.545, 0.857 (1), 0.944);
  // household debt (0.500, 0.833 (0), 0.703).
  'subject218/dev': [7 / 10, 7 / 9, 32 / 41, 0],
  'subject219/dev': [7 / 12, 7 / 7, 35 / 39, 1],
  // An edition's year dates no fact of the years before it as a wrong year (d154359): "Gallup's 2024 survey" of
  // a 2023 figure, a deliberate wrong edition here, is no longer warned of.
  'subject220/dev': [6 / 10, 6 / 7, 34 / 40, 1],
  'subject221/dev': [4 / 10, 4 / 4, 26 / 38, 0],
  'subject222/dev': [4 / 9, 4 / 5, 36 / 44, 0],
  'subject223/dev': [5 / 10, 5 / 5, 41 / 43, 0],
  'subject224/dev': [6 / 11, 6 / 7, 34 / 36, 0],
  'subject225/dev': [5 / 10, 5 / 6, 26 / 37, 0],
  // subject226–233, written blind, first scored with the engine of 1021219 (recall, precision (false alarms),
  // verified-recall): reservoirs and drought (0.500, 0.833 (1), 0.878); video games (0.545, 0.750 (1), 0.763); US
  // tariffs (0.125, 0.200 (3), 0.690); housing construction (0.200, 0.667 (1), 0.787); fisheries (0.600, 0.750 (2),
  // 0.821); military aid to Ukraine (0.400, 0.800 (1), 0.738); data centres (0.500, 0.714 (1), 0.783); gold and
  // copper (0.300, 0.375 (3), 0.596). The floors are this session's final levels: 3 false alarms in 38 warnings.
  'subject226/dev': [5 / 10, 5 / 6, 36 / 41, 1],
  'subject227/dev': [6 / 11, 6 / 7, 29 / 38, 0],
  'subject228/dev': [1 / 8, 1 / 1, 29 / 42, 1],
  'subject229/dev': [2 / 10, 2 / 2, 37 / 47, 0],
  'subject230/dev': [6 / 10, 6 / 7, 32 / 39, 0],
  'subject231/dev': [4 / 10, 4 / 4, 31 / 42, 0],
  'subject232/dev': [5 / 10, 5 / 6, 36 / 46, 0],
  'subject233/dev': [3 / 10, 3 / 5, 29 / 47, 0],
  // subject234–241, written blind, first scored with the engine of 1021219, and the same with this session's rules
  // up to 108b596 (recall, precision (false alarms), verified-recall): vaping (0.625, 1.000 (0), 0.919); beef and
  // cattle (0.556, 1.000 (0), 0.756); tuberculosis (0.800, 0.889 (0), 0.860); semiconductors (0.333, 1.000 (0),
  // 0.795); Milano Cortina 2026 (0.700, 0.875 (1), 0.833); state pensions (0.400, 0.800 (0), 0.714); fertilisers
  // (0.200, 0.500 (2), 0.359); food banks (0.300, 0.600 (1), 0.625). The floors are this session's final levels.
  'subject234/dev': [5 / 8, 5 / 5, 34 / 37, 1],
  'subject235/dev': [5 / 9, 5 / 5, 34 / 45, 0],
  'subject236/dev': [8 / 10, 8 / 9, 37 / 43, 1],
  'subject237/dev': [3 / 9, 3 / 3, 35 / 44, 0],
  'subject238/dev': [7 / 10, 7 / 8, 30 / 36, 0],
  'subject239/dev': [4 / 10, 4 / 5, 30 / 42, 0],
  'subject240/dev': [3 / 10, 3 / 3, 21 / 39, 0],
  'subject241/dev': [3 / 10, 3 / 5, 25 / 40, 0],
  // subject242–249, written blind, first scored with the engine of 3a11aa7 (subject245 with 181c67a), whose
  // rules since 08d21e6 are of entities carried across paragraphs (recall, precision (false alarms),
  // verified-recall): election turnout (0.600, 0.857 (1), 0.792); grid batteries (0.600, 1.000 (0), 0.853);
  // high-speed rail (0.400, 0.800 (0), 0.806); minimum wages (0.200, 0.667 (0), 0.762); dengue (0.500, 0.625
  // (2), 0.933); steel (0.700, 0.778 (2), 0.683); box office (0.300, 0.500 (2), 0.731); remittances (0.500,
  // 0.833 (1), 0.611). The floors are this session's final levels.
  'subject242/dev': [7 / 10, 7 / 7, 20 / 24, 0],
  'subject243/dev': [7 / 10, 7 / 7, 29 / 34, 0],
  'subject244/dev': [4 / 10, 4 / 5, 29 / 36, 0],
  'subject245/dev': [3 / 10, 3 / 5, 35 / 42, 0],
  'subject246/dev': [6 / 10, 6 / 9, 28 / 30, 0],
  'subject247/dev': [8 / 10, 8 / 8, 30 / 41, 0],
  'subject248/dev': [3 / 10, 3 / 4, 21 / 26, 0],
  'subject249/dev': [5 / 10, 5 / 5, 28 / 36, 0],
  // subject250–257, written blind, first scored with the engine of b13d280 (the session's start engine,
  // 047d9bc, scores them the same) (recall, precision (false alarms),
  // verified-recall): semiconductors (0.400, 0.667 (2), 0.765); smartphones and PCs (0.500, 1.000 (0), 0.655);
  // refugees (0.600, 1.000 (0), 0.621); US campaign money (0.500, 1.000 (0), 0.792); social media (0.700,
  // 1.000 (0), 0.704); olive oil (0.700, 0.875 (1), 0.814); mpox (0.400, 0.800 (1), 0.632); art market (0.800,
  // 0.800 (2), 0.810). The floors are this session's final levels.
  'subject250/dev': [6 / 10, 6 / 6, 27 / 34, 0],
  'subject251/dev': [6 / 10, 6 / 6, 19 / 29, 0],
  'subject252/dev': [6 / 10, 6 / 8, 18 / 29, 1],
  'subject253/dev': [5 / 10, 5 / 5, 42 / 53, 0],
  'subject254/dev': [7 / 10, 7 / 7, 19 / 27, 0],
  'subject255/dev': [7 / 10, 7 / 7, 38 / 43, 0],
  'subject256/dev': [4 / 10, 4 / 4, 26 / 38, 0],
  'subject257/dev': [8 / 10, 8 / 8, 36 / 42, 2],
  // subject258–263, written blind at the end of the session and first scored with its final engine (b179ce4's
  // rules; recall, precision (false alarms), verified-recall): wildfire smoke (0.600, 1.000 (0), 0.930); cocoa
  // and chocolate makers (0.400, 1.000 (0), 0.477); teachers (0.400, 1.000 (0), 0.774); electric buses and
  // trucks (0.800, 0.889 (1), 0.851); Southeast Asian and Gulf tourism (0.500, 1.000 (0), 0.875); obesity drugs
  // (0.600, 0.667 (2), 0.714). The floors were those first runs; the fifteenth session fitted rules to their dev
  // halves, and the floors of subject260–263 are its final levels.
  'subject258/dev': [6 / 10, 6 / 6, 40 / 43, 0],
  'subject259/dev': [4 / 10, 4 / 4, 21 / 44, 0],
  'subject260/dev': [6 / 10, 6 / 6, 24 / 31, 0],
  'subject261/dev': [8 / 10, 8 / 8, 40 / 47, 0],
  'subject262/dev': [6 / 10, 6 / 6, 28 / 32, 0],
  'subject263/dev': [6 / 10, 6 / 7, 28 / 35, 0],
  // subject264–269, written blind at the start of the fifteenth session and first scored with b088325 (the start
  // engine, 04264f3, scores them the same; recall, precision (false alarms), verified-recall): endangered wildlife
  // (0.500, 1.000 (0), 0.941); container shipping (0.600, 1.000 (0), 0.844); measles (0.600, 0.857 (1), 0.949);
  // lithium and battery metals (0.800, 1.000 (0), 0.909); streaming services (0.600, 0.750 (2), 0.933); wheat and
  // grain (0.500, 0.714 (0), 0.889). The session's later rules were fitted partly to these halves: the floors are
  // its final levels.
  'subject264/dev': [6 / 10, 6 / 6, 33 / 34, 0],
  'subject265/dev': [6 / 10, 6 / 6, 38 / 45, 0],
  'subject266/dev': [6 / 10, 6 / 6, 38 / 39, 1],
  'subject267/dev': [8 / 10, 8 / 8, 30 / 33, 0],
  'subject268/dev': [6 / 10, 6 / 6, 29 / 30, 0],
  'subject269/dev': [5 / 10, 5 / 7, 33 / 36, 0],
  // subject270–275, written blind in the middle of the fifteenth session and first scored with 5503119 (the start
  // engine, 04264f3, scores them the same but for one verification fewer on subject274; recall, precision (false
  // alarms), verified-recall): air travel (0.700, 0.778 (2), 0.625); coffee (0.600, 0.857 (1), 0.750); government
  // debt (0.300, 0.750 (1), 0.903); nuclear power (0.500, 0.714 (1), 0.611); housing rents (0.800, 0.889 (1), 0.649);
  // international students (0.400, 0.800 (1), 0.793).
  'subject270/dev': [7 / 10, 7 / 9, 25 / 40, 0],
  'subject271/dev': [6 / 10, 6 / 7, 30 / 40, 0],
  'subject272/dev': [3 / 10, 3 / 4, 28 / 31, 1],
  'subject273/dev': [5 / 10, 5 / 7, 22 / 36, 0],
  'subject274/dev': [8 / 10, 8 / 9, 24 / 37, 0],
  'subject275/dev': [4 / 10, 4 / 5, 23 / 29, 0],
  // subject276–281, written blind late in the fifteenth session and first scored with 17166c7 (the start engine,
  // 04264f3, scores them the same; recall, precision (false alarms), verified-recall): rebuilding Ukraine (0.400,
  // 1.000 (0), 0.500); hunger (0.700, 0.778 (2), 0.667); tennis and golf prize money (0.400, 0.800 (1), 0.686);
  // bird flu (0.500, 0.625 (3), 0.679); bitcoin and crypto (0.400, 0.667 (1), 0.655); drug overdoses (0.700,
  // 1.000 (0), 0.861).
  'subject276/dev': [4 / 10, 4 / 4, 14 / 28, 0],
  'subject277/dev': [8 / 10, 8 / 10, 27 / 39, 0],
  'subject278/dev': [4 / 10, 4 / 5, 24 / 35, 1],
  'subject279/dev': [5 / 10, 5 / 8, 19 / 28, 0],
  'subject280/dev': [4 / 10, 4 / 6, 19 / 29, 1],
  'subject281/dev': [7 / 10, 7 / 7, 31 / 36, 0],
  // subject282–287, written blind at the start of the sixteenth session and first scored with 382b6fb plus the
  // 'ahead of' rule (recall, precision (false alarms), verified-recall): copper and gold mining (0.700, 1.000 (0),
  // 0.897); road traffic deaths (0.500, 1.000 (0), 0.711); football club finances (0.700, 1.000 (0), 0.745);
  // childhood vaccination (0.600, 0.857 (1), 0.727); rice markets (0.800, 0.889 (0), 0.833); offshore wind
  // (0.500, 0.833 (1), 0.833).
  'subject282/dev': [7 / 10, 7 / 7, 26 / 29, 0],
  'subject283/dev': [5 / 10, 5 / 5, 27 / 38, 0],
  'subject284/dev': [7 / 10, 7 / 7, 41 / 55, 0],
  'subject285/dev': [6 / 10, 6 / 7, 24 / 33, 1],
  'subject286/dev': [8 / 10, 8 / 9, 30 / 36, 0],
  'subject287/dev': [5 / 10, 5 / 6, 20 / 24, 0],
  // subject288–293, written blind at the end of the sixteenth session and first scored with its final engine
  // (8bded8d; recall, precision (false alarms), verified-recall): the cruise industry (0.700, 0.875 (1), 0.889);
  // public transport ridership (0.400, 0.571 (2), 0.500); heat deaths in Europe (0.600, 0.750 (2), 0.522);
  // tourism in Japan (0.700, 1.000 (0), 0.829); electric vehicle charging (0.600, 0.857 (0), 0.968); fast fashion
  // and textile waste (0.600, 1.000 (0), 0.906). Held at the seventeenth session's final engine since; their
  // held-back halves were scored at its end.
  // The eighth warning is on a labelled misattribution, as a mismatch: the sentence's own levels compute another value.
  'subject288/dev': [7 / 10, 7 / 8, 33 / 36, 0],
  'subject289/dev': [4 / 10, 4 / 6, 20 / 32, 0],
  'subject290/dev': [6 / 10, 6 / 6, 15 / 23, 0],
  'subject291/dev': [7 / 10, 7 / 7, 32 / 35, 0],
  'subject292/dev': [6 / 10, 6 / 7, 30 / 31, 0],
  'subject293/dev': [6 / 10, 6 / 6, 29 / 32, 0],
  // subject294–299, written blind at the start of the seventeenth session and first scored with 81d9ee8 (recall,
  // precision (false alarms), verified-recall): honey and bee colony losses (0.600, 1.000 (0), 0.741); big-city
  // marathons (0.600, 1.000 (0), 0.886); nuclear power (0.500, 0.556 (2), 0.788); the Eurovision Song Contest
  // (0.300, 1.000 (0), 0.676); malaria (0.500, 0.625 (2), 0.667); airport passenger traffic (0.400, 0.571 (3),
  // 0.684). Held at the session's final engine; their held-back halves were scored at its end.
  'subject294/dev': [6 / 10, 6 / 6, 20 / 27, 0],
  // Lowered in the twenty-seventh session: "the 2024 edition" of a race now reads as an edition's year, as a
  // report's does, so 86,000 applications (2023's) given for it is no wrong year (editions of reports: −3 false
  // alarms, +4 verified over all corpora).
  'subject295/dev': [5 / 10, 5 / 5, 34 / 35, 0],
  'subject296/dev': [5 / 10, 5 / 7, 28 / 33, 0],
  'subject297/dev': [3 / 10, 3 / 4, 25 / 37, 0],
  'subject298/dev': [5 / 10, 5 / 6, 23 / 33, 0],
  'subject299/dev': [4 / 10, 4 / 5, 28 / 38, 1],
  // subject300–305, written blind at the end of the seventeenth session and first scored with its final engine
  // (068352f; recall, precision (false alarms), verified-recall): space launches (0.600, 0.750 (2), 0.917); plastic
  // waste and recycling (0.400, 1.000 (0), 0.667); theme parks (0.500, 0.833 (1), 0.879); deforestation (0.500,
  // 0.833 (1), 0.833); bicycles and e-bikes (0.600, 1.000 (0), 1.000); rail punctuality in Europe (0.600, 1.000 (0),
  // 0.967). Floors raised in the eighteenth session where its rules scored more: subject303 (the multiple, no false
  // alarm) and subject305 (an exact value of a series beside a slip, one more found). Their held-back halves' first
  // runs were scored at the end of the eighteenth session (docs/accuracy-history.md).
  // Thirtieth session: a value of another year labelled misattributed is warned of as a wrong year.
  'subject300/dev': [6 / 10, 6 / 9, 33 / 36, 0],
  'subject301/dev': [4 / 10, 4 / 4, 14 / 21, 0],
  'subject302/dev': [5 / 10, 5 / 6, 29 / 33, 0],
  'subject303/dev': [5 / 10, 5 / 5, 30 / 36, 1],
  'subject304/dev': [6 / 10, 6 / 6, 34 / 34, 0],
  'subject305/dev': [7 / 10, 7 / 7, 29 / 30, 0],
  // subject306–311, written blind early in the eighteenth session and first scored with 2a31f91 (the start engine
  // d278321 scores them the same; recall, precision (false alarms), verified-recall): air traffic and delays in
  // Europe (0.400, 0.800 (1), 0.826); air quality (0.700, 1.000 (0), 0.875); public libraries (0.600, 0.857 (0),
  // 0.654); lotteries (0.600, 0.857 (0), 0.857); football stadium attendance (0.400, 1.000 (0), 0.967); housing
  // completions and homelessness in Europe (0.600, 0.750 (1), 0.800). subject311's floor is at c95305e: 992c2e7
  // fixed its false alarm and c95305e found one more error; subject307's and subject310's at the session's final
  // engine (the micro sign, the when-clause). Their held-back halves' first runs were scored at the session's end.
  'subject306/dev': [4 / 10, 4 / 5, 19 / 23, 2],
  'subject307/dev': [8 / 10, 8 / 8, 28 / 32, 1],
  'subject308/dev': [6 / 10, 6 / 7, 17 / 26, 0],
  'subject309/dev': [6 / 10, 6 / 7, 18 / 21, 0],
  'subject310/dev': [5 / 10, 5 / 5, 29 / 30, 0],
  'subject311/dev': [7 / 10, 7 / 8, 33 / 40, 0],
  // subject312–317, written blind in the eighteenth session and first scored with 1a2c0da (the start engine
  // d278321 scores them the same; recall, precision (false alarms), verified-recall): organic farming (0.500,
  // 1.000 (0), 0.909); sea ice (0.200, 1.000 (0), 0.606); wild bird populations (0.500, 1.000 (0), 0.939);
  // uranium (0.300, 1.000 (0), 0.560); avocados (0.700, 1.000 (0), 0.885); cinema attendance (0.500, 0.714 (2),
  // 0.821). Floors at the when-clause commit, which fixed one of subject317's false alarms, and subject313's at the
  // shortfall-below-a-norm commit (one more found, four more verified). Their held-back
  // halves were scored by mistake in the same session (docs/accuracy-history.md), so they are spent.
  'subject312/dev': [5 / 10, 5 / 5, 40 / 44, 0],
  'subject313/dev': [3 / 10, 4 / 5, 24 / 33, 1],
  'subject314/dev': [5 / 10, 5 / 5, 31 / 33, 0],
  'subject315/dev': [3 / 10, 3 / 3, 14 / 25, 0],
  'subject316/dev': [7 / 10, 7 / 7, 23 / 26, 0],
  'subject317/dev': [5 / 10, 5 / 6, 33 / 39, 0],
  // subject318–323, written blind at the end of the eighteenth session and first scored with its final engine
  // (dca7150; recall, precision (false alarms), verified-recall): bank branch closures (0.700, 0.875 (1), 0.900);
  // rail freight (0.600, 0.857 (1), 0.875); chess (0.500, 0.833 (0), 0.645); dentistry access (0.300, 1.000 (0),
  // 0.355); ferries (0.700, 0.778 (2), 0.871); childhood vaccination (0.500, 1.000 (0), 0.833). Their held-back
  // halves were counted once in a total by a scorer slip (docs/accuracy-history.md): they are no longer first runs.
  'subject318/dev': [7 / 10, 7 / 8, 27 / 30, 0],
  'subject319/dev': [6 / 10, 6 / 7, 21 / 24, 0],
  'subject320/dev': [5 / 10, 5 / 6, 20 / 31, 0],
  'subject321/dev': [3 / 10, 3 / 3, 11 / 31, 0],
  'subject322/dev': [7 / 10, 7 / 9, 27 / 31, 0],
  'subject323/dev': [5 / 10, 5 / 5, 25 / 30, 0],
  // subject324–329, written blind in the nineteenth session and first scored with 8322b55 (recall, precision
  // (false alarms), verified-recall): glaciers (0.300, 0.750 (0), 0.828); submarine cables (0.200, 1.000 (0),
  // 0.593); industrial robots (0.400, 0.571 (1), 0.781); rare earths (0.600, 1.000 (0), 0.892); video games
  // (0.600, 0.667 (2), 0.829); shipbuilding (0.100, 1.000 (0), 0.639). Their held-back halves' first runs
  // were scored at the session's end (docs/accuracy-history.md).
  // Floors at the session's possessive-whole rule (placeNamedBefore); the session's other rules scored more.
  'subject324/dev': [3 / 10, 3 / 4, 24 / 29, 0],
  'subject325/dev': [2 / 10, 2 / 2, 16 / 27, 2],
  // A list's item gives another country's value (measure.list-mate): warned of as a wrong value, labelled a
  // misattribution; a right warning under another code.
  'subject326/dev': [4 / 10, 4 / 7, 27 / 32, 1],
  'subject327/dev': [6 / 10, 6 / 6, 33 / 37, 1],
  'subject328/dev': [6 / 10, 6 / 7, 31 / 35, 0],
  'subject329/dev': [5 / 10, 5 / 5, 36 / 36, 0],
  // subject330–335, written blind in the nineteenth session and first scored with 44eef5b (recall, precision
  // (false alarms), verified-recall): desalination (0.600, 0.667 (2), 0.643); tea (0.700, 1.000 (0), 0.852);
  // satellite internet (0.300, 0.750 (1), 0.857); cotton (0.600, 1.000 (0), 0.852); zoos (0.200, 1.000 (0),
  // 0.923); ski resorts (0.500, 0.833 (1), 0.771). Their held-back halves' first runs were scored at the
  // session's end (docs/accuracy-history.md).
  'subject330/dev': [6 / 10, 6 / 9, 18 / 28, 0],
  'subject331/dev': [7 / 10, 7 / 7, 23 / 27, 0],
  // Raised in the twentieth session: a clause of time after the figure dates it (0ea9046).
  'subject332/dev': [4 / 10, 4 / 5, 36 / 42, 1],
  'subject333/dev': [6 / 10, 6 / 6, 23 / 27, 0],
  'subject334/dev': [2 / 10, 2 / 2, 12 / 13, 0],
  'subject335/dev': [5 / 10, 5 / 6, 27 / 35, 0],
  // subject336–341, written blind late in the nineteenth session and first scored with 9251ac7 (recall,
  // precision (false alarms), verified-recall): remote work (0.700, 0.875 (1), 0.667); car thefts (0.700, 0.875
  // (0), 0.833); volcanic eruptions (0.700, 1.000 (0), 0.853); IPL cricket (0.700, 1.000 (0), 0.846); pilgrimages
  // (0.400, 1.000 (0), 0.583); student loans (0.500, 1.000 (0), 0.969). Their held-back halves' first runs were
  // scored at the session's end (docs/accuracy-history.md).
  'subject336/dev': [7 / 10, 7 / 8, 18 / 27, 0],
  'subject337/dev': [7 / 10, 7 / 8, 25 / 30, 0],
  'subject338/dev': [7 / 10, 7 / 7, 29 / 34, 0],
  'subject339/dev': [7 / 10, 7 / 7, 33 / 39, 0],
  'subject340/dev': [4 / 10, 4 / 4, 14 / 24, 0],
  'subject341/dev': [5 / 10, 5 / 5, 31 / 32, 0],
  // subject342–347, written blind early in the twentieth session and first scored with 975db7f (the start
  // engine 5031e51 scores them the same) (recall, precision (false alarms), verified-recall): sharks (0.500,
  // 0.625 (2), 0.636); Formula One (0.600, 1.000 (0), 0.735); horse racing (0.400, 0.667 (2), 0.871); antibiotic
  // resistance (0.300, 1.000 (0), 0.581); organ transplants (0.800, 1.000 (0), 0.938); landmines (0.700, 0.875
  // (1), 0.655). Their held-back halves' first runs are scored at the session's end (docs/accuracy-history.md).
  'subject342/dev': [5 / 10, 5 / 8, 14 / 22, 0],
  'subject343/dev': [6 / 10, 6 / 6, 25 / 34, 0],
  // Raised after the first run: a level a passive verb sets (5f63382), 'every one of them' (d5de3ca) and 'for last year's' (afbb9c3).
  'subject344/dev': [5 / 10, 5 / 5, 27 / 31, 0],
  'subject345/dev': [3 / 10, 3 / 3, 18 / 31, 0],
  'subject346/dev': [8 / 10, 8 / 8, 30 / 32, 0],
  'subject347/dev': [7 / 10, 7 / 8, 19 / 29, 0],
  // subject348–353, written blind mid-session in the twentieth session and first scored with 7fa6571 (recall,
  // precision (false alarms), verified-recall): snakebites (0.400, 0.667 (2), 0.571); helium (0.700, 1.000 (0),
  // 0.838); podcasts (0.600, 0.857 (1), 0.844); golf (0.300, 0.750 (1), 0.667); locusts (0.400, 0.800 (1), 0.757);
  // tennis grand slams (0.200, 0.667 (0), 0.848). Their held-back halves' first runs are scored at the session's end.
  'subject348/dev': [4 / 10, 4 / 6, 20 / 35, 3],
  'subject349/dev': [7 / 10, 7 / 7, 31 / 37, 0],
  'subject350/dev': [6 / 10, 6 / 7, 27 / 32, 0],
  'subject351/dev': [3 / 10, 3 / 4, 26 / 39, 0],
  'subject352/dev': [4 / 10, 4 / 5, 28 / 37, 0],
  'subject353/dev': [2 / 10, 2 / 3, 39 / 46, 0],
  // subject354–359, written blind at the end of the twentieth session and first scored with its final engine
  // 85d2955 (recall, precision (false alarms), verified-recall): fireworks (0.500, 0.714 (2), 0.848); vinyl
  // records (0.500, 0.625 (2), 1.000); fraud and scams (0.700, 0.875 (1), 0.938); ransomware (0.800, 1.000 (0),
  // 0.839); pianos and music education (0.700, 1.000 (0), 0.750); sanitation (0.300, 0.500 (2), 0.850). Their
  // held-back halves are left unscored for the next session's first runs (start engine 85d2955).
  'subject354/dev': [5 / 10, 5 / 7, 28 / 33, 0],
  'subject355/dev': [5 / 10, 5 / 8, 25 / 25, 1],
  'subject356/dev': [7 / 10, 7 / 8, 30 / 32, 0],
  'subject357/dev': [8 / 10, 8 / 8, 26 / 31, 0],
  // Thirtieth session: a value of another year labelled misattributed is warned of as a wrong year.
  'subject358/dev': [7 / 10, 7 / 8, 24 / 32, 0],
  'subject359/dev': [3 / 10, 3 / 6, 34 / 40, 0],
  // The twenty-first session's publisher link (facts a body publishes are candidates for a figure given as
  // the body's) moved some floors: subject45, subject120, subject252, subject297 and subject313 gained a warning
  // each on a figure labelled right or none (a coincidence of value with a fact the body publishes about another
  // entity), and subject285, subject299, subject303 and subject348 a link to a fact of equal value (another year's,
  // or another publisher's); across the corpora the link gained far more than it cost (see docs/accuracy-history.md).
  // subject360–365, written blind early in the twenty-first session and first scored with the engine of that
  // moment (e1178ad, c472ff9 with two period rules): tuberculosis (0.500, 1.000 (0), 0.880); coral
  // reefs (0.600, 0.600 (3), 0.636); wine (0.400, 1.000 (0), 0.828); museums (0.500, 1.000 (0), 0.921); coffee
  // (0.500, 0.714 (1), 0.862); bird flu (0.500, 0.833 (1), 0.679). Their held-back halves are left unscored
  // for the next session's first runs.
  'subject360/dev': [5 / 10, 5 / 5, 22 / 25, 0],
  'subject361/dev': [6 / 10, 6 / 10, 14 / 22, 0],
  'subject362/dev': [4 / 10, 4 / 4, 24 / 29, 0],
  'subject363/dev': [5 / 10, 5 / 5, 35 / 38, 0],
  'subject364/dev': [5 / 10, 5 / 7, 25 / 29, 0],
  'subject365/dev': [5 / 10, 5 / 6, 19 / 28, 0],
  // subject366–371, written blind at the start of the twenty-second session and first scored with the engine of
  // that moment (aab5925, the same engine as 15c1416): lithium (0.300, 0.750 (1), 0.750); measles (0.600, 1.000
  // (0), 0.828); shared e-scooters (0.700, 1.000 (0), 0.844); food banks (0.800, 1.000 (0), 0.892); drought
  // on rivers and canals (0.600, 0.667 (2), 0.794); instant payments (0.500, 1.000 (0), 0.882).
  'subject366/dev': [3 / 10, 3 / 4, 24 / 32, 1],
  'subject367/dev': [6 / 10, 6 / 6, 24 / 29, 0],
  // "The city's" now stands for the one city named before it (entity/kind-word): a misattribution labelled so
  // is warned of as a wrong value, under another code.
  'subject368/dev': [7 / 10, 7 / 8, 27 / 32, 0],
  'subject369/dev': [8 / 10, 8 / 8, 33 / 37, 0],
  'subject370/dev': [6 / 10, 6 / 9, 27 / 34, 2],
  'subject371/dev': [5 / 10, 5 / 5, 30 / 34, 0],
  // subject372–377, written blind late in the twenty-third session and first scored with the final engine of
  // that session (ef417dbe; the start engine b7981dc scores the same): cement (0.400, 0.571 (2), 0.750); the
  // Hajj (0.500, 1.000 (0), 0.844); R&D spending (0.500, 1.000 (0), 0.594); paper and pulp (0.500, 0.833 (1),
  // 0.893); air conditioning (0.300, 1.000 (0), 0.744); organic farming (0.700, 0.875 (1), 0.833). Their
  // held-back halves were scored once at the end of the twenty-fourth session.
  'subject372/dev': [4 / 10, 4 / 5, 20 / 24, 1],
  'subject373/dev': [5 / 10, 5 / 5, 27 / 32, 0],
  'subject374/dev': [5 / 10, 5 / 5, 19 / 32, 0],
  'subject375/dev': [5 / 10, 5 / 6, 25 / 28, 0],
  'subject376/dev': [3 / 10, 3 / 3, 32 / 43, 1],
  'subject377/dev': [7 / 10, 7 / 8, 25 / 30, 0],
  // subject378–383, written blind in the twenty-fourth session and first scored with that session's engine
  // after fad79bc and the fix for a digit glued to a name (which subject379's dataset needed to load):
  // public libraries (0.700, 0.700 (2), 0.714); desalination (0.300, 0.750 (1), 0.868); congestion charges
  // and tolls (0.400, 0.571 (2), 0.833); tea (0.600, 1.000 (0), 0.894); lotteries (0.700, 0.875 (0),
  // 0.725); ski resorts (0.700, 0.875 (1), 0.732). Their held-back halves are left for the next session.
  'subject378/dev': [7 / 10, 7 / 9, 23 / 28, 0],
  'subject379/dev': [3 / 10, 3 / 4, 33 / 38, 1],
  'subject380/dev': [4 / 10, 4 / 7, 35 / 42, 1],
  'subject381/dev': [6 / 10, 6 / 6, 42 / 47, 0],
  'subject382/dev': [7 / 10, 7 / 8, 29 / 40, 0],
  'subject383/dev': [7 / 10, 7 / 8, 30 / 41, 0],
  'subject384/dev': [6 / 10, 6 / 6, 30 / 37, 0],
  'subject385/dev': [7 / 10, 7 / 8, 23 / 28, 0],
  'subject386/dev': [3 / 10, 3 / 4, 16 / 26, 0],
  'subject387/dev': [5 / 10, 5 / 5, 22 / 29, 0],
  'subject388/dev': [9 / 10, 9 / 10, 38 / 41, 1],
  'subject389/dev': [3 / 10, 3 / 5, 27 / 35, 1],
  // Six more blind subjects, written by helpers who never read or ran the engine. First run of the development
  // halves (engine 8d62340; recall, precision (false alarms), verified): marathons (0.300, 0.750 (1), 0.657);
  // honey bees (0.500, 0.714 (2), 0.897); nuclear power (0.600, 0.857 (0), 0.750); Antarctic tourism (0.700,
  // 1.000 (0), 0.857); sugar (0.600, 1.000 (0), 0.889); remittances (0.500, 1.000 (0), 0.719).
  'subject390/dev': [3 / 10, 3 / 4, 23 / 35, 0],
  'subject391/dev': [5 / 10, 5 / 5, 37 / 39, 0],
  'subject392/dev': [6 / 10, 6 / 7, 27 / 36, 0],
  'subject393/dev': [8 / 10, 8 / 8, 42 / 49, 0],
  'subject394/dev': [6 / 10, 6 / 6, 40 / 45, 0],
  'subject395/dev': [7 / 10, 7 / 7, 26 / 32, 0],
  // Six more blind subjects, written by helpers who never read or ran the engine. First run of the development
  // halves in the twenty-seventh session (engine 42c9690, after its first rules; recall, precision (false alarms),
  // verified): avalanches (0.400, 1.000 (0), 0.884); lightning (0.400, 0.667 (1), 0.686); whaling (0.600, 1.000 (0),
  // 0.923); organ donation (0.600, 1.000 (0), 0.780); maritime piracy (0.100, 1.000 (0), 0.762); rabies (0.600,
  // 1.000 (0), 0.967).
  'subject396/dev': [4 / 10, 4 / 4, 38 / 43, 0],
  'subject397/dev': [4 / 10, 4 / 6, 24 / 35, 0],
  'subject398/dev': [6 / 10, 6 / 6, 24 / 26, 0],
  // A rate per million now states a count "per million population": one such US rate, dated by "the comparison
  // the ONT presented with its 2024 results", is warned of as a wrong year (a false alarm).
  'subject399/dev': [6 / 10, 6 / 7, 32 / 41, 0],
  'subject400/dev': [1 / 10, 1 / 1, 32 / 42, 0],
  'subject401/dev': [6 / 10, 6 / 6, 29 / 30, 0],
  // Six more blind subjects, written by helpers who never read or ran the engine. First run of the development
  // halves in the twenty-eighth session (engine 559860f with the schema's earlier years; recall, precision (false
  // alarms), verified): Everest (0.300, 0.500 (3), 0.711); rhino poaching (0.600, 1.000 (0), 0.879); the Channel
  // Tunnel (0.600, 0.857 (1), 0.900); bottled water (0.800, 0.800 (0), 1.000, one wrong link); the Nobel prizes
  // (0.500, 0.714 (1), 0.625); vanilla and saffron (0.400, 1.000 (0), 0.867).
  'subject402/dev': [3 / 10, 3 / 6, 27 / 38, 1],
  'subject403/dev': [6 / 10, 6 / 6, 29 / 33, 0],
  'subject404/dev': [6 / 10, 6 / 7, 36 / 40, 0],
  'subject405/dev': [8 / 10, 8 / 10, 37 / 37, 1],
  // Raised later in the session (crowns read as the prizes' kronor), with one wrong link: a headline's "11 million
  // crowns", with no year, is linked to 2024's equal prize rather than 2023's.
  // Once the prize's entity is read right, 'adding 1 million crowns to the award' is judged as a level (a false alarm).
  'subject406/dev': [6 / 10, 7 / 9, 23 / 32, 2],
  'subject407/dev': [4 / 10, 4 / 4, 26 / 30, 0],
  // Six more blind subjects, written by helpers who never read or ran the engine. First run of the development
  // halves in the twenty-ninth session (the engine of 0ce4e31; recall, precision (false alarms), verified):
  // skyscrapers (0.200, 0.667 (1), 0.902); the Eiffel Tower (0.600, 0.857 (1), 0.756); polar bears and sea ice
  // (0.400, 0.667 (2), 0.750, one wrong link); rugby union (0.500, 0.833 (1), 0.763); chess (0.500, 0.833 (1),
  // 0.686, one wrong link); helium (0.800, 0.889 (0), 0.761, two wrong links). Floors after that session's rules.
  'subject408/dev': [4 / 10, 4 / 4, 38 / 41, 0],
  'subject409/dev': [6 / 10, 6 / 6, 31 / 41, 0],
  'subject410/dev': [4 / 10, 4 / 4, 22 / 28, 1],
  'subject411/dev': [5 / 10, 5 / 5, 30 / 38, 0],
  'subject412/dev': [5 / 10, 5 / 6, 24 / 35, 1],
  'subject413/dev': [8 / 10, 8 / 9, 35 / 46, 2],
  // Six more, the thirtieth session's. First run of the development halves (the engine of 44ae602; recall,
  // precision (false alarms), verified): giant pandas (0.500, 1.000 (0), 0.844); sharks (0.400, 1.000 (0),
  // 0.756); postal services (0.700, 0.875 (1), 0.857); salmon farming (0.600, 0.857 (1), 0.848, one wrong link);
  // tuberculosis (0.300, 0.429 (3), 0.878, three wrong links; two of the false alarms were right warnings the
  // scorer missed, its marker after a rate's base: 0.500, 0.714 (1) once scored right); avocados (0.800, 1.000
  // (0), 1.000). Floors after that session's rules.
  'subject414/dev': [6 / 10, 6 / 6, 38 / 45, 0],
  'subject415/dev': [6 / 10, 6 / 6, 36 / 41, 0],
  'subject416/dev': [7 / 10, 7 / 7, 37 / 42, 0],
  'subject417/dev': [6 / 10, 6 / 8, 29 / 33, 1],
  'subject418/dev': [6 / 10, 6 / 8, 38 / 41, 3],
  'subject419/dev': [8 / 10, 8 / 8, 22 / 22, 0],
  // Six more, the thirty-first session's. First run of the development halves (the engine of 7f5f439f with the
  // session's first quote-check fix, "half a million"; recall, precision (false alarms), verified): pigs and
  // pork (0.700, 1.000 (0), 0.897, one wrong link); hydropower (0.500, 0.714 (0), 0.886); wolves (0.700, 0.875
  // (1), 0.833); blood donation (0.400, 1.000 (0), 0.759); landmines (0.600, 0.857 (1), 0.567); childcare costs
  // (0.400, 1.000 (0), 0.979). Floors after that session's rules.
  'subject420/dev': [8 / 10, 8 / 8, 35 / 39, 1],
  'subject421/dev': [6 / 10, 6 / 8, 31 / 35, 0],
  'subject422/dev': [7 / 10, 7 / 8, 30 / 36, 0],
  'subject423/dev': [5 / 10, 5 / 6, 24 / 29, 0],
  'subject424/dev': [6 / 10, 6 / 6, 18 / 30, 0],
  'subject425/dev': [4 / 10, 4 / 4, 47 / 48, 0],
  // Six more, the thirty-second session's. First run of the development halves (the engine of 8c140148;
  // recall, precision (false alarms), verified): languages (0.600, 1.000 (0), 0.792, one wrong link);
  // two-wheelers (0.800, 0.889 (1), 0.979); toys (0.700, 0.778 (2), 0.863, two wrong links); theatre (0.500,
  // 1.000 (0), 0.902); IVF (0.700, 0.875 (1), 0.911); Christmas trees and holiday sales (0.600, 1.000 (0),
  // 0.864). Floors after that session's rules.
  'subject426/dev': [6 / 10, 6 / 6, 43 / 48, 1],
  'subject427/dev': [8 / 10, 8 / 8, 48 / 48, 0],
  'subject428/dev': [7 / 10, 7 / 7, 45 / 51, 1],
  'subject429/dev': [5 / 10, 5 / 5, 46 / 51, 0],
  'subject430/dev': [8 / 10, 8 / 8, 41 / 45, 0],
  'subject431/dev': [6 / 10, 6 / 6, 38 / 44, 0],
  // Six more, the thirty-third session's. First run of the development halves (the engine of a48f0463; recall,
  // precision (false alarms), verified): sports betting (0.700, 0.875 (1), 0.917); mobile money (0.700, 1.000 (0),
  // 0.587); catastrophe losses (0.400, 0.571 (2), 0.469, one wrong link); potatoes and fries (0.800, 0.889 (1),
  // 0.911); lobster and crab (0.700, 0.778 (1), 0.935); weddings (0.800, 0.889 (0), 0.935). Floors after that
  // session's rules.
  'subject432/dev': [7 / 10, 7 / 7, 45 / 48, 0],
  'subject433/dev': [8 / 10, 8 / 8, 32 / 46, 0],
  'subject434/dev': [5 / 10, 5 / 6, 25 / 49, 1],
  'subject435/dev': [9 / 10, 9 / 9, 42 / 45, 0],
  'subject436/dev': [7 / 10, 7 / 8, 44 / 46, 0],
  'subject437/dev': [8 / 10, 8 / 9, 43 / 46, 0],
  // Six more, the thirty-fourth session's. First run of the development halves (the engine of 9ec1d94b; recall,
  // precision (false alarms), verified): rubber and tyres (0.600, 1.000 (0), 0.935); tuna and shrimp (0.800, 0.889 (1),
  // 0.756); legal cannabis (0.600, 1.000 (0), 1.000); cashews and almonds (0.600, 1.000 (0), 0.721, one wrong link);
  // furniture (0.500, 1.000 (0), 0.837, one wrong link); fast-food chains (0.800, 0.889 (1), 0.860). Floors after
  // that session's rules.
  'subject438/dev': [7 / 10, 7 / 7, 43 / 46, 0],
  'subject439/dev': [8 / 10, 8 / 8, 35 / 45, 0],
  'subject440/dev': [6 / 10, 6 / 6, 40 / 40, 0],
  'subject441/dev': [6 / 10, 6 / 6, 31 / 43, 1],
  'subject442/dev': [5 / 10, 5 / 5, 36 / 43, 1],
  'subject443/dev': [8 / 10, 8 / 8, 38 / 43, 0],
  // Six more, launched in the middle of the thirty-fourth session. First run of the development halves (the engine of
  // c8cdfacc): wool and cashmere (0.500, 0.714 (1), 0.732); soybeans and canola (0.700, 1.000 (0), 0.881); onions and
  // tomatoes (0.600, 0.857 (1), 0.826); tequila and spirits (0.500, 1.000 (0), 0.738); ride-hailing (0.600, 0.857 (1),
  // 0.900); cosmetics and perfume (0.700, 1.000 (0), 0.830). Floors after that session's rules.
  'subject444/dev': [5 / 10, 5 / 6, 31 / 41, 0],
  'subject445/dev': [7 / 10, 7 / 7, 37 / 42, 0],
  'subject446/dev': [6 / 10, 6 / 7, 38 / 46, 0],
  'subject447/dev': [6 / 10, 6 / 6, 31 / 42, 0],
  'subject448/dev': [6 / 10, 6 / 7, 47 / 50, 0],
  'subject449/dev': [8 / 10, 8 / 8, 45 / 53, 0],
  // Six more, launched at the start of the thirty-fifth session. First run of the development halves (the engine of
  // ee224217, markers moved after "USD" and "euros" in subject454 and subject455): eggs (0.600, 1.000 (0), 0.886);
  // platinum and palladium (0.600, 1.000 (0), 0.745); timber and lumber (0.600, 0.857 (1), 0.848); cut flowers (0.500,
  // 0.833 (1), 0.796); pets and pet food (0.900, 1.000 (0), 0.978); footwear (0.800, 1.000 (0), 0.940). Floors after
  // that session's rules.
  'subject450/dev': [6 / 10, 6 / 6, 39 / 44, 0],
  'subject451/dev': [6 / 10, 6 / 6, 35 / 47, 0],
  'subject452/dev': [6 / 10, 6 / 6, 39 / 46, 0],
  'subject453/dev': [5 / 10, 5 / 5, 39 / 49, 0],
  'subject454/dev': [9 / 10, 9 / 9, 44 / 45, 0],
  'subject455/dev': [8 / 10, 8 / 8, 47 / 50, 0],
  // Six more, launched in the middle of the thirty-fifth session. First run of the development halves (the engine of
  // b6344224, the scorer mapping markers before "cents", "a gallon" and "p"; markers moved after "euros" and
  // "billion" in subject459): maple syrup (0.500, 1.000 (0), 0.873); sunflower oil (0.700, 1.000 (0), 0.816); petrol
  // and diesel prices (0.300, 1.000 (0), 0.735); cheese (0.700, 1.000 (0), 0.756); hazelnuts and pistachios (0.700,
  // 1.000 (0), 0.604); mangoes and pineapples (0.600, 1.000 (0), 0.795, one wrong link).
  'subject456/dev': [5 / 10, 5 / 5, 48 / 55, 0],
  'subject457/dev': [7 / 10, 7 / 7, 40 / 49, 0],
  'subject458/dev': [3 / 10, 3 / 3, 36 / 49, 0],
  'subject459/dev': [7 / 10, 7 / 7, 34 / 45, 0],
  'subject460/dev': [7 / 10, 7 / 7, 32 / 53, 0],
  'subject461/dev': [6 / 10, 6 / 6, 35 / 44, 1],
  // Six more, launched at the start of the thirty-sixth session. First run of the development halves (the engine of
  // 29b3f134, markers moved after "euros", "yen", "soles" and "dollars"): quinoa (0.800, 1.000 (0), 0.712, one wrong
  // link); public libraries (0.500, 1.000 (0), 0.761); ice cream (0.800, 0.889 (1), 0.750, one wrong link); black
  // pepper and spices (0.800, 0.800 (2), 0.905); whaling (0.500, 1.000 (0), 0.872, one wrong link); horse racing
  // (0.700, 1.000 (0), 0.880). Floors after that session's rules.
  'subject462/dev': [8 / 10, 8 / 8, 42 / 59, 0],
  'subject463/dev': [5 / 10, 5 / 5, 35 / 46, 0],
  'subject464/dev': [8 / 10, 8 / 9, 33 / 44, 0],
  'subject465/dev': [8 / 10, 8 / 8, 39 / 42, 0],
  'subject466/dev': [5 / 10, 5 / 5, 44 / 47, 1],
  'subject467/dev': [7 / 10, 7 / 7, 44 / 50, 0],
  // Six more, launched in the middle of the thirty-sixth session. First run of the development halves (the engine
  // of 6e83ab50): jute (0.300, 1.000 (0), 0.783); tabletop games (0.600, 0.857 (1), 0.755); lifts and escalators
  // (0.500, 0.714 (2), 0.864, two wrong links); camels (0.500, 1.000 (0), 0.744); silk (0.600, 0.857 (1), 0.867);
  // national parks (0.700, 1.000 (0), 0.837).
  'subject468/dev': [5 / 10, 5 / 5, 36 / 46, 0],
  'subject469/dev': [6 / 10, 6 / 6, 38 / 49, 0],
  'subject470/dev': [5 / 10, 5 / 5, 52 / 59, 1],
  'subject471/dev': [5 / 10, 5 / 5, 32 / 43, 0],
  'subject472/dev': [7 / 10, 7 / 7, 40 / 45, 0],
  'subject473/dev': [7 / 10, 7 / 7, 41 / 49, 0],
  // Six blind subjects written in the thirty-seventh session. First run of the development halves (the engine of
  // 93374ad8): glass (0.700, 0.778 (2), 0.625); salt (0.700, 1.000 (0), 0.857); volcanoes (0.800, 0.889 (1),
  // 0.898); mushrooms and truffles (0.300, 0.600 (2), 0.717); sardines and herring (0.500, 0.833 (1), 0.907);
  // banknotes and cash (0.300, 1.000 (0), 0.826). Floors after that session's rules.
  'subject474/dev': [8 / 10, 8 / 8, 32 / 48, 0],
  'subject475/dev': [8 / 10, 8 / 8, 42 / 49, 0],
  'subject476/dev': [8 / 10, 8 / 8, 54 / 59, 0],
  'subject477/dev': [6 / 10, 6 / 8, 37 / 46, 0],
  'subject478/dev': [5 / 10, 5 / 5, 39 / 43, 0],
  'subject479/dev': [3 / 10, 3 / 3, 38 / 46, 0],
  // Six blind subjects written in the thirty-eighth session. First run of the development halves (the engine of
  // 28824027): cork (0.400, 1.000 (0), 0.844); oysters (0.700, 1.000 (0), 0.844, three wrong links); sake (0.700,
  // 0.875 (0), 0.685); oil and gas pipelines (0.600, 0.857 (0), 0.775, one wrong link); cremation and funerals
  // (0.800, 1.000 (0), 0.913); radio listening (0.900, 0.900 (1), 0.868). Floors after that session's rules.
  'subject480/dev': [4 / 10, 4 / 4, 38 / 45, 0],
  'subject481/dev': [7 / 10, 7 / 7, 40 / 45, 1],
  'subject482/dev': [7 / 10, 7 / 8, 39 / 54, 0],
  'subject483/dev': [6 / 10, 6 / 7, 31 / 40, 1],
  'subject484/dev': [8 / 10, 8 / 8, 42 / 46, 0],
  'subject485/dev': [10 / 10, 10 / 11, 46 / 53, 0],
  // Six more written later in the same session. First run of the development halves (the engine of efd8b021):
  // rum (0.700, 1.000 (0), 0.854); guitars (0.700, 0.875 (0), 0.962); parking (0.700, 0.875 (1), 0.867); zinc and
  // bauxite (0.800, 1.000 (0), 0.886); polio (0.800, 1.000 (0), 0.957); citrus (0.500, 0.714 (2), 0.644). Floors
  // after that session's rules.
  'subject486/dev': [7 / 10, 7 / 7, 41 / 48, 0],
  'subject487/dev': [7 / 10, 7 / 8, 51 / 53, 0],
  'subject488/dev': [7 / 10, 7 / 8, 39 / 45, 0],
  'subject489/dev': [8 / 10, 8 / 8, 39 / 44, 0],
  'subject490/dev': [8 / 10, 8 / 8, 45 / 47, 0],
  'subject491/dev': [5 / 10, 5 / 6, 30 / 45, 0],
  // Six written blind in the thirty-ninth session. First run of the development halves (the engine of 4474614e):
  // trams (0.600, 1.000 (0), 0.941); pulses (0.700, 1.000 (0), 0.843, one wrong link); tungsten and graphite
  // (0.800, 1.000 (0), 0.933); hemp and bamboo (0.700, 1.000 (0), 0.922); pearls (0.400, 1.000 (0), 0.848); squid
  // and octopus (0.600, 1.000 (0), 0.791). Floors after that session's rules.
  'subject492/dev': [6 / 10, 6 / 6, 49 / 51, 0],
  'subject493/dev': [7 / 10, 7 / 7, 43 / 51, 1],
  'subject494/dev': [8 / 10, 8 / 8, 43 / 45, 0],
  'subject495/dev': [7 / 10, 7 / 7, 47 / 51, 0],
  'subject496/dev': [6 / 10, 6 / 6, 45 / 46, 0],
  'subject497/dev': [6 / 10, 6 / 6, 34 / 43, 0],
};

/** At most one false warning per this many real articles (the goal of issue 9). */
const REAL_TEXTS_PER_FALSE_WARNING = 40;
/**
 * Warnings on the second subject's articles that the corpus README lists as the article disagreeing with
 * the source: bbj.hu's "160-kilometer stretch" where RWR says 150 km.
 */
const MAX_DISPUTED = 1;

const override = process.env.FIXTURE_DIR;
const corpora: [Corpus, Floors][] = override
  ? [[{ name: override, dir: resolve(override), datasets: 'bundled+subject2', kind: 'labelled' }, TARGETS]]
  : DEVELOPMENT_CORPORA.filter((c) => c.kind === 'labelled').map((c) => [c, FLOORS[c.name] ?? TARGETS]);

describe('labels', () => {
  it('mark the figure, not the emphasis a marker is written after', () => {
    const { text, labels } = readLabels('EU: **1,048,900**⟦verified:x⟧ and 20%⟦none⟧.');
    assert.deepEqual(labels.map((l) => text.slice(l.end - 3, l.end)), ['900', '20%']);
  });
});

for (const [corpus, [minRecall, minPrecision, minVerified, maxWrongLinks]] of corpora) {
  describe(`labelled corpus: ${corpus.name}`, () => {
    let score: CorpusScore;

    before(function () {
      if (!corpusAvailable(corpus)) this.skip();
      score = scoreLabelledCorpus(corpus);
      console.log(`      ${summarise(corpus.name, score)}`);
      if (process.env.FIXTURE_MISSES) for (const m of score.misses) console.log(`      miss ${m.file}:${m.line}: expected ${m.expected}, got ${m.got}`);
    });

    it(`finds at least ${minRecall * 100}% of the labelled warnings (recall)`, () => {
      assert.ok(score.foundWarnings / score.labelledWarnings >= minRecall, `recall ${score.foundWarnings}/${score.labelledWarnings}`);
    });

    it(`gives at least ${minPrecision * 100}% of its warnings where a label says so (precision)`, () => {
      const { correctWarnings, emittedWarnings } = score;
      assert.ok(emittedWarnings > 0 && correctWarnings / emittedWarnings >= minPrecision, `precision ${correctWarnings}/${emittedWarnings}`);
    });

    it(`verifies at least ${minVerified * 100}% of the labelled correct figures (verified-recall)`, () => {
      assert.ok(score.foundVerified / score.labelledVerified >= minVerified, `verified-recall ${score.foundVerified}/${score.labelledVerified}`);
    });

    it(`links every verdict to the fact its label names (at most ${maxWrongLinks} wrong)`, () => {
      assert.ok(score.wrongLinks <= maxWrongLinks, `${score.wrongLinks} wrong links`);
    });
  });
}

describe('real published articles (../shared/corpora/real-articles, dev halves)', () => {
  const real = DEVELOPMENT_CORPORA.filter((c) => c.kind === 'real' && corpusAvailable(c));
  let texts = 0;
  const falseWarnings: string[] = [];
  const disputed: string[] = [];
  before(function () {
    if (real.length === 0) this.skip();
    for (const corpus of real) {
      const index = indexFor(corpus.datasets);
      for (const file of corpusFiles(corpus)) {
        texts++;
        const text = readFileSync(join(corpus.dir, file), 'utf8');
        for (const f of checkDocument(text, index).findings) {
          // In the camera articles no figure restates a bundled fact (see the corpus README): any warning or
          // verification is wrong. The second subject's articles restate some of its sources' figures, and
          // disagree with them on a few (its README lists them): a warning there is a dispute to read.
          const wrong = WARNING_CODES.has(f.code) || (f.code === 'figure-verified' && corpus.verifiedAreWrong);
          const line = `${corpus.name}/${file}: ${f.code} on "${text.slice(f.start, f.end)}"`;
          if (wrong && corpus.verifiedAreWrong) falseWarnings.push(line);
          else if (wrong) disputed.push(line);
        }
      }
    }
    console.log(`      real articles: ${texts} texts, ${falseWarnings.length} false findings, ${disputed.length} warnings where the sources disagree`);
    for (const w of [...falseWarnings, ...disputed]) console.log(`      ${w}`);
  });

  it(`gives at most one false finding per ${REAL_TEXTS_PER_FALSE_WARNING} texts`, () => {
    assert.ok(falseWarnings.length + Math.max(0, disputed.length - MAX_DISPUTED) <= Math.floor(texts / REAL_TEXTS_PER_FALSE_WARNING), [...falseWarnings, ...disputed].join('\n'));
  });
});
