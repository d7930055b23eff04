// The labelled corpora and the real articles, in one list for the accuracy tests and the evidence fit.
// Each names the datasets it is checked against. Held-back halves are listed apart: they are scored
// once, at the end of a piece of work, and the fit never reads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDatasets, type DatasetInput } from '../../../src/dataset/load';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { buildIndex, type FactIndex } from '../../../src/core';
import { repoRoot } from './engine';

/** Which datasets a corpus is checked against: the bundled one, or it and the second or third subject's. */
export type DatasetSet = 'bundled' | 'bundled+subject2' | 'bundled+subject3' | 'bundled+subject4' | 'bundled+subject5' | 'bundled+subject6'
  | 'bundled+subject7' | 'bundled+subject8' | 'bundled+subject9' | 'bundled+subject10'
  | 'bundled+subject11' | 'bundled+subject12' | 'bundled+subject13' | 'bundled+subject14' | 'bundled+subject15' | 'bundled+subject16' | 'bundled+subject17' | 'bundled+subject18'
  | 'bundled+subject19' | 'bundled+subject20' | 'bundled+subject21' | 'bundled+subject22'
  | 'bundled+subject23' | 'bundled+subject24' | 'bundled+subject25' | 'bundled+subject26'
  | 'bundled+subject27' | 'bundled+subject28' | 'bundled+subject29' | 'bundled+subject30' | 'bundled+subject31' | 'bundled+subject32'
  | 'bundled+subject33' | 'bundled+subject34' | 'bundled+subject35' | 'bundled+subject36' | 'bundled+subject37' | 'bundled+subject38'
  | 'bundled+subject39' | 'bundled+subject40' | 'bundled+subject41' | 'bundled+subject42' | 'bundled+subject43' | 'bundled+subject44' | 'bundled+subject45' | 'bundled+subject46'
  | 'bundled+subject47'
  | 'bundled+subject48'
  | 'bundled+subject49'
  | 'bundled+subject50'
  | 'bundled+subject51'
  | 'bundled+subject52'
  | 'bundled+subject53'
  | 'bundled+subject54'
  | 'bundled+subject55'
  | 'bundled+subject56'
  | 'bundled+subject57'
  | 'bundled+subject58'
  | 'bundled+subject59'
  | 'bundled+subject60'
  | 'bundled+subject61'
  | 'bundled+subject62'
  | 'bundled+subject63'
  | 'bundled+subject64'
  | 'bundled+subject65'
  | 'bundled+subject66'
  | 'bundled+subject67'
  | 'bundled+subject68'
  | 'bundled+subject69'
  | 'bundled+subject70'
  | 'bundled+subject71'
  | 'bundled+subject72'
  | 'bundled+subject73'
  | 'bundled+subject74'
  | 'bundled+subject75'
  | 'bundled+subject76'
  | 'bundled+subject77'
  | 'bundled+subject80'
  | 'bundled+subject78'
  | 'bundled+subject79'
  | 'bundled+subject82'
  | 'bundled+subject84'
  | 'bundled+subject85'
  | 'bundled+subject81'
  | 'bundled+subject83'
  | 'bundled+subject86'
  | 'bundled+subject92'
  | 'bundled+subject88'
  | 'bundled+subject89'
  | 'bundled+subject87'
  | 'bundled+subject91'
  | 'bundled+subject90'
  | 'bundled+subject93'
  | 'bundled+subject94'
  | 'bundled+subject95'
  | 'bundled+subject96'
  | 'bundled+subject97'
  | 'bundled+subject98'
  | 'bundled+subject99'
  | 'bundled+subject100'
  | 'bundled+subject102'
  | 'bundled+subject101'
  | 'bundled+subject106'
  | 'bundled+subject107'
  | 'bundled+subject104'
  | 'bundled+subject103'
  | 'bundled+subject105'
  | 'bundled+subject108'
  | 'bundled+subject109'
  | 'bundled+subject110'
  | 'bundled+subject111'
  | 'bundled+subject112'
  | 'bundled+subject113'
  | 'bundled+subject114'
  | 'bundled+subject115'
  | 'bundled+subject117'
  | 'bundled+subject116'
  | 'bundled+subject118'
  | 'bundled+subject120'
  | 'bundled+subject119'
  | 'bundled+subject121'
  | 'bundled+subject122'
  | 'bundled+subject123'
  | 'bundled+subject124'
  | 'bundled+subject125'
  | 'bundled+subject126'
  | 'bundled+subject127'
  | 'bundled+subject128'
  | 'bundled+subject129'
  | 'bundled+subject130'
  | 'bundled+subject131'
  | 'bundled+subject132'
  | 'bundled+subject133'
  | 'bundled+subject134'
  | 'bundled+subject135'
  | 'bundled+subject136'
  | 'bundled+subject137'
  | 'bundled+subject138'
  | 'bundled+subject139'
  | 'bundled+subject140'
  | 'bundled+subject141'
  | 'bundled+subject142'
  | 'bundled+subject143'
  | 'bundled+subject144'
  | 'bundled+subject145'
  | 'bundled+subject146'
  | 'bundled+subject147'
  | 'bundled+subject148'
  | 'bundled+subject149'
  | 'bundled+subject150'
  | 'bundled+subject151'
  | 'bundled+subject152'
  | 'bundled+subject153'
  | 'bundled+subject154'
  | 'bundled+subject155'
  | 'bundled+subject156'
  | 'bundled+subject157'
  | 'bundled+subject158'
  | 'bundled+subject159'
  | 'bundled+subject160'
  | 'bundled+subject161'
  | 'bundled+subject162'
  | 'bundled+subject163'
  | 'bundled+subject164'
  | 'bundled+subject165'
  | 'bundled+subject166'
  | 'bundled+subject167'
  | 'bundled+subject168'
  | 'bundled+subject169'
  | 'bundled+subject170'
  | 'bundled+subject171'
  | 'bundled+subject172'
  | 'bundled+subject173'
  | 'bundled+subject174'
  | 'bundled+subject175'
  | 'bundled+subject176'
  | 'bundled+subject177'
  | 'bundled+subject178'
  | 'bundled+subject179'
  | 'bundled+subject180'
  | 'bundled+subject181'
  | 'bundled+subject182'
  | 'bundled+subject183'
  | 'bundled+subject184'
  | 'bundled+subject185'
  | 'bundled+subject186'
  | 'bundled+subject187'
  | 'bundled+subject188'
  | 'bundled+subject189'
  | 'bundled+subject190'
  | 'bundled+subject191'
  | 'bundled+subject192'
  | 'bundled+subject193'
  | 'bundled+subject194'
  | 'bundled+subject195'
  | 'bundled+subject196'
  | 'bundled+subject197'
  | 'bundled+subject198'
  | 'bundled+subject199'
  | 'bundled+subject200'
  | 'bundled+subject201'
  | 'bundled+subject202'
  | 'bundled+subject203'
  | 'bundled+subject204'
  | 'bundled+subject205'
  | 'bundled+subject206'
  | 'bundled+subject207'
  | 'bundled+subject208'
  | 'bundled+subject209'
  | 'bundled+subject210'
  | 'bundled+subject211'
  | 'bundled+subject212'
  | 'bundled+subject213'
  | 'bundled+subject214'
  | 'bundled+subject215'
  | 'bundled+subject216'
  | 'bundled+subject217'
  | 'bundled+subject218'
  | 'bundled+subject219'
  | 'bundled+subject220'
  | 'bundled+subject221'
  | 'bundled+subject222'
  | 'bundled+subject223'
  | 'bundled+subject224'
  | 'bundled+subject225'
  | 'bundled+subject226'
  | 'bundled+subject227'
  | 'bundled+subject228'
  | 'bundled+subject229'
  | 'bundled+subject230'
  | 'bundled+subject231'
  | 'bundled+subject232'
  | 'bundled+subject233'
  | 'bundled+subject234'
  | 'bundled+subject235'
  | 'bundled+subject236'
  | 'bundled+subject237'
  | 'bundled+subject238'
  | 'bundled+subject239'
  | 'bundled+subject240'
  | 'bundled+subject241'
  | 'bundled+subject242'
  | 'bundled+subject243'
  | 'bundled+subject244'
  | 'bundled+subject245'
  | 'bundled+subject246'
  | 'bundled+subject247'
  | 'bundled+subject248'
  | 'bundled+subject249'
  | 'bundled+subject250'
  | 'bundled+subject251'
  | 'bundled+subject252'
  | 'bundled+subject253'
  | 'bundled+subject254'
  | 'bundled+subject255'
  | 'bundled+subject256'
  | 'bundled+subject257'
  | 'bundled+subject258'
  | 'bundled+subject259'
  | 'bundled+subject260'
  | 'bundled+subject261'
  | 'bundled+subject262'
  | 'bundled+subject263'
  | 'bundled+subject264'
  | 'bundled+subject265'
  | 'bundled+subject266'
  | 'bundled+subject267'
  | 'bundled+subject268'
  | 'bundled+subject269'
  | 'bundled+subject270'
  | 'bundled+subject271'
  | 'bundled+subject272'
  | 'bundled+subject273'
  | 'bundled+subject274'
  | 'bundled+subject275'
  | 'bundled+subject276'
  | 'bundled+subject277'
  | 'bundled+subject278'
  | 'bundled+subject279'
  | 'bundled+subject280'
  | 'bundled+subject281'
  | 'bundled+subject282'
  | 'bundled+subject283'
  | 'bundled+subject284'
  | 'bundled+subject285'
  | 'bundled+subject286'
  | 'bundled+subject287'
  | 'bundled+subject288'
  | 'bundled+subject289'
  | 'bundled+subject290'
  | 'bundled+subject291'
  | 'bundled+subject292'
  | 'bundled+subject293'
  | 'bundled+subject294'
  | 'bundled+subject295'
  | 'bundled+subject296'
  | 'bundled+subject297'
  | 'bundled+subject298'
  | 'bundled+subject299'
  | 'bundled+subject300'
  | 'bundled+subject301'
  | 'bundled+subject302'
  | 'bundled+subject303'
  | 'bundled+subject304'
  | 'bundled+subject305'
  | 'bundled+subject306'
  | 'bundled+subject307'
  | 'bundled+subject308'
  | 'bundled+subject309'
  | 'bundled+subject310'
  | 'bundled+subject311'
  | 'bundled+subject312'
  | 'bundled+subject313'
  | 'bundled+subject314'
  | 'bundled+subject315'
  | 'bundled+subject316'
  | 'bundled+subject317'
  | 'bundled+subject318'
  | 'bundled+subject319'
  | 'bundled+subject320'
  | 'bundled+subject321'
  | 'bundled+subject322'
  | 'bundled+subject323'
  | 'bundled+subject324'
  | 'bundled+subject325'
  | 'bundled+subject326'
  | 'bundled+subject327'
  | 'bundled+subject328'
  | 'bundled+subject329'
  | 'bundled+subject330'
  | 'bundled+subject331'
  | 'bundled+subject332'
  | 'bundled+subject333'
  | 'bundled+subject334'
  | 'bundled+subject335'
  | 'bundled+subject336'
  | 'bundled+subject337'
  | 'bundled+subject338'
  | 'bundled+subject339'
  | 'bundled+subject340'
  | 'bundled+subject341'
  | 'bundled+subject342'
  | 'bundled+subject343'
  | 'bundled+subject344'
  | 'bundled+subject345'
  | 'bundled+subject346'
  | 'bundled+subject347'
  | 'bundled+subject348'
  | 'bundled+subject349'
  | 'bundled+subject350'
  | 'bundled+subject351'
  | 'bundled+subject352'
  | 'bundled+subject353'
  | 'bundled+subject354'
  | 'bundled+subject355'
  | 'bundled+subject356'
  | 'bundled+subject357'
  | 'bundled+subject358'
  | 'bundled+subject359'
  | 'bundled+subject360'
  | 'bundled+subject361'
  | 'bundled+subject362'
  | 'bundled+subject363'
  | 'bundled+subject364'
  | 'bundled+subject365'
  | 'bundled+subject366'
  | 'bundled+subject367'
  | 'bundled+subject368'
  | 'bundled+subject369'
  | 'bundled+subject370'
  | 'bundled+subject371'
  | 'bundled+subject372'
  | 'bundled+subject373'
  | 'bundled+subject374'
  | 'bundled+subject375'
  | 'bundled+subject376'
  | 'bundled+subject377'
  | 'bundled+subject378'
  | 'bundled+subject379'
  | 'bundled+subject380'
  | 'bundled+subject381'
  | 'bundled+subject382'
  | 'bundled+subject383'
  | 'bundled+subject384'
  | 'bundled+subject385'
  | 'bundled+subject386'
  | 'bundled+subject387'
  | 'bundled+subject388'
  | 'bundled+subject389'
  | 'bundled+subject390'
  | 'bundled+subject391'
  | 'bundled+subject392'
  | 'bundled+subject393'
  | 'bundled+subject394'
  | 'bundled+subject395'
  | 'bundled+subject396'
  | 'bundled+subject397'
  | 'bundled+subject398'
  | 'bundled+subject399'
  | 'bundled+subject400'
  | 'bundled+subject401'
  | 'bundled+subject402'
  | 'bundled+subject403'
  | 'bundled+subject404'
  | 'bundled+subject405'
  | 'bundled+subject406'
  | 'bundled+subject407'
  | 'bundled+subject408'
  | 'bundled+subject409'
  | 'bundled+subject410'
  | 'bundled+subject411'
  | 'bundled+subject412'
  | 'bundled+subject413'
  | 'bundled+subject414'
  | 'bundled+subject415'
  | 'bundled+subject416'
  | 'bundled+subject417'
  | 'bundled+subject418'
  | 'bundled+subject419'
  | 'bundled+subject420'
  | 'bundled+subject421'
  | 'bundled+subject422'
  | 'bundled+subject423'
  | 'bundled+subject424'
  | 'bundled+subject425'
  | 'bundled+subject426'
  | 'bundled+subject427'
  | 'bundled+subject428'
  | 'bundled+subject429'
  | 'bundled+subject430'
  | 'bundled+subject431'
  | 'bundled+subject432'
  | 'bundled+subject433'
  | 'bundled+subject434'
  | 'bundled+subject435'
  | 'bundled+subject436'
  | 'bundled+subject437'
  | 'bundled+subject438'
  | 'bundled+subject439'
  | 'bundled+subject440'
  | 'bundled+subject441'
  | 'bundled+subject442'
  | 'bundled+subject443'
  | 'bundled+subject444'
  | 'bundled+subject445'
  | 'bundled+subject446'
  | 'bundled+subject447'
  | 'bundled+subject448'
  | 'bundled+subject449'
  | 'bundled+subject450'
  | 'bundled+subject451'
  | 'bundled+subject452'
  | 'bundled+subject453'
  | 'bundled+subject454'
  | 'bundled+subject455'
  | 'bundled+subject456'
  | 'bundled+subject457'
  | 'bundled+subject458'
  | 'bundled+subject459'
  | 'bundled+subject460'
  | 'bundled+subject461'
  | 'bundled+subject462'
  | 'bundled+subject463'
  | 'bundled+subject464'
  | 'bundled+subject465'
  | 'bundled+subject466'
  | 'bundled+subject467'
  | 'bundled+subject468'
  | 'bundled+subject469'
  | 'bundled+subject470'
  | 'bundled+subject471'
  | 'bundled+subject472'
  | 'bundled+subject473'
  | 'bundled+subject474'
  | 'bundled+subject475'
  | 'bundled+subject476'
  | 'bundled+subject477'
  | 'bundled+subject478'
  | 'bundled+subject479'
  | 'bundled+subject480'
  | 'bundled+subject481'
  | 'bundled+subject482'
  | 'bundled+subject483'
  | 'bundled+subject484'
  | 'bundled+subject485'
  | 'bundled+subject486'
  | 'bundled+subject487'
  | 'bundled+subject488'
  | 'bundled+subject489'
  | 'bundled+subject490'
  | 'bundled+subject491'
  | 'bundled+subject492'
  | 'bundled+subject493'
  | 'bundled+subject494'
  | 'bundled+subject495'
  | 'bundled+subject496'
  | 'bundled+subject497';

export interface Corpus {
  name: string;
  dir: string;
  datasets: DatasetSet;
  /** Labelled drafts (⟦…⟧ markers), or real articles in which no warning is deserved. */
  kind: 'labelled' | 'real';
  /**
   * For real articles: no figure restates a fact, so a verification is wrong too (the camera articles).
   * The second subject's articles restate some of its sources' figures: a verification may be right.
   */
  verifiedAreWrong?: boolean;
}

/** The second subject's dataset, kept in the repository as an example and not loaded by default. */
export const SUBJECT2_DATASET = 'examples/datasets/china-finance-cee.facts.json';

/**
 * The third subject's dataset (renewable electricity in Europe), written with its labelled drafts by a
 * writer who never ran the engine (test/fixtures/subject3/LABELS.txt).
 */
export const SUBJECT3_DATASET = 'test/fixtures/subject3/dataset.facts.json';

/**
 * The fourth subject's dataset (EU government deficit and debt in 2023), written with its labelled drafts
 * by a writer who never ran the engine (test/fixtures/subject4/LABELS.txt).
 */
export const SUBJECT4_DATASET = 'test/fixtures/subject4/dataset.facts.json';

/**
 * The fifth subject's dataset (passenger traffic at European airports in 2023: airports as bodies) and the
 * sixth's (carmakers' electric-car deliveries and registrations in 2023: companies as bodies), each
 * written with its labelled drafts by a writer who never ran the engine (their LABELS.txt).
 */
export const SUBJECT5_DATASET = 'test/fixtures/subject5/dataset.facts.json';
export const SUBJECT6_DATASET = 'test/fixtures/subject6/dataset.facts.json';

/**
 * The seventh subject's dataset (medals won at the Paris 2024 Olympic Games: small counts everywhere) and
 * the eighth's (football clubs' revenue in the 2022/23 season: clubs as bodies, money in two currencies,
 * seasons as two-year periods), each written with its labelled drafts by a writer who never ran the engine.
 */
export const SUBJECT7_DATASET = 'test/fixtures/subject7/dataset.facts.json';
export const SUBJECT8_DATASET = 'test/fixtures/subject8/dataset.facts.json';

/**
 * The ninth subject's dataset (the UK general election of July 2024: parties as bodies, seats and vote
 * shares, changes in points), written with its labelled drafts by a writer who never ran the engine.
 */
export const SUBJECT9_DATASET = 'test/fixtures/subject9/dataset.facts.json';

/**
 * The tenth subject's dataset (asylum applications in the EU in 2023: several overlapping series of one
 * count, citizenships as entities), written with its labelled drafts by a writer who never ran the engine.
 */
export const SUBJECT10_DATASET = 'test/fixtures/subject10/dataset.facts.json';

/**
 * The eleventh subject's dataset (measles in Europe in 2023 and 2024: a WHO region and the EU/EEA as
 * groups, cases, deaths, vaccination coverage, rates per million), written with its labelled drafts by a
 * writer who never ran the engine. It names Romania through the bundled dataset, which defines RO.
 */
export const SUBJECT11_DATASET = 'test/fixtures/subject11/dataset.facts.json';

/**
 * The twelfth subject's dataset (technology companies' quarterly results in 2024: companies as bodies,
 * calendar quarters standing for fiscal ones, money in billions), written with its labelled drafts by a
 * writer who never ran the engine.
 */
export const SUBJECT12_DATASET = 'test/fixtures/subject12/dataset.facts.json';

/**
 * The thirteenth subject's dataset (consumer price inflation in Europe, 2022–2024: monthly and yearly
 * rates, core, food and energy inflation) and the fourteenth's (wildfires in 2023: areas burned, fires,
 * emissions), each written with its labelled drafts by a writer who never ran the engine.
 */
export const SUBJECT13_DATASET = 'test/fixtures/subject13/dataset.facts.json';
export const SUBJECT14_DATASET = 'test/fixtures/subject14/dataset.facts.json';

/**
 * The fifteenth subject's dataset (the OECD's PISA 2022 results: mean scores, changes in points, shares of
 * low and top performers) and the sixteenth's (births, fertility rates and life expectancy, 2022–2023),
 * written blind like the others.
 */
export const SUBJECT15_DATASET = 'test/fixtures/subject15/dataset.facts.json';
export const SUBJECT16_DATASET = 'test/fixtures/subject16/dataset.facts.json';
/** NATO defence spending 2023–2024: shares of GDP close to each other for two years; defines DE, GR, CA and more. */
export const SUBJECT17_DATASET = 'test/fixtures/subject17/dataset.facts.json';
/** Container ports in 2023: TEU and tonnes; defines CN, NL, DE, US and `world`. */
export const SUBJECT18_DATASET = 'test/fixtures/subject18/dataset.facts.json';
/** Smartphone shipments 2023–2024: phone makers as vendors, markets as entities; defines `world`. */
export const SUBJECT19_DATASET = 'test/fixtures/subject19/dataset.facts.json';
/** International tourism in Europe in 2023; defines `eu`, `world`, GR and DE. */
export const SUBJECT20_DATASET = 'test/fixtures/subject20/dataset.facts.json';
/** Road deaths in Europe 2022–2023: counts and rates per million; defines `eu` and fifteen countries. */
export const SUBJECT21_DATASET = 'test/fixtures/subject21/dataset.facts.json';
/** Cocoa and coffee markets 2023–2024: crop seasons, prices per tonne, farm-gate prices. */
export const SUBJECT22_DATASET = 'test/fixtures/subject22/dataset.facts.json';
/** Refugees from Ukraine in Europe 2023–2024: people under temporary protection at month-ends, rates per 1,000, UN appeals. */
export const SUBJECT23_DATASET = 'test/fixtures/subject23/dataset.facts.json';
/** Dengue in Latin America 2023–2024: cases, deaths, incidence per 100,000, to a week or for a year. */
export const SUBJECT24_DATASET = 'test/fixtures/subject24/dataset.facts.json';
/** Statutory minimum wages in Europe: euros and national currencies a month, hourly rates, January and July. */
export const SUBJECT25_DATASET = 'test/fixtures/subject25/dataset.facts.json';
/** Ukraine's grain exports: million tonnes by marketing year (2023/24), the Black Sea corridor, ships. */
export const SUBJECT26_DATASET = 'test/fixtures/subject26/dataset.facts.json';
/** Irregular migration by sea to Europe, 2023–2024 (routes, islands, arrivals, deaths), written blind. */
export const SUBJECT27_DATASET = 'test/fixtures/subject27/dataset.facts.json';
/** CO2 and greenhouse-gas emissions, 2022–2023 (gigatonnes, per capita, changes), written blind. */
export const SUBJECT28_DATASET = 'test/fixtures/subject28/dataset.facts.json';
/** Crude oil production, OPEC+ cuts, demand and prices, 2023–2024: barrels a day, written blind. */
export const SUBJECT29_DATASET = 'test/fixtures/subject29/dataset.facts.json';
/** House prices, rents and mortgage rates, 2023–2024: countries and their cities, written blind. */
export const SUBJECT30_DATASET = 'test/fixtures/subject30/dataset.facts.json';
/** Labour markets, 2023–2024: unemployment rates by month, jobs added, changes in points, written blind. */
export const SUBJECT31_DATASET = 'test/fixtures/subject31/dataset.facts.json';
/** Earthquakes of 2023–2024: death tolls dated to the day, magnitudes, damage, written blind. */
export const SUBJECT32_DATASET = 'test/fixtures/subject32/dataset.facts.json';
/** Crude steel and primary aluminium production: million tonnes by country, company and month, changes in per cent. */
export const SUBJECT33_DATASET = 'test/fixtures/subject33/dataset.facts.json';
/** Central banks' policy rates, 2022–2024: levels after dated decisions, ranges, moves in basis points. */
export const SUBJECT34_DATASET = 'test/fixtures/subject34/dataset.facts.json';
/** Streaming services, 2023–2024: subscribers, net additions and revenue by calendar or fiscal quarter. */
export const SUBJECT35_DATASET = 'test/fixtures/subject35/dataset.facts.json';
/** National elections of 2024 outside the UK: seats, vote shares, changes against the previous election, turnout. */
export const SUBJECT36_DATASET = 'test/fixtures/subject36/dataset.facts.json';
/** The record heat of 2023–2024: temperature anomalies against named baselines, means and records, in °C. */
export const SUBJECT37_DATASET = 'test/fixtures/subject37/dataset.facts.json';
/** Wine, 2023–2024: production, consumption and exports in million hectolitres, vineyard area, changes in per cent. */
export const SUBJECT38_DATASET = 'test/fixtures/subject38/dataset.facts.json';
/** Remittances, 2023–2024: inflows in US dollars to countries and regions, growth, shares of GDP, costs. */
export const SUBJECT39_DATASET = 'test/fixtures/subject39/dataset.facts.json';
/** Air pollution, 2022–2024: PM2.5 yearly averages in µg/m³ for countries and cities, ranks, multiples, deaths. */
export const SUBJECT40_DATASET = 'test/fixtures/subject40/dataset.facts.json';
/** Cinema box office, 2023–2024: grosses of films (dollars, yuan), national totals, admissions, ranks. */
export const SUBJECT41_DATASET = 'test/fixtures/subject41/dataset.facts.json';
/** Internet access, 2023–2024: people online (billions, shares), subscriptions, download speeds in Mbps, ranks. */
export const SUBJECT42_DATASET = 'test/fixtures/subject42/dataset.facts.json';
/** Childhood vaccination, 2022–2024: coverage shares, zero-dose children, uptake by area and school year, polio cases. */
export const SUBJECT43_DATASET = 'test/fixtures/subject43/dataset.facts.json';
/** Rail and metro ridership, 2023–2024: journeys, records, punctuality, ticket subscribers, financial years, crore. */
export const SUBJECT44_DATASET = 'test/fixtures/subject44/dataset.facts.json';
/** Electric cars, 2023–2024: sales in millions, shares of new cars, registrations, charging points, changes. */
export const SUBJECT45_DATASET = 'test/fixtures/subject45/dataset.facts.json';
/** Food prices and hunger, 2023–2024: index points, monthly and yearly changes, people facing hunger in millions and ranges. */
export const SUBJECT46_DATASET = 'test/fixtures/subject46/dataset.facts.json';
/** Deforestation: hectares of tropical primary forest lost (GFW), PRODES and DETER clearing in km², fire's share. */
export const SUBJECT47_DATASET = 'test/fixtures/subject47/dataset.facts.json';
/** Shipping through the Red Sea, Suez and Panama: transits, canal revenue, dollars per container, days and miles. */
export const SUBJECT48_DATASET = 'test/fixtures/subject48/dataset.facts.json';
/** Smoking and tobacco: users in millions and billions, prevalence among adults and the young, pack prices. */
export const SUBJECT49_DATASET = 'test/fixtures/subject49/dataset.facts.json';
/** Space launches: orbital launch attempts by country and company, satellites, agencies' budgets. */
export const SUBJECT50_DATASET = 'test/fixtures/subject50/dataset.facts.json';
/** Malaria and tuberculosis: WHO's cases, deaths, incidence, country shares, vaccines and funding. */
export const SUBJECT51_DATASET = 'test/fixtures/subject51/dataset.facts.json';
/** Nuclear power: reactors, generation in TWh and shares, capacity, new builds' costs, uranium. */
export const SUBJECT52_DATASET = 'test/fixtures/subject52/dataset.facts.json';
/** Coffee: world and country crops in 60-kg bags, exports, stocks, arabica and robusta prices, roasters' results. */
export const SUBJECT53_DATASET = 'test/fixtures/subject53/dataset.facts.json';
/** Homicide: UNODC's world and regional counts and rates per 100,000, national police counts and rates. */
export const SUBJECT54_DATASET = 'test/fixtures/subject54/dataset.facts.json';
/** Gold: the World Gold Council's demand, central banks' purchases in tonnes, the price per ounce, mine output. */
export const SUBJECT55_DATASET = 'test/fixtures/subject55/dataset.facts.json';
/** Container shipping: Drewry's, Shanghai's and Freightos' freight rate indices, carriers' volumes and results. */
export const SUBJECT56_DATASET = 'test/fixtures/subject56/dataset.facts.json';
/** Aid to Ukraine: donors' military, financial and humanitarian pledges and allocations, in euros and their own currencies, shares of GDP. */
export const SUBJECT57_DATASET = 'test/fixtures/subject57/dataset.facts.json';
/** Sea ice and glaciers: Arctic and Antarctic extent in million km², records, glacier and ice-sheet mass loss. */
export const SUBJECT58_DATASET = 'test/fixtures/subject58/dataset.facts.json';
/** Wildlife: tigers, snow leopards, rhinos and poaching, gorillas, right whales, elephants, the Living Planet Index, the Red List. */
export const SUBJECT59_DATASET = 'test/fixtures/subject59/dataset.facts.json';
/** Airlines: carriers' passengers, load factors, revenue and profit by calendar or fiscal year, IATA's totals, fleets and orders. */
export const SUBJECT60_DATASET = 'test/fixtures/subject60/dataset.facts.json';
/** Household energy prices: Eurostat's electricity and gas prices per 100 kWh, tax shares, cold homes, Ofgem's price cap. */
export const SUBJECT61_DATASET = 'test/fixtures/subject61/dataset.facts.json';
/** Data protection: GDPR fines by company and regulator, yearly totals, breach notifications, ransomware payments. */
export const SUBJECT62_DATASET = 'test/fixtures/subject62/dataset.facts.json';
/** Battery minerals: lithium, cobalt and nickel mine output by country, lithium prices, battery installations and makers' results. */
export const SUBJECT63_DATASET = 'test/fixtures/subject63/dataset.facts.json';
/** International students: enrolments by host and origin country, study visas and caps, fees and contributions. */
export const SUBJECT64_DATASET = 'test/fixtures/subject64/dataset.facts.json';
/** Diabetes and obesity: adults with diabetes by country and worldwide, prevalence, projections, obesity rates, costs. */
export const SUBJECT65_DATASET = 'test/fixtures/subject65/dataset.facts.json';
/** Taxes: tax revenue as a share of GDP, corporate and VAT rates, the global minimum tax, national revenue totals. */
export const SUBJECT66_DATASET = 'test/fixtures/subject66/dataset.facts.json';
/** Recorded music: world and national recorded-music revenues, streaming subscribers and revenues, vinyl sales. */
export const SUBJECT67_DATASET = 'test/fixtures/subject67/dataset.facts.json';
/** Semiconductors: world chip sales and forecasts, chipmakers' revenue, capital spending and ranks, chip subsidies. */
export const SUBJECT68_DATASET = 'test/fixtures/subject68/dataset.facts.json';
/** Prisons: prison populations and imprisonment rates by country, capacity and occupancy, early release. */
export const SUBJECT69_DATASET = 'test/fixtures/subject69/dataset.facts.json';
/** Natural gas and LNG: EU gas storage, LNG exports and imports by country, gas prices, EU gas demand. */
export const SUBJECT70_DATASET = 'test/fixtures/subject70/dataset.facts.json';
/** Grain: world wheat, maize and rice production and stocks, national harvests, exports and prices. */
export const SUBJECT71_DATASET = 'test/fixtures/subject71/dataset.facts.json';
/** Pharmaceuticals: drug makers' revenue and profit, blockbuster drugs' sales, Medicare price negotiations, drug spending. */
export const SUBJECT72_DATASET = 'test/fixtures/subject72/dataset.facts.json';
/** Cruises and ferries: cruise passengers by source market, cruise lines' results and fleets, ship orders, ports. */
export const SUBJECT73_DATASET = 'test/fixtures/subject73/dataset.facts.json';
/** Water and drought: reservoir and lake levels, rainfall and river flow, restrictions and water use, desalination. */
export const SUBJECT74_DATASET = 'test/fixtures/subject74/dataset.facts.json';
/** Wine: world and national wine production, consumption and exports, export values, vineyard area. */
export const SUBJECT75_DATASET = 'test/fixtures/subject75/dataset.facts.json';
/** Video games: the world games market by segment and region, console sales, publishers' results, player numbers. */
export const SUBJECT76_DATASET = 'test/fixtures/subject76/dataset.facts.json';
/** New car registrations in Europe: EU, EFTA and UK markets, registrations by country and carmaker group, shares by fuel type. */
export const SUBJECT77_DATASET = 'test/fixtures/subject77/dataset.facts.json';
/** Fisheries and aquaculture: world capture and aquaculture production, production by country, salmon and seafood exports, fleets and quotas. */
export const SUBJECT80_DATASET = 'test/fixtures/subject80/dataset.facts.json';
/** Copper and iron ore: mine production by country, miners' output and results, prices, China's imports. */
export const SUBJECT78_DATASET = 'test/fixtures/subject78/dataset.facts.json';
/** Public debt and deficits: government deficit and debt by country, the US federal budget, Japan's debt, excessive deficit procedures. */
export const SUBJECT79_DATASET = 'test/fixtures/subject79/dataset.facts.json';
/** Data centres and their electricity: power use worldwide and by country, grid peaks, capacity by market in megawatts, hyperscalers' capital spending. */
export const SUBJECT82_DATASET = 'test/fixtures/subject82/dataset.facts.json';
/** Poverty and inequality: extreme poverty worldwide and by region, national poverty rates, child poverty, Gini coefficients, hunger. */
export const SUBJECT84_DATASET = 'test/fixtures/subject84/dataset.facts.json';
/** Plastics and waste: plastic production and waste worldwide, recycling rates, packaging waste, municipal waste per person. */
export const SUBJECT85_DATASET = 'test/fixtures/subject85/dataset.facts.json';
/** Commercial aircraft: Airbus, Boeing and Embraer orders, deliveries and backlogs, airlines' large orders, engine deliveries. */
export const SUBJECT81_DATASET = 'test/fixtures/subject81/dataset.facts.json';
/** World trade: goods and services trade by value and volume, exports, imports and trade balances by country, tariff rates. */
export const SUBJECT83_DATASET = 'test/fixtures/subject83/dataset.facts.json';
/** Banks' annual results: net income, revenue, returns on equity and capital ratios of large banks, fines and layoffs. */
export const SUBJECT86_DATASET = 'test/fixtures/subject86/dataset.facts.json';
/** Consumer price inflation, 2022–2025: euro-area flash estimates and member states' rates, core, services, food and energy, the 2022 peaks, central banks' targets, written blind. */
export const SUBJECT92_DATASET = 'test/fixtures/subject92/dataset.facts.json';
/** Population and births, 2022–2025: fertility rates, births and deaths by country, population totals and UN projections, ageing and median ages, written blind. */
export const SUBJECT88_DATASET = 'test/fixtures/subject88/dataset.facts.json';
/** Military spending and the arms trade, 2019–2024: SIPRI's world and national spending, shares of GDP, arms exporters' and importers' shares, arms companies' revenue, written blind. */
export const SUBJECT89_DATASET = 'test/fixtures/subject89/dataset.facts.json';
/** The Paris 2024 Olympic and Paralympic Games: medals by country, athletes and delegations, tickets, TV audiences, the organisers' budget and public cost, world records, written blind. */
export const SUBJECT87_DATASET = 'test/fixtures/subject87/dataset.facts.json';
/** Solar and wind power, 2023–2025: capacity added and installed worldwide and by country, shares of generation, investment, panel prices and auctions, written blind. */
export const SUBJECT91_DATASET = 'test/fixtures/subject91/dataset.facts.json';
/** Wildfires, 2017–2025: area burned by country and season, fires counted, deaths, evacuations, carbon emissions from fires, insured losses, written blind. */
export const SUBJECT90_DATASET = 'test/fixtures/subject90/dataset.facts.json';
/** Football clubs' finances, 2023–2025: Money League revenues by club and stream, Premier League revenue, wages and transfer spending, UEFA and FIFA totals, written blind. */
export const SUBJECT93_DATASET = 'test/fixtures/subject93/dataset.facts.json';
/** Coal, 2023–2025: demand and production by country, imports and exports, coal's share of electricity, coal power capacity commissioned, retired and proposed, written blind. */
export const SUBJECT94_DATASET = 'test/fixtures/subject94/dataset.facts.json';
/** Big technology companies' results and market value, 2023–2025: revenue, net income, capital spending, cloud and data-centre revenue, market capitalisation, written blind. */
export const SUBJECT95_DATASET = 'test/fixtures/subject95/dataset.facts.json';
/** Rare earths and critical metals, 2023–2025: mine production and reserves by country, China's quotas, exports and magnet exports, prices, written blind. */
export const SUBJECT96_DATASET = 'test/fixtures/subject96/dataset.facts.json';
/** Beer and spirits markets, 2023–2025: brewers' volumes and revenue, beer sales and consumption by country, spirits and Cognac exports, alcohol per person, written blind. */
export const SUBJECT97_DATASET = 'test/fixtures/subject97/dataset.facts.json';
/** Hospital waiting lists, emergency departments and health-system capacity, 2023–2025: waiting lists, four-hour performance, median waits, beds, doctors and nurses per 1,000, health spending, written blind. */
export const SUBJECT98_DATASET = 'test/fixtures/subject98/dataset.facts.json';
/** Cybercrime and ransomware, 2023–2025: ransomware payments, losses reported to the FBI, breach costs, surveys of businesses hit, written blind. */
export const SUBJECT99_DATASET = 'test/fixtures/subject99/dataset.facts.json';
/** Gambling and casinos, 2023–2025: Macau, Nevada and US gaming revenue, betting handle, Britain's gambling yield, operators' results, losses per person, written blind. */
export const SUBJECT100_DATASET = 'test/fixtures/subject100/dataset.facts.json';
/** Luxury goods companies, 2023–2025: revenue, organic growth, operating profit and margins, regional growth, the luxury market's size, written blind. */
export const SUBJECT102_DATASET = 'test/fixtures/subject102/dataset.facts.json';
/** Cryptocurrency markets, 2023–2025: bitcoin's price and market value, spot bitcoin ETF flows and holdings, stablecoin supply, thefts and hacks, crypto ATMs, written blind. */
export const SUBJECT101_DATASET = 'test/fixtures/subject101/dataset.facts.json';
/** Ride-hailing and food delivery companies, 2023–2025: gross bookings, trips and orders, revenue, profit and losses, users, written blind. */
export const SUBJECT106_DATASET = 'test/fixtures/subject106/dataset.facts.json';
/** Parcel delivery and logistics companies, 2023–2025: revenue, operating profit, parcel volumes and market shares, job cuts and workforce, written blind. */
export const SUBJECT107_DATASET = 'test/fixtures/subject107/dataset.facts.json';
/** Farm incomes, farmland values and agricultural output, 2023–2025: US net farm income, farmland value per acre, EU output and income, English farm business income, fertiliser prices, farm payments, written blind. */
export const SUBJECT116_DATASET = 'test/fixtures/subject116/dataset.facts.json';
/** Mobile apps and app stores, 2023–2025: consumer spending and downloads, Apple's App Store ecosystem, top apps, EU Digital Markets Act fines, written blind. */
export const SUBJECT117_DATASET = 'test/fixtures/subject117/dataset.facts.json';
export const SUBJECT125_DATASET = 'test/fixtures/subject125/dataset.facts.json';
/** Corporate insolvencies, 2023–2025, written blind. */
export const SUBJECT126_DATASET = 'test/fixtures/subject126/dataset.facts.json';
/** Heat pumps in Europe, 2022–2025, written blind. */
export const SUBJECT127_DATASET = 'test/fixtures/subject127/dataset.facts.json';
/** Cholera outbreaks, 2023–2025, written blind. */
export const SUBJECT128_DATASET = 'test/fixtures/subject128/dataset.facts.json';
/** Theme parks, 2023–2025, written blind. */
export const SUBJECT129_DATASET = 'test/fixtures/subject129/dataset.facts.json';
/** Shipbuilding, 2023–2025, written blind. */
export const SUBJECT130_DATASET = 'test/fixtures/subject130/dataset.facts.json';
/** Journalists killed and jailed, 2023–2025, written blind. */
export const SUBJECT131_DATASET = 'test/fixtures/subject131/dataset.facts.json';
/** Tropical cyclones and hurricanes, 2023–2025, written blind. */
export const SUBJECT132_DATASET = 'test/fixtures/subject132/dataset.facts.json';
/** Chinese electric-car makers and exports, 2023–2025, written blind. */
export const SUBJECT133_DATASET = 'test/fixtures/subject133/dataset.facts.json';
/** Drug overdose deaths, 2022–2025, written blind. */
export const SUBJECT134_DATASET = 'test/fixtures/subject134/dataset.facts.json';
/** Office vacancy and commercial property, 2023–2025, written blind. */
export const SUBJECT135_DATASET = 'test/fixtures/subject135/dataset.facts.json';
/** Marathons and road running, 2023–2025, written blind. */
export const SUBJECT136_DATASET = 'test/fixtures/subject136/dataset.facts.json';
/** The bank failures of 2023, written blind. */
export const SUBJECT137_DATASET = 'test/fixtures/subject137/dataset.facts.json';
export const SUBJECT138_DATASET = 'test/fixtures/subject138/dataset.facts.json';
export const SUBJECT139_DATASET = 'test/fixtures/subject139/dataset.facts.json';
export const SUBJECT140_DATASET = 'test/fixtures/subject140/dataset.facts.json';
export const SUBJECT141_DATASET = 'test/fixtures/subject141/dataset.facts.json';
export const SUBJECT142_DATASET = 'test/fixtures/subject142/dataset.facts.json';
export const SUBJECT143_DATASET = 'test/fixtures/subject143/dataset.facts.json';
export const SUBJECT144_DATASET = 'test/fixtures/subject144/dataset.facts.json';
export const SUBJECT145_DATASET = 'test/fixtures/subject145/dataset.facts.json';
export const SUBJECT146_DATASET = 'test/fixtures/subject146/dataset.facts.json';
export const SUBJECT147_DATASET = 'test/fixtures/subject147/dataset.facts.json';
export const SUBJECT148_DATASET = 'test/fixtures/subject148/dataset.facts.json';
export const SUBJECT149_DATASET = 'test/fixtures/subject149/dataset.facts.json';
export const SUBJECT150_DATASET = 'test/fixtures/subject150/dataset.facts.json';
export const SUBJECT151_DATASET = 'test/fixtures/subject151/dataset.facts.json';
export const SUBJECT152_DATASET = 'test/fixtures/subject152/dataset.facts.json';
export const SUBJECT153_DATASET = 'test/fixtures/subject153/dataset.facts.json';
export const SUBJECT154_DATASET = 'test/fixtures/subject154/dataset.facts.json';
export const SUBJECT155_DATASET = 'test/fixtures/subject155/dataset.facts.json';
export const SUBJECT156_DATASET = 'test/fixtures/subject156/dataset.facts.json';
export const SUBJECT157_DATASET = 'test/fixtures/subject157/dataset.facts.json';
export const SUBJECT158_DATASET = 'test/fixtures/subject158/dataset.facts.json';
export const SUBJECT159_DATASET = 'test/fixtures/subject159/dataset.facts.json';
export const SUBJECT160_DATASET = 'test/fixtures/subject160/dataset.facts.json';
export const SUBJECT161_DATASET = 'test/fixtures/subject161/dataset.facts.json';
export const SUBJECT162_DATASET = 'test/fixtures/subject162/dataset.facts.json';
export const SUBJECT163_DATASET = 'test/fixtures/subject163/dataset.facts.json';
export const SUBJECT164_DATASET = 'test/fixtures/subject164/dataset.facts.json';
export const SUBJECT165_DATASET = 'test/fixtures/subject165/dataset.facts.json';
export const SUBJECT166_DATASET = 'test/fixtures/subject166/dataset.facts.json';
export const SUBJECT167_DATASET = 'test/fixtures/subject167/dataset.facts.json';
export const SUBJECT168_DATASET = 'test/fixtures/subject168/dataset.facts.json';
export const SUBJECT169_DATASET = 'test/fixtures/subject169/dataset.facts.json';
export const SUBJECT170_DATASET = 'test/fixtures/subject170/dataset.facts.json';
export const SUBJECT171_DATASET = 'test/fixtures/subject171/dataset.facts.json';
export const SUBJECT172_DATASET = 'test/fixtures/subject172/dataset.facts.json';
export const SUBJECT173_DATASET = 'test/fixtures/subject173/dataset.facts.json';
export const SUBJECT174_DATASET = 'test/fixtures/subject174/dataset.facts.json';
export const SUBJECT175_DATASET = 'test/fixtures/subject175/dataset.facts.json';
export const SUBJECT176_DATASET = 'test/fixtures/subject176/dataset.facts.json';
export const SUBJECT177_DATASET = 'test/fixtures/subject177/dataset.facts.json';
export const SUBJECT178_DATASET = 'test/fixtures/subject178/dataset.facts.json';
export const SUBJECT179_DATASET = 'test/fixtures/subject179/dataset.facts.json';
export const SUBJECT180_DATASET = 'test/fixtures/subject180/dataset.facts.json';
export const SUBJECT181_DATASET = 'test/fixtures/subject181/dataset.facts.json';
export const SUBJECT182_DATASET = 'test/fixtures/subject182/dataset.facts.json';
export const SUBJECT183_DATASET = 'test/fixtures/subject183/dataset.facts.json';
export const SUBJECT184_DATASET = 'test/fixtures/subject184/dataset.facts.json';
export const SUBJECT185_DATASET = 'test/fixtures/subject185/dataset.facts.json';
export const SUBJECT186_DATASET = 'test/fixtures/subject186/dataset.facts.json';
export const SUBJECT187_DATASET = 'test/fixtures/subject187/dataset.facts.json';
export const SUBJECT188_DATASET = 'test/fixtures/subject188/dataset.facts.json';
export const SUBJECT189_DATASET = 'test/fixtures/subject189/dataset.facts.json';
export const SUBJECT190_DATASET = 'test/fixtures/subject190/dataset.facts.json';
export const SUBJECT191_DATASET = 'test/fixtures/subject191/dataset.facts.json';
export const SUBJECT192_DATASET = 'test/fixtures/subject192/dataset.facts.json';
export const SUBJECT193_DATASET = 'test/fixtures/subject193/dataset.facts.json';
export const SUBJECT194_DATASET = 'test/fixtures/subject194/dataset.facts.json';
export const SUBJECT195_DATASET = 'test/fixtures/subject195/dataset.facts.json';
export const SUBJECT196_DATASET = 'test/fixtures/subject196/dataset.facts.json';
export const SUBJECT197_DATASET = 'test/fixtures/subject197/dataset.facts.json';
export const SUBJECT198_DATASET = 'test/fixtures/subject198/dataset.facts.json';
export const SUBJECT199_DATASET = 'test/fixtures/subject199/dataset.facts.json';
export const SUBJECT200_DATASET = 'test/fixtures/subject200/dataset.facts.json';
export const SUBJECT201_DATASET = 'test/fixtures/subject201/dataset.facts.json';
export const SUBJECT202_DATASET = 'test/fixtures/subject202/dataset.facts.json';
export const SUBJECT203_DATASET = 'test/fixtures/subject203/dataset.facts.json';
export const SUBJECT204_DATASET = 'test/fixtures/subject204/dataset.facts.json';
export const SUBJECT205_DATASET = 'test/fixtures/subject205/dataset.facts.json';
export const SUBJECT206_DATASET = 'test/fixtures/subject206/dataset.facts.json';
export const SUBJECT207_DATASET = 'test/fixtures/subject207/dataset.facts.json';
export const SUBJECT208_DATASET = 'test/fixtures/subject208/dataset.facts.json';
export const SUBJECT209_DATASET = 'test/fixtures/subject209/dataset.facts.json';
export const SUBJECT210_DATASET = 'test/fixtures/subject210/dataset.facts.json';
export const SUBJECT211_DATASET = 'test/fixtures/subject211/dataset.facts.json';
export const SUBJECT212_DATASET = 'test/fixtures/subject212/dataset.facts.json';
export const SUBJECT213_DATASET = 'test/fixtures/subject213/dataset.facts.json';
export const SUBJECT214_DATASET = 'test/fixtures/subject214/dataset.facts.json';
export const SUBJECT215_DATASET = 'test/fixtures/subject215/dataset.facts.json';
export const SUBJECT216_DATASET = 'test/fixtures/subject216/dataset.facts.json';
export const SUBJECT217_DATASET = 'test/fixtures/subject217/dataset.facts.json';
export const SUBJECT218_DATASET = 'test/fixtures/subject218/dataset.facts.json';
export const SUBJECT219_DATASET = 'test/fixtures/subject219/dataset.facts.json';
export const SUBJECT220_DATASET = 'test/fixtures/subject220/dataset.facts.json';
export const SUBJECT221_DATASET = 'test/fixtures/subject221/dataset.facts.json';
export const SUBJECT222_DATASET = 'test/fixtures/subject222/dataset.facts.json';
export const SUBJECT223_DATASET = 'test/fixtures/subject223/dataset.facts.json';
export const SUBJECT224_DATASET = 'test/fixtures/subject224/dataset.facts.json';
export const SUBJECT225_DATASET = 'test/fixtures/subject225/dataset.facts.json';
export const SUBJECT226_DATASET = 'test/fixtures/subject226/dataset.facts.json';
export const SUBJECT227_DATASET = 'test/fixtures/subject227/dataset.facts.json';
export const SUBJECT228_DATASET = 'test/fixtures/subject228/dataset.facts.json';
export const SUBJECT229_DATASET = 'test/fixtures/subject229/dataset.facts.json';
export const SUBJECT230_DATASET = 'test/fixtures/subject230/dataset.facts.json';
export const SUBJECT231_DATASET = 'test/fixtures/subject231/dataset.facts.json';
export const SUBJECT232_DATASET = 'test/fixtures/subject232/dataset.facts.json';
export const SUBJECT233_DATASET = 'test/fixtures/subject233/dataset.facts.json';
export const SUBJECT234_DATASET = 'test/fixtures/subject234/dataset.facts.json';
export const SUBJECT235_DATASET = 'test/fixtures/subject235/dataset.facts.json';
export const SUBJECT236_DATASET = 'test/fixtures/subject236/dataset.facts.json';
export const SUBJECT237_DATASET = 'test/fixtures/subject237/dataset.facts.json';
export const SUBJECT238_DATASET = 'test/fixtures/subject238/dataset.facts.json';
export const SUBJECT239_DATASET = 'test/fixtures/subject239/dataset.facts.json';
export const SUBJECT240_DATASET = 'test/fixtures/subject240/dataset.facts.json';
export const SUBJECT241_DATASET = 'test/fixtures/subject241/dataset.facts.json';
export const SUBJECT242_DATASET = 'test/fixtures/subject242/dataset.facts.json';
export const SUBJECT243_DATASET = 'test/fixtures/subject243/dataset.facts.json';
export const SUBJECT244_DATASET = 'test/fixtures/subject244/dataset.facts.json';
export const SUBJECT245_DATASET = 'test/fixtures/subject245/dataset.facts.json';
export const SUBJECT246_DATASET = 'test/fixtures/subject246/dataset.facts.json';
export const SUBJECT247_DATASET = 'test/fixtures/subject247/dataset.facts.json';
export const SUBJECT248_DATASET = 'test/fixtures/subject248/dataset.facts.json';
export const SUBJECT249_DATASET = 'test/fixtures/subject249/dataset.facts.json';
export const SUBJECT250_DATASET = 'test/fixtures/subject250/dataset.facts.json';
export const SUBJECT251_DATASET = 'test/fixtures/subject251/dataset.facts.json';
export const SUBJECT252_DATASET = 'test/fixtures/subject252/dataset.facts.json';
export const SUBJECT253_DATASET = 'test/fixtures/subject253/dataset.facts.json';
export const SUBJECT254_DATASET = 'test/fixtures/subject254/dataset.facts.json';
export const SUBJECT255_DATASET = 'test/fixtures/subject255/dataset.facts.json';
export const SUBJECT256_DATASET = 'test/fixtures/subject256/dataset.facts.json';
export const SUBJECT257_DATASET = 'test/fixtures/subject257/dataset.facts.json';
export const SUBJECT258_DATASET = 'test/fixtures/subject258/dataset.facts.json';
export const SUBJECT259_DATASET = 'test/fixtures/subject259/dataset.facts.json';
export const SUBJECT260_DATASET = 'test/fixtures/subject260/dataset.facts.json';
export const SUBJECT261_DATASET = 'test/fixtures/subject261/dataset.facts.json';
export const SUBJECT262_DATASET = 'test/fixtures/subject262/dataset.facts.json';
export const SUBJECT263_DATASET = 'test/fixtures/subject263/dataset.facts.json';
export const SUBJECT264_DATASET = 'test/fixtures/subject264/dataset.facts.json';
export const SUBJECT265_DATASET = 'test/fixtures/subject265/dataset.facts.json';
export const SUBJECT266_DATASET = 'test/fixtures/subject266/dataset.facts.json';
export const SUBJECT267_DATASET = 'test/fixtures/subject267/dataset.facts.json';
export const SUBJECT268_DATASET = 'test/fixtures/subject268/dataset.facts.json';
export const SUBJECT269_DATASET = 'test/fixtures/subject269/dataset.facts.json';
export const SUBJECT270_DATASET = 'test/fixtures/subject270/dataset.facts.json';
export const SUBJECT271_DATASET = 'test/fixtures/subject271/dataset.facts.json';
export const SUBJECT272_DATASET = 'test/fixtures/subject272/dataset.facts.json';
export const SUBJECT273_DATASET = 'test/fixtures/subject273/dataset.facts.json';
export const SUBJECT274_DATASET = 'test/fixtures/subject274/dataset.facts.json';
export const SUBJECT275_DATASET = 'test/fixtures/subject275/dataset.facts.json';
export const SUBJECT276_DATASET = 'test/fixtures/subject276/dataset.facts.json';
export const SUBJECT277_DATASET = 'test/fixtures/subject277/dataset.facts.json';
export const SUBJECT278_DATASET = 'test/fixtures/subject278/dataset.facts.json';
export const SUBJECT279_DATASET = 'test/fixtures/subject279/dataset.facts.json';
export const SUBJECT280_DATASET = 'test/fixtures/subject280/dataset.facts.json';
export const SUBJECT281_DATASET = 'test/fixtures/subject281/dataset.facts.json';
export const SUBJECT282_DATASET = 'test/fixtures/subject282/dataset.facts.json';
export const SUBJECT283_DATASET = 'test/fixtures/subject283/dataset.facts.json';
export const SUBJECT284_DATASET = 'test/fixtures/subject284/dataset.facts.json';
export const SUBJECT285_DATASET = 'test/fixtures/subject285/dataset.facts.json';
export const SUBJECT286_DATASET = 'test/fixtures/subject286/dataset.facts.json';
export const SUBJECT287_DATASET = 'test/fixtures/subject287/dataset.facts.json';
export const SUBJECT288_DATASET = 'test/fixtures/subject288/dataset.facts.json';
export const SUBJECT289_DATASET = 'test/fixtures/subject289/dataset.facts.json';
export const SUBJECT290_DATASET = 'test/fixtures/subject290/dataset.facts.json';
export const SUBJECT291_DATASET = 'test/fixtures/subject291/dataset.facts.json';
export const SUBJECT292_DATASET = 'test/fixtures/subject292/dataset.facts.json';
export const SUBJECT293_DATASET = 'test/fixtures/subject293/dataset.facts.json';
export const SUBJECT294_DATASET = 'test/fixtures/subject294/dataset.facts.json';
export const SUBJECT295_DATASET = 'test/fixtures/subject295/dataset.facts.json';
export const SUBJECT296_DATASET = 'test/fixtures/subject296/dataset.facts.json';
export const SUBJECT297_DATASET = 'test/fixtures/subject297/dataset.facts.json';
export const SUBJECT298_DATASET = 'test/fixtures/subject298/dataset.facts.json';
export const SUBJECT299_DATASET = 'test/fixtures/subject299/dataset.facts.json';
export const SUBJECT300_DATASET = 'test/fixtures/subject300/dataset.facts.json';
export const SUBJECT301_DATASET = 'test/fixtures/subject301/dataset.facts.json';
export const SUBJECT302_DATASET = 'test/fixtures/subject302/dataset.facts.json';
export const SUBJECT303_DATASET = 'test/fixtures/subject303/dataset.facts.json';
export const SUBJECT304_DATASET = 'test/fixtures/subject304/dataset.facts.json';
export const SUBJECT305_DATASET = 'test/fixtures/subject305/dataset.facts.json';
export const SUBJECT306_DATASET = 'test/fixtures/subject306/dataset.facts.json';
export const SUBJECT307_DATASET = 'test/fixtures/subject307/dataset.facts.json';
export const SUBJECT308_DATASET = 'test/fixtures/subject308/dataset.facts.json';
export const SUBJECT309_DATASET = 'test/fixtures/subject309/dataset.facts.json';
export const SUBJECT310_DATASET = 'test/fixtures/subject310/dataset.facts.json';
export const SUBJECT311_DATASET = 'test/fixtures/subject311/dataset.facts.json';
export const SUBJECT312_DATASET = 'test/fixtures/subject312/dataset.facts.json';
export const SUBJECT313_DATASET = 'test/fixtures/subject313/dataset.facts.json';
export const SUBJECT314_DATASET = 'test/fixtures/subject314/dataset.facts.json';
export const SUBJECT315_DATASET = 'test/fixtures/subject315/dataset.facts.json';
export const SUBJECT316_DATASET = 'test/fixtures/subject316/dataset.facts.json';
export const SUBJECT317_DATASET = 'test/fixtures/subject317/dataset.facts.json';
export const SUBJECT318_DATASET = 'test/fixtures/subject318/dataset.facts.json';
export const SUBJECT319_DATASET = 'test/fixtures/subject319/dataset.facts.json';
export const SUBJECT320_DATASET = 'test/fixtures/subject320/dataset.facts.json';
export const SUBJECT321_DATASET = 'test/fixtures/subject321/dataset.facts.json';
export const SUBJECT322_DATASET = 'test/fixtures/subject322/dataset.facts.json';
export const SUBJECT323_DATASET = 'test/fixtures/subject323/dataset.facts.json';
export const SUBJECT324_DATASET = 'test/fixtures/subject324/dataset.facts.json';
export const SUBJECT325_DATASET = 'test/fixtures/subject325/dataset.facts.json';
export const SUBJECT326_DATASET = 'test/fixtures/subject326/dataset.facts.json';
export const SUBJECT327_DATASET = 'test/fixtures/subject327/dataset.facts.json';
export const SUBJECT328_DATASET = 'test/fixtures/subject328/dataset.facts.json';
export const SUBJECT329_DATASET = 'test/fixtures/subject329/dataset.facts.json';
export const SUBJECT330_DATASET = 'test/fixtures/subject330/dataset.facts.json';
export const SUBJECT331_DATASET = 'test/fixtures/subject331/dataset.facts.json';
export const SUBJECT332_DATASET = 'test/fixtures/subject332/dataset.facts.json';
export const SUBJECT333_DATASET = 'test/fixtures/subject333/dataset.facts.json';
export const SUBJECT334_DATASET = 'test/fixtures/subject334/dataset.facts.json';
export const SUBJECT335_DATASET = 'test/fixtures/subject335/dataset.facts.json';
export const SUBJECT336_DATASET = 'test/fixtures/subject336/dataset.facts.json';
export const SUBJECT337_DATASET = 'test/fixtures/subject337/dataset.facts.json';
export const SUBJECT338_DATASET = 'test/fixtures/subject338/dataset.facts.json';
export const SUBJECT339_DATASET = 'test/fixtures/subject339/dataset.facts.json';
export const SUBJECT340_DATASET = 'test/fixtures/subject340/dataset.facts.json';
export const SUBJECT341_DATASET = 'test/fixtures/subject341/dataset.facts.json';
export const SUBJECT342_DATASET = 'test/fixtures/subject342/dataset.facts.json';
export const SUBJECT343_DATASET = 'test/fixtures/subject343/dataset.facts.json';
export const SUBJECT344_DATASET = 'test/fixtures/subject344/dataset.facts.json';
export const SUBJECT345_DATASET = 'test/fixtures/subject345/dataset.facts.json';
export const SUBJECT346_DATASET = 'test/fixtures/subject346/dataset.facts.json';
export const SUBJECT347_DATASET = 'test/fixtures/subject347/dataset.facts.json';
export const SUBJECT348_DATASET = 'test/fixtures/subject348/dataset.facts.json';
export const SUBJECT349_DATASET = 'test/fixtures/subject349/dataset.facts.json';
export const SUBJECT350_DATASET = 'test/fixtures/subject350/dataset.facts.json';
export const SUBJECT351_DATASET = 'test/fixtures/subject351/dataset.facts.json';
export const SUBJECT352_DATASET = 'test/fixtures/subject352/dataset.facts.json';
export const SUBJECT353_DATASET = 'test/fixtures/subject353/dataset.facts.json';
export const SUBJECT354_DATASET = 'test/fixtures/subject354/dataset.facts.json';
export const SUBJECT355_DATASET = 'test/fixtures/subject355/dataset.facts.json';
export const SUBJECT356_DATASET = 'test/fixtures/subject356/dataset.facts.json';
export const SUBJECT357_DATASET = 'test/fixtures/subject357/dataset.facts.json';
export const SUBJECT358_DATASET = 'test/fixtures/subject358/dataset.facts.json';
export const SUBJECT359_DATASET = 'test/fixtures/subject359/dataset.facts.json';
export const SUBJECT360_DATASET = 'test/fixtures/subject360/dataset.facts.json';
export const SUBJECT361_DATASET = 'test/fixtures/subject361/dataset.facts.json';
export const SUBJECT362_DATASET = 'test/fixtures/subject362/dataset.facts.json';
export const SUBJECT363_DATASET = 'test/fixtures/subject363/dataset.facts.json';
export const SUBJECT364_DATASET = 'test/fixtures/subject364/dataset.facts.json';
export const SUBJECT365_DATASET = 'test/fixtures/subject365/dataset.facts.json';
export const SUBJECT366_DATASET = 'test/fixtures/subject366/dataset.facts.json';
export const SUBJECT367_DATASET = 'test/fixtures/subject367/dataset.facts.json';
export const SUBJECT368_DATASET = 'test/fixtures/subject368/dataset.facts.json';
export const SUBJECT369_DATASET = 'test/fixtures/subject369/dataset.facts.json';
export const SUBJECT370_DATASET = 'test/fixtures/subject370/dataset.facts.json';
export const SUBJECT371_DATASET = 'test/fixtures/subject371/dataset.facts.json';
export const SUBJECT372_DATASET = 'test/fixtures/subject372/dataset.facts.json';
export const SUBJECT373_DATASET = 'test/fixtures/subject373/dataset.facts.json';
export const SUBJECT374_DATASET = 'test/fixtures/subject374/dataset.facts.json';
export const SUBJECT375_DATASET = 'test/fixtures/subject375/dataset.facts.json';
export const SUBJECT376_DATASET = 'test/fixtures/subject376/dataset.facts.json';
export const SUBJECT377_DATASET = 'test/fixtures/subject377/dataset.facts.json';
export const SUBJECT378_DATASET = 'test/fixtures/subject378/dataset.facts.json';
export const SUBJECT379_DATASET = 'test/fixtures/subject379/dataset.facts.json';
export const SUBJECT380_DATASET = 'test/fixtures/subject380/dataset.facts.json';
export const SUBJECT381_DATASET = 'test/fixtures/subject381/dataset.facts.json';
export const SUBJECT382_DATASET = 'test/fixtures/subject382/dataset.facts.json';
export const SUBJECT383_DATASET = 'test/fixtures/subject383/dataset.facts.json';
export const SUBJECT384_DATASET = 'test/fixtures/subject384/dataset.facts.json';
export const SUBJECT385_DATASET = 'test/fixtures/subject385/dataset.facts.json';
export const SUBJECT386_DATASET = 'test/fixtures/subject386/dataset.facts.json';
export const SUBJECT387_DATASET = 'test/fixtures/subject387/dataset.facts.json';
export const SUBJECT388_DATASET = 'test/fixtures/subject388/dataset.facts.json';
export const SUBJECT389_DATASET = 'test/fixtures/subject389/dataset.facts.json';
export const SUBJECT390_DATASET = 'test/fixtures/subject390/dataset.facts.json';
export const SUBJECT391_DATASET = 'test/fixtures/subject391/dataset.facts.json';
export const SUBJECT392_DATASET = 'test/fixtures/subject392/dataset.facts.json';
export const SUBJECT393_DATASET = 'test/fixtures/subject393/dataset.facts.json';
export const SUBJECT394_DATASET = 'test/fixtures/subject394/dataset.facts.json';
export const SUBJECT395_DATASET = 'test/fixtures/subject395/dataset.facts.json';
export const SUBJECT396_DATASET = 'test/fixtures/subject396/dataset.facts.json';
export const SUBJECT397_DATASET = 'test/fixtures/subject397/dataset.facts.json';
export const SUBJECT398_DATASET = 'test/fixtures/subject398/dataset.facts.json';
export const SUBJECT399_DATASET = 'test/fixtures/subject399/dataset.facts.json';
export const SUBJECT400_DATASET = 'test/fixtures/subject400/dataset.facts.json';
export const SUBJECT401_DATASET = 'test/fixtures/subject401/dataset.facts.json';
export const SUBJECT402_DATASET = 'test/fixtures/subject402/dataset.facts.json';
export const SUBJECT403_DATASET = 'test/fixtures/subject403/dataset.facts.json';
export const SUBJECT404_DATASET = 'test/fixtures/subject404/dataset.facts.json';
export const SUBJECT405_DATASET = 'test/fixtures/subject405/dataset.facts.json';
export const SUBJECT406_DATASET = 'test/fixtures/subject406/dataset.facts.json';
export const SUBJECT407_DATASET = 'test/fixtures/subject407/dataset.facts.json';
export const SUBJECT408_DATASET = 'test/fixtures/subject408/dataset.facts.json';
export const SUBJECT409_DATASET = 'test/fixtures/subject409/dataset.facts.json';
export const SUBJECT410_DATASET = 'test/fixtures/subject410/dataset.facts.json';
export const SUBJECT411_DATASET = 'test/fixtures/subject411/dataset.facts.json';
export const SUBJECT412_DATASET = 'test/fixtures/subject412/dataset.facts.json';
export const SUBJECT413_DATASET = 'test/fixtures/subject413/dataset.facts.json';
export const SUBJECT414_DATASET = 'test/fixtures/subject414/dataset.facts.json';
export const SUBJECT415_DATASET = 'test/fixtures/subject415/dataset.facts.json';
export const SUBJECT416_DATASET = 'test/fixtures/subject416/dataset.facts.json';
export const SUBJECT417_DATASET = 'test/fixtures/subject417/dataset.facts.json';
export const SUBJECT418_DATASET = 'test/fixtures/subject418/dataset.facts.json';
export const SUBJECT419_DATASET = 'test/fixtures/subject419/dataset.facts.json';
export const SUBJECT420_DATASET = 'test/fixtures/subject420/dataset.facts.json';
export const SUBJECT421_DATASET = 'test/fixtures/subject421/dataset.facts.json';
export const SUBJECT422_DATASET = 'test/fixtures/subject422/dataset.facts.json';
export const SUBJECT423_DATASET = 'test/fixtures/subject423/dataset.facts.json';
export const SUBJECT424_DATASET = 'test/fixtures/subject424/dataset.facts.json';
export const SUBJECT425_DATASET = 'test/fixtures/subject425/dataset.facts.json';
export const SUBJECT426_DATASET = 'test/fixtures/subject426/dataset.facts.json';
export const SUBJECT427_DATASET = 'test/fixtures/subject427/dataset.facts.json';
export const SUBJECT428_DATASET = 'test/fixtures/subject428/dataset.facts.json';
export const SUBJECT429_DATASET = 'test/fixtures/subject429/dataset.facts.json';
export const SUBJECT430_DATASET = 'test/fixtures/subject430/dataset.facts.json';
export const SUBJECT431_DATASET = 'test/fixtures/subject431/dataset.facts.json';
export const SUBJECT432_DATASET = 'test/fixtures/subject432/dataset.facts.json';
export const SUBJECT433_DATASET = 'test/fixtures/subject433/dataset.facts.json';
export const SUBJECT434_DATASET = 'test/fixtures/subject434/dataset.facts.json';
export const SUBJECT435_DATASET = 'test/fixtures/subject435/dataset.facts.json';
export const SUBJECT436_DATASET = 'test/fixtures/subject436/dataset.facts.json';
export const SUBJECT437_DATASET = 'test/fixtures/subject437/dataset.facts.json';
export const SUBJECT438_DATASET = 'test/fixtures/subject438/dataset.facts.json';
export const SUBJECT439_DATASET = 'test/fixtures/subject439/dataset.facts.json';
export const SUBJECT440_DATASET = 'test/fixtures/subject440/dataset.facts.json';
export const SUBJECT441_DATASET = 'test/fixtures/subject441/dataset.facts.json';
export const SUBJECT442_DATASET = 'test/fixtures/subject442/dataset.facts.json';
export const SUBJECT443_DATASET = 'test/fixtures/subject443/dataset.facts.json';
export const SUBJECT444_DATASET = 'test/fixtures/subject444/dataset.facts.json';
export const SUBJECT445_DATASET = 'test/fixtures/subject445/dataset.facts.json';
export const SUBJECT446_DATASET = 'test/fixtures/subject446/dataset.facts.json';
export const SUBJECT447_DATASET = 'test/fixtures/subject447/dataset.facts.json';
export const SUBJECT448_DATASET = 'test/fixtures/subject448/dataset.facts.json';
export const SUBJECT449_DATASET = 'test/fixtures/subject449/dataset.facts.json';
export const SUBJECT450_DATASET = 'test/fixtures/subject450/dataset.facts.json';
export const SUBJECT451_DATASET = 'test/fixtures/subject451/dataset.facts.json';
export const SUBJECT452_DATASET = 'test/fixtures/subject452/dataset.facts.json';
export const SUBJECT453_DATASET = 'test/fixtures/subject453/dataset.facts.json';
export const SUBJECT454_DATASET = 'test/fixtures/subject454/dataset.facts.json';
export const SUBJECT455_DATASET = 'test/fixtures/subject455/dataset.facts.json';
export const SUBJECT456_DATASET = 'test/fixtures/subject456/dataset.facts.json';
export const SUBJECT457_DATASET = 'test/fixtures/subject457/dataset.facts.json';
export const SUBJECT458_DATASET = 'test/fixtures/subject458/dataset.facts.json';
export const SUBJECT459_DATASET = 'test/fixtures/subject459/dataset.facts.json';
export const SUBJECT460_DATASET = 'test/fixtures/subject460/dataset.facts.json';
export const SUBJECT461_DATASET = 'test/fixtures/subject461/dataset.facts.json';
export const SUBJECT462_DATASET = 'test/fixtures/subject462/dataset.facts.json';
export const SUBJECT463_DATASET = 'test/fixtures/subject463/dataset.facts.json';
export const SUBJECT464_DATASET = 'test/fixtures/subject464/dataset.facts.json';
export const SUBJECT465_DATASET = 'test/fixtures/subject465/dataset.facts.json';
export const SUBJECT466_DATASET = 'test/fixtures/subject466/dataset.facts.json';
export const SUBJECT467_DATASET = 'test/fixtures/subject467/dataset.facts.json';
export const SUBJECT468_DATASET = 'test/fixtures/subject468/dataset.facts.json';
export const SUBJECT469_DATASET = 'test/fixtures/subject469/dataset.facts.json';
export const SUBJECT470_DATASET = 'test/fixtures/subject470/dataset.facts.json';
export const SUBJECT471_DATASET = 'test/fixtures/subject471/dataset.facts.json';
export const SUBJECT472_DATASET = 'test/fixtures/subject472/dataset.facts.json';
export const SUBJECT473_DATASET = 'test/fixtures/subject473/dataset.facts.json';
export const SUBJECT474_DATASET = 'test/fixtures/subject474/dataset.facts.json';
export const SUBJECT475_DATASET = 'test/fixtures/subject475/dataset.facts.json';
export const SUBJECT476_DATASET = 'test/fixtures/subject476/dataset.facts.json';
export const SUBJECT477_DATASET = 'test/fixtures/subject477/dataset.facts.json';
export const SUBJECT478_DATASET = 'test/fixtures/subject478/dataset.facts.json';
export const SUBJECT479_DATASET = 'test/fixtures/subject479/dataset.facts.json';
export const SUBJECT480_DATASET = 'test/fixtures/subject480/dataset.facts.json';
export const SUBJECT481_DATASET = 'test/fixtures/subject481/dataset.facts.json';
export const SUBJECT482_DATASET = 'test/fixtures/subject482/dataset.facts.json';
export const SUBJECT483_DATASET = 'test/fixtures/subject483/dataset.facts.json';
export const SUBJECT484_DATASET = 'test/fixtures/subject484/dataset.facts.json';
export const SUBJECT485_DATASET = 'test/fixtures/subject485/dataset.facts.json';
export const SUBJECT486_DATASET = 'test/fixtures/subject486/dataset.facts.json';
export const SUBJECT487_DATASET = 'test/fixtures/subject487/dataset.facts.json';
export const SUBJECT488_DATASET = 'test/fixtures/subject488/dataset.facts.json';
export const SUBJECT489_DATASET = 'test/fixtures/subject489/dataset.facts.json';
export const SUBJECT490_DATASET = 'test/fixtures/subject490/dataset.facts.json';
export const SUBJECT491_DATASET = 'test/fixtures/subject491/dataset.facts.json';
export const SUBJECT492_DATASET = 'test/fixtures/subject492/dataset.facts.json';
export const SUBJECT493_DATASET = 'test/fixtures/subject493/dataset.facts.json';
export const SUBJECT494_DATASET = 'test/fixtures/subject494/dataset.facts.json';
export const SUBJECT495_DATASET = 'test/fixtures/subject495/dataset.facts.json';
export const SUBJECT496_DATASET = 'test/fixtures/subject496/dataset.facts.json';
export const SUBJECT497_DATASET = 'test/fixtures/subject497/dataset.facts.json';
export const SUBJECT124_DATASET = 'test/fixtures/subject124/dataset.facts.json';
export const SUBJECT123_DATASET = 'test/fixtures/subject123/dataset.facts.json';
export const SUBJECT122_DATASET = 'test/fixtures/subject122/dataset.facts.json';
export const SUBJECT121_DATASET = 'test/fixtures/subject121/dataset.facts.json';
export const SUBJECT119_DATASET = 'test/fixtures/subject119/dataset.facts.json';
export const SUBJECT120_DATASET = 'test/fixtures/subject120/dataset.facts.json';
export const SUBJECT118_DATASET = 'test/fixtures/subject118/dataset.facts.json';
/** H5N1 bird flu, 2024–2025: US dairy herds by state, poultry affected, human cases, egg prices and hens lost, outbreaks in Europe, written blind. */
export const SUBJECT115_DATASET = 'test/fixtures/subject115/dataset.facts.json';
/** Sovereign wealth funds and big pension funds, 2023–2025: assets, returns in percent and in money, allocations of NBIM, GPIF, CalPERS, ABP, PIF and Temasek, written blind. */
export const SUBJECT114_DATASET = 'test/fixtures/subject114/dataset.facts.json';
/** Hotels and short-term rentals, 2023–2025: Airbnb, Booking, Marriott and Hilton results, nights booked, RevPAR, pipelines, occupancy, written blind. */
export const SUBJECT113_DATASET = 'test/fixtures/subject113/dataset.facts.json';
/** Student debt and the cost of college, 2023–2025: US federal loans and borrowers, forgiveness totals, tuition and fees, UK loan balances, written blind. */
export const SUBJECT112_DATASET = 'test/fixtures/subject112/dataset.facts.json';
/** Newspapers and news subscriptions, 2023–2025: digital subscribers, revenue and losses of publishers, shares paying for online news by country, written blind. */
export const SUBJECT111_DATASET = 'test/fixtures/subject111/dataset.facts.json';
/** Fast-food and coffee chains, 2023–2025: revenue, net income, comparable sales and restaurant counts, written blind. */
export const SUBJECT110_DATASET = 'test/fixtures/subject110/dataset.facts.json';
/** Olive oil, sugar and orange juice markets, 2022–2025: production by country and season, prices, exports, orange crops, written blind. */
export const SUBJECT109_DATASET = 'test/fixtures/subject109/dataset.facts.json';
/** Natural-catastrophe losses and the reinsurers, 2023–2025: insured and economic losses by counter and year, single events, reinsurers' results, written blind. */
export const SUBJECT108_DATASET = 'test/fixtures/subject108/dataset.facts.json';
/** Telecom operators, 2023–2025: mobile subscribers and connections, revenue, revenue per user and profit of operators, national subscriber totals, written blind. */
export const SUBJECT104_DATASET = 'test/fixtures/subject104/dataset.facts.json';
/** Homelessness and housing supply, 2023–2025: the US point-in-time count, temporary accommodation in England, emergency accommodation in Ireland, housing starts and completions, written blind. */
export const SUBJECT103_DATASET = 'test/fixtures/subject103/dataset.facts.json';
/** Sports media rights and league finances, 2023–2025: rights deals by value and length, league and club revenue, audiences of big events, written blind. */
export const SUBJECT105_DATASET = 'test/fixtures/subject105/dataset.facts.json';

/** The file each set adds to the bundled datasets. */
const ADDED_DATASET: Record<DatasetSet, string | undefined> = {
  bundled: undefined,
  'bundled+subject2': SUBJECT2_DATASET,
  'bundled+subject3': SUBJECT3_DATASET,
  'bundled+subject4': SUBJECT4_DATASET,
  'bundled+subject5': SUBJECT5_DATASET,
  'bundled+subject6': SUBJECT6_DATASET,
  'bundled+subject7': SUBJECT7_DATASET,
  'bundled+subject8': SUBJECT8_DATASET,
  'bundled+subject9': SUBJECT9_DATASET,
  'bundled+subject10': SUBJECT10_DATASET,
  'bundled+subject11': SUBJECT11_DATASET,
  'bundled+subject12': SUBJECT12_DATASET,
  'bundled+subject13': SUBJECT13_DATASET,
  'bundled+subject14': SUBJECT14_DATASET,
  'bundled+subject15': SUBJECT15_DATASET,
  'bundled+subject16': SUBJECT16_DATASET,
  'bundled+subject17': SUBJECT17_DATASET,
  'bundled+subject18': SUBJECT18_DATASET,
  'bundled+subject19': SUBJECT19_DATASET,
  'bundled+subject20': SUBJECT20_DATASET,
  'bundled+subject21': SUBJECT21_DATASET,
  'bundled+subject22': SUBJECT22_DATASET,
  'bundled+subject23': SUBJECT23_DATASET,
  'bundled+subject24': SUBJECT24_DATASET,
  'bundled+subject25': SUBJECT25_DATASET,
  'bundled+subject26': SUBJECT26_DATASET,
  'bundled+subject27': SUBJECT27_DATASET,
  'bundled+subject28': SUBJECT28_DATASET,
  'bundled+subject29': SUBJECT29_DATASET,
  'bundled+subject30': SUBJECT30_DATASET,
  'bundled+subject31': SUBJECT31_DATASET,
  'bundled+subject32': SUBJECT32_DATASET,
  'bundled+subject33': SUBJECT33_DATASET,
  'bundled+subject34': SUBJECT34_DATASET,
  'bundled+subject35': SUBJECT35_DATASET,
  'bundled+subject36': SUBJECT36_DATASET,
  'bundled+subject37': SUBJECT37_DATASET,
  'bundled+subject38': SUBJECT38_DATASET,
  'bundled+subject39': SUBJECT39_DATASET,
  'bundled+subject40': SUBJECT40_DATASET,
  'bundled+subject41': SUBJECT41_DATASET,
  'bundled+subject42': SUBJECT42_DATASET,
  'bundled+subject43': SUBJECT43_DATASET,
  'bundled+subject44': SUBJECT44_DATASET,
  'bundled+subject45': SUBJECT45_DATASET,
  'bundled+subject46': SUBJECT46_DATASET,
  'bundled+subject47': SUBJECT47_DATASET,
  'bundled+subject48': SUBJECT48_DATASET,
  'bundled+subject49': SUBJECT49_DATASET,
  'bundled+subject50': SUBJECT50_DATASET,
  'bundled+subject51': SUBJECT51_DATASET,
  'bundled+subject52': SUBJECT52_DATASET,
  'bundled+subject53': SUBJECT53_DATASET,
  'bundled+subject54': SUBJECT54_DATASET,
  'bundled+subject55': SUBJECT55_DATASET,
  'bundled+subject56': SUBJECT56_DATASET,
  'bundled+subject57': SUBJECT57_DATASET,
  'bundled+subject58': SUBJECT58_DATASET,
  'bundled+subject59': SUBJECT59_DATASET,
  'bundled+subject60': SUBJECT60_DATASET,
  'bundled+subject61': SUBJECT61_DATASET,
  'bundled+subject62': SUBJECT62_DATASET,
  'bundled+subject63': SUBJECT63_DATASET,
  'bundled+subject64': SUBJECT64_DATASET,
  'bundled+subject65': SUBJECT65_DATASET,
  'bundled+subject66': SUBJECT66_DATASET,
  'bundled+subject67': SUBJECT67_DATASET,
  'bundled+subject68': SUBJECT68_DATASET,
  'bundled+subject69': SUBJECT69_DATASET,
  'bundled+subject70': SUBJECT70_DATASET,
  'bundled+subject71': SUBJECT71_DATASET,
  'bundled+subject72': SUBJECT72_DATASET,
  'bundled+subject73': SUBJECT73_DATASET,
  'bundled+subject74': SUBJECT74_DATASET,
  'bundled+subject75': SUBJECT75_DATASET,
  'bundled+subject76': SUBJECT76_DATASET,
  'bundled+subject77': SUBJECT77_DATASET,
  'bundled+subject80': SUBJECT80_DATASET,
  'bundled+subject78': SUBJECT78_DATASET,
  'bundled+subject79': SUBJECT79_DATASET,
  'bundled+subject82': SUBJECT82_DATASET,
  'bundled+subject84': SUBJECT84_DATASET,
  'bundled+subject85': SUBJECT85_DATASET,
  'bundled+subject81': SUBJECT81_DATASET,
  'bundled+subject83': SUBJECT83_DATASET,
  'bundled+subject86': SUBJECT86_DATASET,
  'bundled+subject92': SUBJECT92_DATASET,
  'bundled+subject88': SUBJECT88_DATASET,
  'bundled+subject89': SUBJECT89_DATASET,
  'bundled+subject87': SUBJECT87_DATASET,
  'bundled+subject91': SUBJECT91_DATASET,
  'bundled+subject90': SUBJECT90_DATASET,
  'bundled+subject93': SUBJECT93_DATASET,
  'bundled+subject94': SUBJECT94_DATASET,
  'bundled+subject95': SUBJECT95_DATASET,
  'bundled+subject96': SUBJECT96_DATASET,
  'bundled+subject97': SUBJECT97_DATASET,
  'bundled+subject98': SUBJECT98_DATASET,
  'bundled+subject99': SUBJECT99_DATASET,
  'bundled+subject100': SUBJECT100_DATASET,
  'bundled+subject102': SUBJECT102_DATASET,
  'bundled+subject101': SUBJECT101_DATASET,
  'bundled+subject106': SUBJECT106_DATASET,
  'bundled+subject107': SUBJECT107_DATASET,
  'bundled+subject104': SUBJECT104_DATASET,
  'bundled+subject103': SUBJECT103_DATASET,
  'bundled+subject105': SUBJECT105_DATASET,
  'bundled+subject108': SUBJECT108_DATASET,
  'bundled+subject109': SUBJECT109_DATASET,
  'bundled+subject110': SUBJECT110_DATASET,
  'bundled+subject111': SUBJECT111_DATASET,
  'bundled+subject112': SUBJECT112_DATASET,
  'bundled+subject113': SUBJECT113_DATASET,
  'bundled+subject114': SUBJECT114_DATASET,
  'bundled+subject115': SUBJECT115_DATASET,
  'bundled+subject117': SUBJECT117_DATASET,
  'bundled+subject125': SUBJECT125_DATASET,
  'bundled+subject126': SUBJECT126_DATASET,
  'bundled+subject127': SUBJECT127_DATASET,
  'bundled+subject128': SUBJECT128_DATASET,
  'bundled+subject129': SUBJECT129_DATASET,
  'bundled+subject130': SUBJECT130_DATASET,
  'bundled+subject131': SUBJECT131_DATASET,
  'bundled+subject132': SUBJECT132_DATASET,
  'bundled+subject133': SUBJECT133_DATASET,
  'bundled+subject134': SUBJECT134_DATASET,
  'bundled+subject135': SUBJECT135_DATASET,
  'bundled+subject136': SUBJECT136_DATASET,
  'bundled+subject137': SUBJECT137_DATASET,
  'bundled+subject138': SUBJECT138_DATASET,
  'bundled+subject139': SUBJECT139_DATASET,
  'bundled+subject140': SUBJECT140_DATASET,
  'bundled+subject141': SUBJECT141_DATASET,
  'bundled+subject142': SUBJECT142_DATASET,
  'bundled+subject143': SUBJECT143_DATASET,
  'bundled+subject144': SUBJECT144_DATASET,
  'bundled+subject145': SUBJECT145_DATASET,
  'bundled+subject146': SUBJECT146_DATASET,
  'bundled+subject147': SUBJECT147_DATASET,
  'bundled+subject148': SUBJECT148_DATASET,
  'bundled+subject149': SUBJECT149_DATASET,
  'bundled+subject150': SUBJECT150_DATASET,
  'bundled+subject151': SUBJECT151_DATASET,
  'bundled+subject152': SUBJECT152_DATASET,
  'bundled+subject153': SUBJECT153_DATASET,
  'bundled+subject154': SUBJECT154_DATASET,
  'bundled+subject155': SUBJECT155_DATASET,
  'bundled+subject156': SUBJECT156_DATASET,
  'bundled+subject157': SUBJECT157_DATASET,
  'bundled+subject158': SUBJECT158_DATASET,
  'bundled+subject159': SUBJECT159_DATASET,
  'bundled+subject160': SUBJECT160_DATASET,
  'bundled+subject161': SUBJECT161_DATASET,
  'bundled+subject162': SUBJECT162_DATASET,
  'bundled+subject163': SUBJECT163_DATASET,
  'bundled+subject164': SUBJECT164_DATASET,
  'bundled+subject165': SUBJECT165_DATASET,
  'bundled+subject166': SUBJECT166_DATASET,
  'bundled+subject167': SUBJECT167_DATASET,
  'bundled+subject168': SUBJECT168_DATASET,
  'bundled+subject169': SUBJECT169_DATASET,
  'bundled+subject170': SUBJECT170_DATASET,
  'bundled+subject171': SUBJECT171_DATASET,
  'bundled+subject172': SUBJECT172_DATASET,
  'bundled+subject173': SUBJECT173_DATASET,
  'bundled+subject174': SUBJECT174_DATASET,
  'bundled+subject175': SUBJECT175_DATASET,
  'bundled+subject176': SUBJECT176_DATASET,
  'bundled+subject177': SUBJECT177_DATASET,
  'bundled+subject178': SUBJECT178_DATASET,
  'bundled+subject179': SUBJECT179_DATASET,
  'bundled+subject180': SUBJECT180_DATASET,
  'bundled+subject181': SUBJECT181_DATASET,
  'bundled+subject182': SUBJECT182_DATASET,
  'bundled+subject183': SUBJECT183_DATASET,
  'bundled+subject184': SUBJECT184_DATASET,
  'bundled+subject185': SUBJECT185_DATASET,
  'bundled+subject186': SUBJECT186_DATASET,
  'bundled+subject187': SUBJECT187_DATASET,
  'bundled+subject188': SUBJECT188_DATASET,
  'bundled+subject189': SUBJECT189_DATASET,
  'bundled+subject190': SUBJECT190_DATASET,
  'bundled+subject191': SUBJECT191_DATASET,
  'bundled+subject192': SUBJECT192_DATASET,
  'bundled+subject193': SUBJECT193_DATASET,
  'bundled+subject194': SUBJECT194_DATASET,
  'bundled+subject195': SUBJECT195_DATASET,
  'bundled+subject196': SUBJECT196_DATASET,
  'bundled+subject197': SUBJECT197_DATASET,
  'bundled+subject198': SUBJECT198_DATASET,
  'bundled+subject199': SUBJECT199_DATASET,
  'bundled+subject200': SUBJECT200_DATASET,
  'bundled+subject201': SUBJECT201_DATASET,
  'bundled+subject202': SUBJECT202_DATASET,
  'bundled+subject203': SUBJECT203_DATASET,
  'bundled+subject204': SUBJECT204_DATASET,
  'bundled+subject205': SUBJECT205_DATASET,
  'bundled+subject206': SUBJECT206_DATASET,
  'bundled+subject207': SUBJECT207_DATASET,
  'bundled+subject208': SUBJECT208_DATASET,
  'bundled+subject209': SUBJECT209_DATASET,
  'bundled+subject210': SUBJECT210_DATASET,
  'bundled+subject211': SUBJECT211_DATASET,
  'bundled+subject212': SUBJECT212_DATASET,
  'bundled+subject213': SUBJECT213_DATASET,
  'bundled+subject214': SUBJECT214_DATASET,
  'bundled+subject215': SUBJECT215_DATASET,
  'bundled+subject216': SUBJECT216_DATASET,
  'bundled+subject217': SUBJECT217_DATASET,
  'bundled+subject218': SUBJECT218_DATASET,
  'bundled+subject219': SUBJECT219_DATASET,
  'bundled+subject220': SUBJECT220_DATASET,
  'bundled+subject221': SUBJECT221_DATASET,
  'bundled+subject222': SUBJECT222_DATASET,
  'bundled+subject223': SUBJECT223_DATASET,
  'bundled+subject224': SUBJECT224_DATASET,
  'bundled+subject225': SUBJECT225_DATASET,
  'bundled+subject226': SUBJECT226_DATASET,
  'bundled+subject227': SUBJECT227_DATASET,
  'bundled+subject228': SUBJECT228_DATASET,
  'bundled+subject229': SUBJECT229_DATASET,
  'bundled+subject230': SUBJECT230_DATASET,
  'bundled+subject231': SUBJECT231_DATASET,
  'bundled+subject232': SUBJECT232_DATASET,
  'bundled+subject233': SUBJECT233_DATASET,
  'bundled+subject234': SUBJECT234_DATASET,
  'bundled+subject235': SUBJECT235_DATASET,
  'bundled+subject236': SUBJECT236_DATASET,
  'bundled+subject237': SUBJECT237_DATASET,
  'bundled+subject238': SUBJECT238_DATASET,
  'bundled+subject239': SUBJECT239_DATASET,
  'bundled+subject240': SUBJECT240_DATASET,
  'bundled+subject241': SUBJECT241_DATASET,
  'bundled+subject242': SUBJECT242_DATASET,
  'bundled+subject243': SUBJECT243_DATASET,
  'bundled+subject244': SUBJECT244_DATASET,
  'bundled+subject245': SUBJECT245_DATASET,
  'bundled+subject246': SUBJECT246_DATASET,
  'bundled+subject247': SUBJECT247_DATASET,
  'bundled+subject248': SUBJECT248_DATASET,
  'bundled+subject249': SUBJECT249_DATASET,
  'bundled+subject250': SUBJECT250_DATASET,
  'bundled+subject251': SUBJECT251_DATASET,
  'bundled+subject252': SUBJECT252_DATASET,
  'bundled+subject253': SUBJECT253_DATASET,
  'bundled+subject254': SUBJECT254_DATASET,
  'bundled+subject255': SUBJECT255_DATASET,
  'bundled+subject256': SUBJECT256_DATASET,
  'bundled+subject257': SUBJECT257_DATASET,
  'bundled+subject258': SUBJECT258_DATASET,
  'bundled+subject259': SUBJECT259_DATASET,
  'bundled+subject260': SUBJECT260_DATASET,
  'bundled+subject261': SUBJECT261_DATASET,
  'bundled+subject262': SUBJECT262_DATASET,
  'bundled+subject263': SUBJECT263_DATASET,
  'bundled+subject264': SUBJECT264_DATASET,
  'bundled+subject265': SUBJECT265_DATASET,
  'bundled+subject266': SUBJECT266_DATASET,
  'bundled+subject267': SUBJECT267_DATASET,
  'bundled+subject268': SUBJECT268_DATASET,
  'bundled+subject269': SUBJECT269_DATASET,
  'bundled+subject270': SUBJECT270_DATASET,
  'bundled+subject271': SUBJECT271_DATASET,
  'bundled+subject272': SUBJECT272_DATASET,
  'bundled+subject273': SUBJECT273_DATASET,
  'bundled+subject274': SUBJECT274_DATASET,
  'bundled+subject275': SUBJECT275_DATASET,
  'bundled+subject276': SUBJECT276_DATASET,
  'bundled+subject277': SUBJECT277_DATASET,
  'bundled+subject278': SUBJECT278_DATASET,
  'bundled+subject279': SUBJECT279_DATASET,
  'bundled+subject280': SUBJECT280_DATASET,
  'bundled+subject281': SUBJECT281_DATASET,
  'bundled+subject282': SUBJECT282_DATASET,
  'bundled+subject283': SUBJECT283_DATASET,
  'bundled+subject284': SUBJECT284_DATASET,
  'bundled+subject285': SUBJECT285_DATASET,
  'bundled+subject286': SUBJECT286_DATASET,
  'bundled+subject287': SUBJECT287_DATASET,
  'bundled+subject288': SUBJECT288_DATASET,
  'bundled+subject289': SUBJECT289_DATASET,
  'bundled+subject290': SUBJECT290_DATASET,
  'bundled+subject291': SUBJECT291_DATASET,
  'bundled+subject292': SUBJECT292_DATASET,
  'bundled+subject293': SUBJECT293_DATASET,
  'bundled+subject294': SUBJECT294_DATASET,
  'bundled+subject295': SUBJECT295_DATASET,
  'bundled+subject296': SUBJECT296_DATASET,
  'bundled+subject297': SUBJECT297_DATASET,
  'bundled+subject298': SUBJECT298_DATASET,
  'bundled+subject299': SUBJECT299_DATASET,
  'bundled+subject300': SUBJECT300_DATASET,
  'bundled+subject301': SUBJECT301_DATASET,
  'bundled+subject302': SUBJECT302_DATASET,
  'bundled+subject303': SUBJECT303_DATASET,
  'bundled+subject304': SUBJECT304_DATASET,
  'bundled+subject305': SUBJECT305_DATASET,
  'bundled+subject306': SUBJECT306_DATASET,
  'bundled+subject307': SUBJECT307_DATASET,
  'bundled+subject308': SUBJECT308_DATASET,
  'bundled+subject309': SUBJECT309_DATASET,
  'bundled+subject310': SUBJECT310_DATASET,
  'bundled+subject311': SUBJECT311_DATASET,
  'bundled+subject312': SUBJECT312_DATASET,
  'bundled+subject313': SUBJECT313_DATASET,
  'bundled+subject314': SUBJECT314_DATASET,
  'bundled+subject315': SUBJECT315_DATASET,
  'bundled+subject316': SUBJECT316_DATASET,
  'bundled+subject317': SUBJECT317_DATASET,
  'bundled+subject318': SUBJECT318_DATASET,
  'bundled+subject319': SUBJECT319_DATASET,
  'bundled+subject320': SUBJECT320_DATASET,
  'bundled+subject321': SUBJECT321_DATASET,
  'bundled+subject322': SUBJECT322_DATASET,
  'bundled+subject323': SUBJECT323_DATASET,
  'bundled+subject324': SUBJECT324_DATASET,
  'bundled+subject325': SUBJECT325_DATASET,
  'bundled+subject326': SUBJECT326_DATASET,
  'bundled+subject327': SUBJECT327_DATASET,
  'bundled+subject328': SUBJECT328_DATASET,
  'bundled+subject329': SUBJECT329_DATASET,
  'bundled+subject330': SUBJECT330_DATASET,
  'bundled+subject331': SUBJECT331_DATASET,
  'bundled+subject332': SUBJECT332_DATASET,
  'bundled+subject333': SUBJECT333_DATASET,
  'bundled+subject334': SUBJECT334_DATASET,
  'bundled+subject335': SUBJECT335_DATASET,
  'bundled+subject336': SUBJECT336_DATASET,
  'bundled+subject337': SUBJECT337_DATASET,
  'bundled+subject338': SUBJECT338_DATASET,
  'bundled+subject339': SUBJECT339_DATASET,
  'bundled+subject340': SUBJECT340_DATASET,
  'bundled+subject341': SUBJECT341_DATASET,
  'bundled+subject342': SUBJECT342_DATASET,
  'bundled+subject343': SUBJECT343_DATASET,
  'bundled+subject344': SUBJECT344_DATASET,
  'bundled+subject345': SUBJECT345_DATASET,
  'bundled+subject346': SUBJECT346_DATASET,
  'bundled+subject347': SUBJECT347_DATASET,
  'bundled+subject348': SUBJECT348_DATASET,
  'bundled+subject349': SUBJECT349_DATASET,
  'bundled+subject350': SUBJECT350_DATASET,
  'bundled+subject351': SUBJECT351_DATASET,
  'bundled+subject352': SUBJECT352_DATASET,
  'bundled+subject353': SUBJECT353_DATASET,
  'bundled+subject354': SUBJECT354_DATASET,
  'bundled+subject355': SUBJECT355_DATASET,
  'bundled+subject356': SUBJECT356_DATASET,
  'bundled+subject357': SUBJECT357_DATASET,
  'bundled+subject358': SUBJECT358_DATASET,
  'bundled+subject359': SUBJECT359_DATASET,
  'bundled+subject360': SUBJECT360_DATASET,
  'bundled+subject361': SUBJECT361_DATASET,
  'bundled+subject362': SUBJECT362_DATASET,
  'bundled+subject363': SUBJECT363_DATASET,
  'bundled+subject364': SUBJECT364_DATASET,
  'bundled+subject365': SUBJECT365_DATASET,
  'bundled+subject366': SUBJECT366_DATASET,
  'bundled+subject367': SUBJECT367_DATASET,
  'bundled+subject368': SUBJECT368_DATASET,
  'bundled+subject369': SUBJECT369_DATASET,
  'bundled+subject370': SUBJECT370_DATASET,
  'bundled+subject371': SUBJECT371_DATASET,
  'bundled+subject372': SUBJECT372_DATASET,
  'bundled+subject373': SUBJECT373_DATASET,
  'bundled+subject374': SUBJECT374_DATASET,
  'bundled+subject375': SUBJECT375_DATASET,
  'bundled+subject376': SUBJECT376_DATASET,
  'bundled+subject377': SUBJECT377_DATASET,
  'bundled+subject378': SUBJECT378_DATASET,
  'bundled+subject379': SUBJECT379_DATASET,
  'bundled+subject380': SUBJECT380_DATASET,
  'bundled+subject381': SUBJECT381_DATASET,
  'bundled+subject382': SUBJECT382_DATASET,
  'bundled+subject383': SUBJECT383_DATASET,
  'bundled+subject384': SUBJECT384_DATASET,
  'bundled+subject385': SUBJECT385_DATASET,
  'bundled+subject386': SUBJECT386_DATASET,
  'bundled+subject387': SUBJECT387_DATASET,
  'bundled+subject388': SUBJECT388_DATASET,
  'bundled+subject389': SUBJECT389_DATASET,
  'bundled+subject390': SUBJECT390_DATASET,
  'bundled+subject391': SUBJECT391_DATASET,
  'bundled+subject392': SUBJECT392_DATASET,
  'bundled+subject393': SUBJECT393_DATASET,
  'bundled+subject394': SUBJECT394_DATASET,
  'bundled+subject395': SUBJECT395_DATASET,
  'bundled+subject396': SUBJECT396_DATASET,
  'bundled+subject397': SUBJECT397_DATASET,
  'bundled+subject398': SUBJECT398_DATASET,
  'bundled+subject399': SUBJECT399_DATASET,
  'bundled+subject400': SUBJECT400_DATASET,
  'bundled+subject401': SUBJECT401_DATASET,
  'bundled+subject402': SUBJECT402_DATASET,
  'bundled+subject403': SUBJECT403_DATASET,
  'bundled+subject404': SUBJECT404_DATASET,
  'bundled+subject405': SUBJECT405_DATASET,
  'bundled+subject406': SUBJECT406_DATASET,
  'bundled+subject407': SUBJECT407_DATASET,
  'bundled+subject408': SUBJECT408_DATASET,
  'bundled+subject409': SUBJECT409_DATASET,
  'bundled+subject410': SUBJECT410_DATASET,
  'bundled+subject411': SUBJECT411_DATASET,
  'bundled+subject412': SUBJECT412_DATASET,
  'bundled+subject413': SUBJECT413_DATASET,
  'bundled+subject414': SUBJECT414_DATASET,
  'bundled+subject415': SUBJECT415_DATASET,
  'bundled+subject416': SUBJECT416_DATASET,
  'bundled+subject417': SUBJECT417_DATASET,
  'bundled+subject418': SUBJECT418_DATASET,
  'bundled+subject419': SUBJECT419_DATASET,
  'bundled+subject420': SUBJECT420_DATASET,
  'bundled+subject421': SUBJECT421_DATASET,
  'bundled+subject422': SUBJECT422_DATASET,
  'bundled+subject423': SUBJECT423_DATASET,
  'bundled+subject424': SUBJECT424_DATASET,
  'bundled+subject425': SUBJECT425_DATASET,
  'bundled+subject426': SUBJECT426_DATASET,
  'bundled+subject427': SUBJECT427_DATASET,
  'bundled+subject428': SUBJECT428_DATASET,
  'bundled+subject429': SUBJECT429_DATASET,
  'bundled+subject430': SUBJECT430_DATASET,
  'bundled+subject431': SUBJECT431_DATASET,
  'bundled+subject432': SUBJECT432_DATASET,
  'bundled+subject433': SUBJECT433_DATASET,
  'bundled+subject434': SUBJECT434_DATASET,
  'bundled+subject435': SUBJECT435_DATASET,
  'bundled+subject436': SUBJECT436_DATASET,
  'bundled+subject437': SUBJECT437_DATASET,
  'bundled+subject438': SUBJECT438_DATASET,
  'bundled+subject439': SUBJECT439_DATASET,
  'bundled+subject440': SUBJECT440_DATASET,
  'bundled+subject441': SUBJECT441_DATASET,
  'bundled+subject442': SUBJECT442_DATASET,
  'bundled+subject443': SUBJECT443_DATASET,
  'bundled+subject444': SUBJECT444_DATASET,
  'bundled+subject445': SUBJECT445_DATASET,
  'bundled+subject446': SUBJECT446_DATASET,
  'bundled+subject447': SUBJECT447_DATASET,
  'bundled+subject448': SUBJECT448_DATASET,
  'bundled+subject449': SUBJECT449_DATASET,
  'bundled+subject450': SUBJECT450_DATASET,
  'bundled+subject451': SUBJECT451_DATASET,
  'bundled+subject452': SUBJECT452_DATASET,
  'bundled+subject453': SUBJECT453_DATASET,
  'bundled+subject454': SUBJECT454_DATASET,
  'bundled+subject455': SUBJECT455_DATASET,
  'bundled+subject456': SUBJECT456_DATASET,
  'bundled+subject457': SUBJECT457_DATASET,
  'bundled+subject458': SUBJECT458_DATASET,
  'bundled+subject459': SUBJECT459_DATASET,
  'bundled+subject460': SUBJECT460_DATASET,
  'bundled+subject461': SUBJECT461_DATASET,
  'bundled+subject462': SUBJECT462_DATASET,
  'bundled+subject463': SUBJECT463_DATASET,
  'bundled+subject464': SUBJECT464_DATASET,
  'bundled+subject465': SUBJECT465_DATASET,
  'bundled+subject466': SUBJECT466_DATASET,
  'bundled+subject467': SUBJECT467_DATASET,
  'bundled+subject468': SUBJECT468_DATASET,
  'bundled+subject469': SUBJECT469_DATASET,
  'bundled+subject470': SUBJECT470_DATASET,
  'bundled+subject471': SUBJECT471_DATASET,
  'bundled+subject472': SUBJECT472_DATASET,
  'bundled+subject473': SUBJECT473_DATASET,
  'bundled+subject474': SUBJECT474_DATASET,
  'bundled+subject475': SUBJECT475_DATASET,
  'bundled+subject476': SUBJECT476_DATASET,
  'bundled+subject477': SUBJECT477_DATASET,
  'bundled+subject478': SUBJECT478_DATASET,
  'bundled+subject479': SUBJECT479_DATASET,
  'bundled+subject480': SUBJECT480_DATASET,
  'bundled+subject481': SUBJECT481_DATASET,
  'bundled+subject482': SUBJECT482_DATASET,
  'bundled+subject483': SUBJECT483_DATASET,
  'bundled+subject484': SUBJECT484_DATASET,
  'bundled+subject485': SUBJECT485_DATASET,
  'bundled+subject486': SUBJECT486_DATASET,
  'bundled+subject487': SUBJECT487_DATASET,
  'bundled+subject488': SUBJECT488_DATASET,
  'bundled+subject489': SUBJECT489_DATASET,
  'bundled+subject490': SUBJECT490_DATASET,
  'bundled+subject491': SUBJECT491_DATASET,
  'bundled+subject492': SUBJECT492_DATASET,
  'bundled+subject493': SUBJECT493_DATASET,
  'bundled+subject494': SUBJECT494_DATASET,
  'bundled+subject495': SUBJECT495_DATASET,
  'bundled+subject496': SUBJECT496_DATASET,
  'bundled+subject497': SUBJECT497_DATASET,
  'bundled+subject124': SUBJECT124_DATASET,
  'bundled+subject123': SUBJECT123_DATASET,
  'bundled+subject122': SUBJECT122_DATASET,
  'bundled+subject121': SUBJECT121_DATASET,
  'bundled+subject119': SUBJECT119_DATASET,
  'bundled+subject120': SUBJECT120_DATASET,
  'bundled+subject118': SUBJECT118_DATASET,
  'bundled+subject116': SUBJECT116_DATASET,
};

/** The shared real-article excerpts (../shared), when present. */
export function sharedRoot(): string {
  return resolve(repoRoot(), '..', 'shared');
}

const fixtures = (...parts: string[]): string => join(repoRoot(), 'test', 'fixtures', ...parts);
const articles = (...parts: string[]): string => join(sharedRoot(), 'corpora', 'real-articles', ...parts);

/** Corpora for development: the fit reads them, the tests hold the engine to them. */
export const DEVELOPMENT_CORPORA: Corpus[] = [
  { name: 'drafts', dir: fixtures('drafts'), datasets: 'bundled', kind: 'labelled' },
  { name: 'holdout', dir: fixtures('holdout'), datasets: 'bundled', kind: 'labelled' },
  { name: 'holdout2', dir: fixtures('holdout2'), datasets: 'bundled', kind: 'labelled' },
  { name: 'holdout3', dir: fixtures('holdout3'), datasets: 'bundled', kind: 'labelled' },
  { name: 'holdout4/dev', dir: fixtures('holdout4', 'dev'), datasets: 'bundled', kind: 'labelled' },
  { name: 'subject2/dev', dir: fixtures('subject2', 'dev'), datasets: 'bundled+subject2', kind: 'labelled' },
  { name: 'subject3/dev', dir: fixtures('subject3', 'dev'), datasets: 'bundled+subject3', kind: 'labelled' },
  { name: 'subject4/dev', dir: fixtures('subject4', 'dev'), datasets: 'bundled+subject4', kind: 'labelled' },
  { name: 'subject5/dev', dir: fixtures('subject5', 'dev'), datasets: 'bundled+subject5', kind: 'labelled' },
  { name: 'subject6/dev', dir: fixtures('subject6', 'dev'), datasets: 'bundled+subject6', kind: 'labelled' },
  { name: 'subject7/dev', dir: fixtures('subject7', 'dev'), datasets: 'bundled+subject7', kind: 'labelled' },
  { name: 'subject8/dev', dir: fixtures('subject8', 'dev'), datasets: 'bundled+subject8', kind: 'labelled' },
  { name: 'subject9/dev', dir: fixtures('subject9', 'dev'), datasets: 'bundled+subject9', kind: 'labelled' },
  { name: 'subject10/dev', dir: fixtures('subject10', 'dev'), datasets: 'bundled+subject10', kind: 'labelled' },
  { name: 'subject11/dev', dir: fixtures('subject11', 'dev'), datasets: 'bundled+subject11', kind: 'labelled' },
  { name: 'subject12/dev', dir: fixtures('subject12', 'dev'), datasets: 'bundled+subject12', kind: 'labelled' },
  { name: 'subject13/dev', dir: fixtures('subject13', 'dev'), datasets: 'bundled+subject13', kind: 'labelled' },
  { name: 'subject14/dev', dir: fixtures('subject14', 'dev'), datasets: 'bundled+subject14', kind: 'labelled' },
  { name: 'subject15/dev', dir: fixtures('subject15', 'dev'), datasets: 'bundled+subject15', kind: 'labelled' },
  { name: 'subject16/dev', dir: fixtures('subject16', 'dev'), datasets: 'bundled+subject16', kind: 'labelled' },
  { name: 'subject17/dev', dir: fixtures('subject17', 'dev'), datasets: 'bundled+subject17', kind: 'labelled' },
  { name: 'subject18/dev', dir: fixtures('subject18', 'dev'), datasets: 'bundled+subject18', kind: 'labelled' },
  { name: 'subject19/dev', dir: fixtures('subject19', 'dev'), datasets: 'bundled+subject19', kind: 'labelled' },
  { name: 'subject20/dev', dir: fixtures('subject20', 'dev'), datasets: 'bundled+subject20', kind: 'labelled' },
  { name: 'subject21/dev', dir: fixtures('subject21', 'dev'), datasets: 'bundled+subject21', kind: 'labelled' },
  { name: 'subject22/dev', dir: fixtures('subject22', 'dev'), datasets: 'bundled+subject22', kind: 'labelled' },
  { name: 'subject23/dev', dir: fixtures('subject23', 'dev'), datasets: 'bundled+subject23', kind: 'labelled' },
  { name: 'subject24/dev', dir: fixtures('subject24', 'dev'), datasets: 'bundled+subject24', kind: 'labelled' },
  { name: 'subject25/dev', dir: fixtures('subject25', 'dev'), datasets: 'bundled+subject25', kind: 'labelled' },
  { name: 'subject26/dev', dir: fixtures('subject26', 'dev'), datasets: 'bundled+subject26', kind: 'labelled' },
  { name: 'subject27/dev', dir: fixtures('subject27', 'dev'), datasets: 'bundled+subject27', kind: 'labelled' },
  { name: 'subject28/dev', dir: fixtures('subject28', 'dev'), datasets: 'bundled+subject28', kind: 'labelled' },
  { name: 'subject29/dev', dir: fixtures('subject29', 'dev'), datasets: 'bundled+subject29', kind: 'labelled' },
  { name: 'subject30/dev', dir: fixtures('subject30', 'dev'), datasets: 'bundled+subject30', kind: 'labelled' },
  { name: 'subject31/dev', dir: fixtures('subject31', 'dev'), datasets: 'bundled+subject31', kind: 'labelled' },
  { name: 'subject32/dev', dir: fixtures('subject32', 'dev'), datasets: 'bundled+subject32', kind: 'labelled' },
  { name: 'subject33/dev', dir: fixtures('subject33', 'dev'), datasets: 'bundled+subject33', kind: 'labelled' },
  { name: 'subject34/dev', dir: fixtures('subject34', 'dev'), datasets: 'bundled+subject34', kind: 'labelled' },
  { name: 'subject35/dev', dir: fixtures('subject35', 'dev'), datasets: 'bundled+subject35', kind: 'labelled' },
  { name: 'subject36/dev', dir: fixtures('subject36', 'dev'), datasets: 'bundled+subject36', kind: 'labelled' },
  { name: 'subject37/dev', dir: fixtures('subject37', 'dev'), datasets: 'bundled+subject37', kind: 'labelled' },
  { name: 'subject38/dev', dir: fixtures('subject38', 'dev'), datasets: 'bundled+subject38', kind: 'labelled' },
  { name: 'subject39/dev', dir: fixtures('subject39', 'dev'), datasets: 'bundled+subject39', kind: 'labelled' },
  { name: 'subject40/dev', dir: fixtures('subject40', 'dev'), datasets: 'bundled+subject40', kind: 'labelled' },
  { name: 'subject41/dev', dir: fixtures('subject41', 'dev'), datasets: 'bundled+subject41', kind: 'labelled' },
  { name: 'subject42/dev', dir: fixtures('subject42', 'dev'), datasets: 'bundled+subject42', kind: 'labelled' },
  { name: 'subject43/dev', dir: fixtures('subject43', 'dev'), datasets: 'bundled+subject43', kind: 'labelled' },
  { name: 'subject44/dev', dir: fixtures('subject44', 'dev'), datasets: 'bundled+subject44', kind: 'labelled' },
  { name: 'subject45/dev', dir: fixtures('subject45', 'dev'), datasets: 'bundled+subject45', kind: 'labelled' },
  { name: 'subject46/dev', dir: fixtures('subject46', 'dev'), datasets: 'bundled+subject46', kind: 'labelled' },
  { name: 'subject47/dev', dir: fixtures('subject47', 'dev'), datasets: 'bundled+subject47', kind: 'labelled' },
  { name: 'subject48/dev', dir: fixtures('subject48', 'dev'), datasets: 'bundled+subject48', kind: 'labelled' },
  { name: 'subject49/dev', dir: fixtures('subject49', 'dev'), datasets: 'bundled+subject49', kind: 'labelled' },
  { name: 'subject50/dev', dir: fixtures('subject50', 'dev'), datasets: 'bundled+subject50', kind: 'labelled' },
  { name: 'subject51/dev', dir: fixtures('subject51', 'dev'), datasets: 'bundled+subject51', kind: 'labelled' },
  { name: 'subject52/dev', dir: fixtures('subject52', 'dev'), datasets: 'bundled+subject52', kind: 'labelled' },
  { name: 'subject53/dev', dir: fixtures('subject53', 'dev'), datasets: 'bundled+subject53', kind: 'labelled' },
  { name: 'subject54/dev', dir: fixtures('subject54', 'dev'), datasets: 'bundled+subject54', kind: 'labelled' },
  { name: 'subject55/dev', dir: fixtures('subject55', 'dev'), datasets: 'bundled+subject55', kind: 'labelled' },
  { name: 'subject56/dev', dir: fixtures('subject56', 'dev'), datasets: 'bundled+subject56', kind: 'labelled' },
  { name: 'subject57/dev', dir: fixtures('subject57', 'dev'), datasets: 'bundled+subject57', kind: 'labelled' },
  { name: 'subject58/dev', dir: fixtures('subject58', 'dev'), datasets: 'bundled+subject58', kind: 'labelled' },
  { name: 'subject59/dev', dir: fixtures('subject59', 'dev'), datasets: 'bundled+subject59', kind: 'labelled' },
  { name: 'subject60/dev', dir: fixtures('subject60', 'dev'), datasets: 'bundled+subject60', kind: 'labelled' },
  { name: 'subject61/dev', dir: fixtures('subject61', 'dev'), datasets: 'bundled+subject61', kind: 'labelled' },
  { name: 'subject62/dev', dir: fixtures('subject62', 'dev'), datasets: 'bundled+subject62', kind: 'labelled' },
  { name: 'subject63/dev', dir: fixtures('subject63', 'dev'), datasets: 'bundled+subject63', kind: 'labelled' },
  { name: 'subject64/dev', dir: fixtures('subject64', 'dev'), datasets: 'bundled+subject64', kind: 'labelled' },
  { name: 'subject65/dev', dir: fixtures('subject65', 'dev'), datasets: 'bundled+subject65', kind: 'labelled' },
  { name: 'subject66/dev', dir: fixtures('subject66', 'dev'), datasets: 'bundled+subject66', kind: 'labelled' },
  { name: 'subject67/dev', dir: fixtures('subject67', 'dev'), datasets: 'bundled+subject67', kind: 'labelled' },
  { name: 'subject68/dev', dir: fixtures('subject68', 'dev'), datasets: 'bundled+subject68', kind: 'labelled' },
  { name: 'subject69/dev', dir: fixtures('subject69', 'dev'), datasets: 'bundled+subject69', kind: 'labelled' },
  { name: 'subject70/dev', dir: fixtures('subject70', 'dev'), datasets: 'bundled+subject70', kind: 'labelled' },
  { name: 'subject71/dev', dir: fixtures('subject71', 'dev'), datasets: 'bundled+subject71', kind: 'labelled' },
  { name: 'subject72/dev', dir: fixtures('subject72', 'dev'), datasets: 'bundled+subject72', kind: 'labelled' },
  { name: 'subject73/dev', dir: fixtures('subject73', 'dev'), datasets: 'bundled+subject73', kind: 'labelled' },
  { name: 'subject74/dev', dir: fixtures('subject74', 'dev'), datasets: 'bundled+subject74', kind: 'labelled' },
  { name: 'subject75/dev', dir: fixtures('subject75', 'dev'), datasets: 'bundled+subject75', kind: 'labelled' },
  { name: 'subject76/dev', dir: fixtures('subject76', 'dev'), datasets: 'bundled+subject76', kind: 'labelled' },
  { name: 'subject77/dev', dir: fixtures('subject77', 'dev'), datasets: 'bundled+subject77', kind: 'labelled' },
  { name: 'subject80/dev', dir: fixtures('subject80', 'dev'), datasets: 'bundled+subject80', kind: 'labelled' },
  { name: 'subject78/dev', dir: fixtures('subject78', 'dev'), datasets: 'bundled+subject78', kind: 'labelled' },
  { name: 'subject79/dev', dir: fixtures('subject79', 'dev'), datasets: 'bundled+subject79', kind: 'labelled' },
  { name: 'subject82/dev', dir: fixtures('subject82', 'dev'), datasets: 'bundled+subject82', kind: 'labelled' },
  { name: 'subject84/dev', dir: fixtures('subject84', 'dev'), datasets: 'bundled+subject84', kind: 'labelled' },
  { name: 'subject85/dev', dir: fixtures('subject85', 'dev'), datasets: 'bundled+subject85', kind: 'labelled' },
  { name: 'subject81/dev', dir: fixtures('subject81', 'dev'), datasets: 'bundled+subject81', kind: 'labelled' },
  { name: 'subject83/dev', dir: fixtures('subject83', 'dev'), datasets: 'bundled+subject83', kind: 'labelled' },
  { name: 'subject86/dev', dir: fixtures('subject86', 'dev'), datasets: 'bundled+subject86', kind: 'labelled' },
  { name: 'subject92/dev', dir: fixtures('subject92', 'dev'), datasets: 'bundled+subject92', kind: 'labelled' },
  { name: 'subject88/dev', dir: fixtures('subject88', 'dev'), datasets: 'bundled+subject88', kind: 'labelled' },
  { name: 'subject89/dev', dir: fixtures('subject89', 'dev'), datasets: 'bundled+subject89', kind: 'labelled' },
  { name: 'subject87/dev', dir: fixtures('subject87', 'dev'), datasets: 'bundled+subject87', kind: 'labelled' },
  { name: 'subject91/dev', dir: fixtures('subject91', 'dev'), datasets: 'bundled+subject91', kind: 'labelled' },
  { name: 'subject90/dev', dir: fixtures('subject90', 'dev'), datasets: 'bundled+subject90', kind: 'labelled' },
  { name: 'subject93/dev', dir: fixtures('subject93', 'dev'), datasets: 'bundled+subject93', kind: 'labelled' },
  { name: 'subject94/dev', dir: fixtures('subject94', 'dev'), datasets: 'bundled+subject94', kind: 'labelled' },
  { name: 'subject95/dev', dir: fixtures('subject95', 'dev'), datasets: 'bundled+subject95', kind: 'labelled' },
  { name: 'subject96/dev', dir: fixtures('subject96', 'dev'), datasets: 'bundled+subject96', kind: 'labelled' },
  { name: 'subject97/dev', dir: fixtures('subject97', 'dev'), datasets: 'bundled+subject97', kind: 'labelled' },
  { name: 'subject98/dev', dir: fixtures('subject98', 'dev'), datasets: 'bundled+subject98', kind: 'labelled' },
  { name: 'subject99/dev', dir: fixtures('subject99', 'dev'), datasets: 'bundled+subject99', kind: 'labelled' },
  { name: 'subject100/dev', dir: fixtures('subject100', 'dev'), datasets: 'bundled+subject100', kind: 'labelled' },
  { name: 'subject102/dev', dir: fixtures('subject102', 'dev'), datasets: 'bundled+subject102', kind: 'labelled' },
  { name: 'subject101/dev', dir: fixtures('subject101', 'dev'), datasets: 'bundled+subject101', kind: 'labelled' },
  { name: 'subject106/dev', dir: fixtures('subject106', 'dev'), datasets: 'bundled+subject106', kind: 'labelled' },
  { name: 'subject107/dev', dir: fixtures('subject107', 'dev'), datasets: 'bundled+subject107', kind: 'labelled' },
  { name: 'subject104/dev', dir: fixtures('subject104', 'dev'), datasets: 'bundled+subject104', kind: 'labelled' },
  { name: 'subject103/dev', dir: fixtures('subject103', 'dev'), datasets: 'bundled+subject103', kind: 'labelled' },
  { name: 'subject105/dev', dir: fixtures('subject105', 'dev'), datasets: 'bundled+subject105', kind: 'labelled' },
  { name: 'subject108/dev', dir: fixtures('subject108', 'dev'), datasets: 'bundled+subject108', kind: 'labelled' },
  { name: 'subject109/dev', dir: fixtures('subject109', 'dev'), datasets: 'bundled+subject109', kind: 'labelled' },
  { name: 'subject110/dev', dir: fixtures('subject110', 'dev'), datasets: 'bundled+subject110', kind: 'labelled' },
  { name: 'subject111/dev', dir: fixtures('subject111', 'dev'), datasets: 'bundled+subject111', kind: 'labelled' },
  { name: 'subject112/dev', dir: fixtures('subject112', 'dev'), datasets: 'bundled+subject112', kind: 'labelled' },
  { name: 'subject113/dev', dir: fixtures('subject113', 'dev'), datasets: 'bundled+subject113', kind: 'labelled' },
  { name: 'subject114/dev', dir: fixtures('subject114', 'dev'), datasets: 'bundled+subject114', kind: 'labelled' },
  { name: 'subject115/dev', dir: fixtures('subject115', 'dev'), datasets: 'bundled+subject115', kind: 'labelled' },
  { name: 'subject117/dev', dir: fixtures('subject117', 'dev'), datasets: 'bundled+subject117', kind: 'labelled' },
  { name: 'subject125/dev', dir: fixtures('subject125', 'dev'), datasets: 'bundled+subject125', kind: 'labelled' },
  { name: 'subject126/dev', dir: fixtures('subject126', 'dev'), datasets: 'bundled+subject126', kind: 'labelled' },
  { name: 'subject127/dev', dir: fixtures('subject127', 'dev'), datasets: 'bundled+subject127', kind: 'labelled' },
  { name: 'subject128/dev', dir: fixtures('subject128', 'dev'), datasets: 'bundled+subject128', kind: 'labelled' },
  { name: 'subject129/dev', dir: fixtures('subject129', 'dev'), datasets: 'bundled+subject129', kind: 'labelled' },
  { name: 'subject130/dev', dir: fixtures('subject130', 'dev'), datasets: 'bundled+subject130', kind: 'labelled' },
  { name: 'subject131/dev', dir: fixtures('subject131', 'dev'), datasets: 'bundled+subject131', kind: 'labelled' },
  { name: 'subject132/dev', dir: fixtures('subject132', 'dev'), datasets: 'bundled+subject132', kind: 'labelled' },
  { name: 'subject133/dev', dir: fixtures('subject133', 'dev'), datasets: 'bundled+subject133', kind: 'labelled' },
  { name: 'subject134/dev', dir: fixtures('subject134', 'dev'), datasets: 'bundled+subject134', kind: 'labelled' },
  { name: 'subject135/dev', dir: fixtures('subject135', 'dev'), datasets: 'bundled+subject135', kind: 'labelled' },
  { name: 'subject136/dev', dir: fixtures('subject136', 'dev'), datasets: 'bundled+subject136', kind: 'labelled' },
  { name: 'subject137/dev', dir: fixtures('subject137', 'dev'), datasets: 'bundled+subject137', kind: 'labelled' },
  { name: 'subject138/dev', dir: fixtures('subject138', 'dev'), datasets: 'bundled+subject138', kind: 'labelled' },
  { name: 'subject139/dev', dir: fixtures('subject139', 'dev'), datasets: 'bundled+subject139', kind: 'labelled' },
  { name: 'subject140/dev', dir: fixtures('subject140', 'dev'), datasets: 'bundled+subject140', kind: 'labelled' },
  { name: 'subject141/dev', dir: fixtures('subject141', 'dev'), datasets: 'bundled+subject141', kind: 'labelled' },
  { name: 'subject142/dev', dir: fixtures('subject142', 'dev'), datasets: 'bundled+subject142', kind: 'labelled' },
  { name: 'subject143/dev', dir: fixtures('subject143', 'dev'), datasets: 'bundled+subject143', kind: 'labelled' },
  { name: 'subject144/dev', dir: fixtures('subject144', 'dev'), datasets: 'bundled+subject144', kind: 'labelled' },
  { name: 'subject145/dev', dir: fixtures('subject145', 'dev'), datasets: 'bundled+subject145', kind: 'labelled' },
  { name: 'subject146/dev', dir: fixtures('subject146', 'dev'), datasets: 'bundled+subject146', kind: 'labelled' },
  { name: 'subject147/dev', dir: fixtures('subject147', 'dev'), datasets: 'bundled+subject147', kind: 'labelled' },
  { name: 'subject148/dev', dir: fixtures('subject148', 'dev'), datasets: 'bundled+subject148', kind: 'labelled' },
  { name: 'subject149/dev', dir: fixtures('subject149', 'dev'), datasets: 'bundled+subject149', kind: 'labelled' },
  { name: 'subject150/dev', dir: fixtures('subject150', 'dev'), datasets: 'bundled+subject150', kind: 'labelled' },
  { name: 'subject151/dev', dir: fixtures('subject151', 'dev'), datasets: 'bundled+subject151', kind: 'labelled' },
  { name: 'subject152/dev', dir: fixtures('subject152', 'dev'), datasets: 'bundled+subject152', kind: 'labelled' },
  { name: 'subject153/dev', dir: fixtures('subject153', 'dev'), datasets: 'bundled+subject153', kind: 'labelled' },
  { name: 'subject154/dev', dir: fixtures('subject154', 'dev'), datasets: 'bundled+subject154', kind: 'labelled' },
  { name: 'subject155/dev', dir: fixtures('subject155', 'dev'), datasets: 'bundled+subject155', kind: 'labelled' },
  { name: 'subject156/dev', dir: fixtures('subject156', 'dev'), datasets: 'bundled+subject156', kind: 'labelled' },
  { name: 'subject157/dev', dir: fixtures('subject157', 'dev'), datasets: 'bundled+subject157', kind: 'labelled' },
  { name: 'subject158/dev', dir: fixtures('subject158', 'dev'), datasets: 'bundled+subject158', kind: 'labelled' },
  { name: 'subject159/dev', dir: fixtures('subject159', 'dev'), datasets: 'bundled+subject159', kind: 'labelled' },
  { name: 'subject160/dev', dir: fixtures('subject160', 'dev'), datasets: 'bundled+subject160', kind: 'labelled' },
  { name: 'subject161/dev', dir: fixtures('subject161', 'dev'), datasets: 'bundled+subject161', kind: 'labelled' },
  { name: 'subject162/dev', dir: fixtures('subject162', 'dev'), datasets: 'bundled+subject162', kind: 'labelled' },
  { name: 'subject163/dev', dir: fixtures('subject163', 'dev'), datasets: 'bundled+subject163', kind: 'labelled' },
  { name: 'subject164/dev', dir: fixtures('subject164', 'dev'), datasets: 'bundled+subject164', kind: 'labelled' },
  { name: 'subject165/dev', dir: fixtures('subject165', 'dev'), datasets: 'bundled+subject165', kind: 'labelled' },
  { name: 'subject166/dev', dir: fixtures('subject166', 'dev'), datasets: 'bundled+subject166', kind: 'labelled' },
  { name: 'subject167/dev', dir: fixtures('subject167', 'dev'), datasets: 'bundled+subject167', kind: 'labelled' },
  { name: 'subject168/dev', dir: fixtures('subject168', 'dev'), datasets: 'bundled+subject168', kind: 'labelled' },
  { name: 'subject169/dev', dir: fixtures('subject169', 'dev'), datasets: 'bundled+subject169', kind: 'labelled' },
  { name: 'subject170/dev', dir: fixtures('subject170', 'dev'), datasets: 'bundled+subject170', kind: 'labelled' },
  { name: 'subject171/dev', dir: fixtures('subject171', 'dev'), datasets: 'bundled+subject171', kind: 'labelled' },
  { name: 'subject172/dev', dir: fixtures('subject172', 'dev'), datasets: 'bundled+subject172', kind: 'labelled' },
  { name: 'subject173/dev', dir: fixtures('subject173', 'dev'), datasets: 'bundled+subject173', kind: 'labelled' },
  { name: 'subject174/dev', dir: fixtures('subject174', 'dev'), datasets: 'bundled+subject174', kind: 'labelled' },
  { name: 'subject175/dev', dir: fixtures('subject175', 'dev'), datasets: 'bundled+subject175', kind: 'labelled' },
  { name: 'subject176/dev', dir: fixtures('subject176', 'dev'), datasets: 'bundled+subject176', kind: 'labelled' },
  { name: 'subject177/dev', dir: fixtures('subject177', 'dev'), datasets: 'bundled+subject177', kind: 'labelled' },
  { name: 'subject178/dev', dir: fixtures('subject178', 'dev'), datasets: 'bundled+subject178', kind: 'labelled' },
  { name: 'subject179/dev', dir: fixtures('subject179', 'dev'), datasets: 'bundled+subject179', kind: 'labelled' },
  { name: 'subject180/dev', dir: fixtures('subject180', 'dev'), datasets: 'bundled+subject180', kind: 'labelled' },
  { name: 'subject181/dev', dir: fixtures('subject181', 'dev'), datasets: 'bundled+subject181', kind: 'labelled' },
  { name: 'subject182/dev', dir: fixtures('subject182', 'dev'), datasets: 'bundled+subject182', kind: 'labelled' },
  { name: 'subject183/dev', dir: fixtures('subject183', 'dev'), datasets: 'bundled+subject183', kind: 'labelled' },
  { name: 'subject184/dev', dir: fixtures('subject184', 'dev'), datasets: 'bundled+subject184', kind: 'labelled' },
  { name: 'subject185/dev', dir: fixtures('subject185', 'dev'), datasets: 'bundled+subject185', kind: 'labelled' },
  { name: 'subject186/dev', dir: fixtures('subject186', 'dev'), datasets: 'bundled+subject186', kind: 'labelled' },
  { name: 'subject187/dev', dir: fixtures('subject187', 'dev'), datasets: 'bundled+subject187', kind: 'labelled' },
  { name: 'subject188/dev', dir: fixtures('subject188', 'dev'), datasets: 'bundled+subject188', kind: 'labelled' },
  { name: 'subject189/dev', dir: fixtures('subject189', 'dev'), datasets: 'bundled+subject189', kind: 'labelled' },
  { name: 'subject190/dev', dir: fixtures('subject190', 'dev'), datasets: 'bundled+subject190', kind: 'labelled' },
  { name: 'subject191/dev', dir: fixtures('subject191', 'dev'), datasets: 'bundled+subject191', kind: 'labelled' },
  { name: 'subject192/dev', dir: fixtures('subject192', 'dev'), datasets: 'bundled+subject192', kind: 'labelled' },
  { name: 'subject193/dev', dir: fixtures('subject193', 'dev'), datasets: 'bundled+subject193', kind: 'labelled' },
  { name: 'subject194/dev', dir: fixtures('subject194', 'dev'), datasets: 'bundled+subject194', kind: 'labelled' },
  { name: 'subject195/dev', dir: fixtures('subject195', 'dev'), datasets: 'bundled+subject195', kind: 'labelled' },
  { name: 'subject196/dev', dir: fixtures('subject196', 'dev'), datasets: 'bundled+subject196', kind: 'labelled' },
  { name: 'subject197/dev', dir: fixtures('subject197', 'dev'), datasets: 'bundled+subject197', kind: 'labelled' },
  { name: 'subject198/dev', dir: fixtures('subject198', 'dev'), datasets: 'bundled+subject198', kind: 'labelled' },
  { name: 'subject199/dev', dir: fixtures('subject199', 'dev'), datasets: 'bundled+subject199', kind: 'labelled' },
  { name: 'subject200/dev', dir: fixtures('subject200', 'dev'), datasets: 'bundled+subject200', kind: 'labelled' },
  { name: 'subject201/dev', dir: fixtures('subject201', 'dev'), datasets: 'bundled+subject201', kind: 'labelled' },
  { name: 'subject202/dev', dir: fixtures('subject202', 'dev'), datasets: 'bundled+subject202', kind: 'labelled' },
  { name: 'subject203/dev', dir: fixtures('subject203', 'dev'), datasets: 'bundled+subject203', kind: 'labelled' },
  { name: 'subject204/dev', dir: fixtures('subject204', 'dev'), datasets: 'bundled+subject204', kind: 'labelled' },
  { name: 'subject205/dev', dir: fixtures('subject205', 'dev'), datasets: 'bundled+subject205', kind: 'labelled' },
  { name: 'subject206/dev', dir: fixtures('subject206', 'dev'), datasets: 'bundled+subject206', kind: 'labelled' },
  { name: 'subject207/dev', dir: fixtures('subject207', 'dev'), datasets: 'bundled+subject207', kind: 'labelled' },
  { name: 'subject208/dev', dir: fixtures('subject208', 'dev'), datasets: 'bundled+subject208', kind: 'labelled' },
  { name: 'subject209/dev', dir: fixtures('subject209', 'dev'), datasets: 'bundled+subject209', kind: 'labelled' },
  { name: 'subject210/dev', dir: fixtures('subject210', 'dev'), datasets: 'bundled+subject210', kind: 'labelled' },
  { name: 'subject211/dev', dir: fixtures('subject211', 'dev'), datasets: 'bundled+subject211', kind: 'labelled' },
  { name: 'subject212/dev', dir: fixtures('subject212', 'dev'), datasets: 'bundled+subject212', kind: 'labelled' },
  { name: 'subject213/dev', dir: fixtures('subject213', 'dev'), datasets: 'bundled+subject213', kind: 'labelled' },
  { name: 'subject214/dev', dir: fixtures('subject214', 'dev'), datasets: 'bundled+subject214', kind: 'labelled' },
  { name: 'subject215/dev', dir: fixtures('subject215', 'dev'), datasets: 'bundled+subject215', kind: 'labelled' },
  { name: 'subject216/dev', dir: fixtures('subject216', 'dev'), datasets: 'bundled+subject216', kind: 'labelled' },
  { name: 'subject217/dev', dir: fixtures('subject217', 'dev'), datasets: 'bundled+subject217', kind: 'labelled' },
  { name: 'subject218/dev', dir: fixtures('subject218', 'dev'), datasets: 'bundled+subject218', kind: 'labelled' },
  { name: 'subject219/dev', dir: fixtures('subject219', 'dev'), datasets: 'bundled+subject219', kind: 'labelled' },
  { name: 'subject220/dev', dir: fixtures('subject220', 'dev'), datasets: 'bundled+subject220', kind: 'labelled' },
  { name: 'subject221/dev', dir: fixtures('subject221', 'dev'), datasets: 'bundled+subject221', kind: 'labelled' },
  { name: 'subject222/dev', dir: fixtures('subject222', 'dev'), datasets: 'bundled+subject222', kind: 'labelled' },
  { name: 'subject223/dev', dir: fixtures('subject223', 'dev'), datasets: 'bundled+subject223', kind: 'labelled' },
  { name: 'subject224/dev', dir: fixtures('subject224', 'dev'), datasets: 'bundled+subject224', kind: 'labelled' },
  { name: 'subject225/dev', dir: fixtures('subject225', 'dev'), datasets: 'bundled+subject225', kind: 'labelled' },
  { name: 'subject226/dev', dir: fixtures('subject226', 'dev'), datasets: 'bundled+subject226', kind: 'labelled' },
  { name: 'subject227/dev', dir: fixtures('subject227', 'dev'), datasets: 'bundled+subject227', kind: 'labelled' },
  { name: 'subject228/dev', dir: fixtures('subject228', 'dev'), datasets: 'bundled+subject228', kind: 'labelled' },
  { name: 'subject229/dev', dir: fixtures('subject229', 'dev'), datasets: 'bundled+subject229', kind: 'labelled' },
  { name: 'subject230/dev', dir: fixtures('subject230', 'dev'), datasets: 'bundled+subject230', kind: 'labelled' },
  { name: 'subject231/dev', dir: fixtures('subject231', 'dev'), datasets: 'bundled+subject231', kind: 'labelled' },
  { name: 'subject232/dev', dir: fixtures('subject232', 'dev'), datasets: 'bundled+subject232', kind: 'labelled' },
  { name: 'subject233/dev', dir: fixtures('subject233', 'dev'), datasets: 'bundled+subject233', kind: 'labelled' },
  { name: 'subject234/dev', dir: fixtures('subject234', 'dev'), datasets: 'bundled+subject234', kind: 'labelled' },
  { name: 'subject235/dev', dir: fixtures('subject235', 'dev'), datasets: 'bundled+subject235', kind: 'labelled' },
  { name: 'subject236/dev', dir: fixtures('subject236', 'dev'), datasets: 'bundled+subject236', kind: 'labelled' },
  { name: 'subject237/dev', dir: fixtures('subject237', 'dev'), datasets: 'bundled+subject237', kind: 'labelled' },
  { name: 'subject238/dev', dir: fixtures('subject238', 'dev'), datasets: 'bundled+subject238', kind: 'labelled' },
  { name: 'subject239/dev', dir: fixtures('subject239', 'dev'), datasets: 'bundled+subject239', kind: 'labelled' },
  { name: 'subject240/dev', dir: fixtures('subject240', 'dev'), datasets: 'bundled+subject240', kind: 'labelled' },
  { name: 'subject241/dev', dir: fixtures('subject241', 'dev'), datasets: 'bundled+subject241', kind: 'labelled' },
  { name: 'subject242/dev', dir: fixtures('subject242', 'dev'), datasets: 'bundled+subject242', kind: 'labelled' },
  { name: 'subject243/dev', dir: fixtures('subject243', 'dev'), datasets: 'bundled+subject243', kind: 'labelled' },
  { name: 'subject244/dev', dir: fixtures('subject244', 'dev'), datasets: 'bundled+subject244', kind: 'labelled' },
  { name: 'subject245/dev', dir: fixtures('subject245', 'dev'), datasets: 'bundled+subject245', kind: 'labelled' },
  { name: 'subject246/dev', dir: fixtures('subject246', 'dev'), datasets: 'bundled+subject246', kind: 'labelled' },
  { name: 'subject247/dev', dir: fixtures('subject247', 'dev'), datasets: 'bundled+subject247', kind: 'labelled' },
  { name: 'subject248/dev', dir: fixtures('subject248', 'dev'), datasets: 'bundled+subject248', kind: 'labelled' },
  { name: 'subject249/dev', dir: fixtures('subject249', 'dev'), datasets: 'bundled+subject249', kind: 'labelled' },
  { name: 'subject250/dev', dir: fixtures('subject250', 'dev'), datasets: 'bundled+subject250', kind: 'labelled' },
  { name: 'subject251/dev', dir: fixtures('subject251', 'dev'), datasets: 'bundled+subject251', kind: 'labelled' },
  { name: 'subject252/dev', dir: fixtures('subject252', 'dev'), datasets: 'bundled+subject252', kind: 'labelled' },
  { name: 'subject253/dev', dir: fixtures('subject253', 'dev'), datasets: 'bundled+subject253', kind: 'labelled' },
  { name: 'subject254/dev', dir: fixtures('subject254', 'dev'), datasets: 'bundled+subject254', kind: 'labelled' },
  { name: 'subject255/dev', dir: fixtures('subject255', 'dev'), datasets: 'bundled+subject255', kind: 'labelled' },
  { name: 'subject256/dev', dir: fixtures('subject256', 'dev'), datasets: 'bundled+subject256', kind: 'labelled' },
  { name: 'subject257/dev', dir: fixtures('subject257', 'dev'), datasets: 'bundled+subject257', kind: 'labelled' },
  { name: 'subject258/dev', dir: fixtures('subject258', 'dev'), datasets: 'bundled+subject258', kind: 'labelled' },
  { name: 'subject259/dev', dir: fixtures('subject259', 'dev'), datasets: 'bundled+subject259', kind: 'labelled' },
  { name: 'subject260/dev', dir: fixtures('subject260', 'dev'), datasets: 'bundled+subject260', kind: 'labelled' },
  { name: 'subject261/dev', dir: fixtures('subject261', 'dev'), datasets: 'bundled+subject261', kind: 'labelled' },
  { name: 'subject262/dev', dir: fixtures('subject262', 'dev'), datasets: 'bundled+subject262', kind: 'labelled' },
  { name: 'subject263/dev', dir: fixtures('subject263', 'dev'), datasets: 'bundled+subject263', kind: 'labelled' },
  { name: 'subject264/dev', dir: fixtures('subject264', 'dev'), datasets: 'bundled+subject264', kind: 'labelled' },
  { name: 'subject265/dev', dir: fixtures('subject265', 'dev'), datasets: 'bundled+subject265', kind: 'labelled' },
  { name: 'subject266/dev', dir: fixtures('subject266', 'dev'), datasets: 'bundled+subject266', kind: 'labelled' },
  { name: 'subject267/dev', dir: fixtures('subject267', 'dev'), datasets: 'bundled+subject267', kind: 'labelled' },
  { name: 'subject268/dev', dir: fixtures('subject268', 'dev'), datasets: 'bundled+subject268', kind: 'labelled' },
  { name: 'subject269/dev', dir: fixtures('subject269', 'dev'), datasets: 'bundled+subject269', kind: 'labelled' },
  { name: 'subject270/dev', dir: fixtures('subject270', 'dev'), datasets: 'bundled+subject270', kind: 'labelled' },
  { name: 'subject271/dev', dir: fixtures('subject271', 'dev'), datasets: 'bundled+subject271', kind: 'labelled' },
  { name: 'subject272/dev', dir: fixtures('subject272', 'dev'), datasets: 'bundled+subject272', kind: 'labelled' },
  { name: 'subject273/dev', dir: fixtures('subject273', 'dev'), datasets: 'bundled+subject273', kind: 'labelled' },
  { name: 'subject274/dev', dir: fixtures('subject274', 'dev'), datasets: 'bundled+subject274', kind: 'labelled' },
  { name: 'subject275/dev', dir: fixtures('subject275', 'dev'), datasets: 'bundled+subject275', kind: 'labelled' },
  { name: 'subject276/dev', dir: fixtures('subject276', 'dev'), datasets: 'bundled+subject276', kind: 'labelled' },
  { name: 'subject277/dev', dir: fixtures('subject277', 'dev'), datasets: 'bundled+subject277', kind: 'labelled' },
  { name: 'subject278/dev', dir: fixtures('subject278', 'dev'), datasets: 'bundled+subject278', kind: 'labelled' },
  { name: 'subject279/dev', dir: fixtures('subject279', 'dev'), datasets: 'bundled+subject279', kind: 'labelled' },
  { name: 'subject280/dev', dir: fixtures('subject280', 'dev'), datasets: 'bundled+subject280', kind: 'labelled' },
  { name: 'subject281/dev', dir: fixtures('subject281', 'dev'), datasets: 'bundled+subject281', kind: 'labelled' },
  { name: 'subject282/dev', dir: fixtures('subject282', 'dev'), datasets: 'bundled+subject282', kind: 'labelled' },
  { name: 'subject283/dev', dir: fixtures('subject283', 'dev'), datasets: 'bundled+subject283', kind: 'labelled' },
  { name: 'subject284/dev', dir: fixtures('subject284', 'dev'), datasets: 'bundled+subject284', kind: 'labelled' },
  { name: 'subject285/dev', dir: fixtures('subject285', 'dev'), datasets: 'bundled+subject285', kind: 'labelled' },
  { name: 'subject286/dev', dir: fixtures('subject286', 'dev'), datasets: 'bundled+subject286', kind: 'labelled' },
  { name: 'subject287/dev', dir: fixtures('subject287', 'dev'), datasets: 'bundled+subject287', kind: 'labelled' },
  { name: 'subject288/dev', dir: fixtures('subject288', 'dev'), datasets: 'bundled+subject288', kind: 'labelled' },
  { name: 'subject289/dev', dir: fixtures('subject289', 'dev'), datasets: 'bundled+subject289', kind: 'labelled' },
  { name: 'subject290/dev', dir: fixtures('subject290', 'dev'), datasets: 'bundled+subject290', kind: 'labelled' },
  { name: 'subject291/dev', dir: fixtures('subject291', 'dev'), datasets: 'bundled+subject291', kind: 'labelled' },
  { name: 'subject292/dev', dir: fixtures('subject292', 'dev'), datasets: 'bundled+subject292', kind: 'labelled' },
  { name: 'subject293/dev', dir: fixtures('subject293', 'dev'), datasets: 'bundled+subject293', kind: 'labelled' },
  { name: 'subject294/dev', dir: fixtures('subject294', 'dev'), datasets: 'bundled+subject294', kind: 'labelled' },
  { name: 'subject295/dev', dir: fixtures('subject295', 'dev'), datasets: 'bundled+subject295', kind: 'labelled' },
  { name: 'subject296/dev', dir: fixtures('subject296', 'dev'), datasets: 'bundled+subject296', kind: 'labelled' },
  { name: 'subject297/dev', dir: fixtures('subject297', 'dev'), datasets: 'bundled+subject297', kind: 'labelled' },
  { name: 'subject298/dev', dir: fixtures('subject298', 'dev'), datasets: 'bundled+subject298', kind: 'labelled' },
  { name: 'subject299/dev', dir: fixtures('subject299', 'dev'), datasets: 'bundled+subject299', kind: 'labelled' },
  { name: 'subject300/dev', dir: fixtures('subject300', 'dev'), datasets: 'bundled+subject300', kind: 'labelled' },
  { name: 'subject301/dev', dir: fixtures('subject301', 'dev'), datasets: 'bundled+subject301', kind: 'labelled' },
  { name: 'subject302/dev', dir: fixtures('subject302', 'dev'), datasets: 'bundled+subject302', kind: 'labelled' },
  { name: 'subject303/dev', dir: fixtures('subject303', 'dev'), datasets: 'bundled+subject303', kind: 'labelled' },
  { name: 'subject304/dev', dir: fixtures('subject304', 'dev'), datasets: 'bundled+subject304', kind: 'labelled' },
  { name: 'subject305/dev', dir: fixtures('subject305', 'dev'), datasets: 'bundled+subject305', kind: 'labelled' },
  { name: 'subject306/dev', dir: fixtures('subject306', 'dev'), datasets: 'bundled+subject306', kind: 'labelled' },
  { name: 'subject307/dev', dir: fixtures('subject307', 'dev'), datasets: 'bundled+subject307', kind: 'labelled' },
  { name: 'subject308/dev', dir: fixtures('subject308', 'dev'), datasets: 'bundled+subject308', kind: 'labelled' },
  { name: 'subject309/dev', dir: fixtures('subject309', 'dev'), datasets: 'bundled+subject309', kind: 'labelled' },
  { name: 'subject310/dev', dir: fixtures('subject310', 'dev'), datasets: 'bundled+subject310', kind: 'labelled' },
  { name: 'subject311/dev', dir: fixtures('subject311', 'dev'), datasets: 'bundled+subject311', kind: 'labelled' },
  { name: 'subject312/dev', dir: fixtures('subject312', 'dev'), datasets: 'bundled+subject312', kind: 'labelled' },
  { name: 'subject313/dev', dir: fixtures('subject313', 'dev'), datasets: 'bundled+subject313', kind: 'labelled' },
  { name: 'subject314/dev', dir: fixtures('subject314', 'dev'), datasets: 'bundled+subject314', kind: 'labelled' },
  { name: 'subject315/dev', dir: fixtures('subject315', 'dev'), datasets: 'bundled+subject315', kind: 'labelled' },
  { name: 'subject316/dev', dir: fixtures('subject316', 'dev'), datasets: 'bundled+subject316', kind: 'labelled' },
  { name: 'subject317/dev', dir: fixtures('subject317', 'dev'), datasets: 'bundled+subject317', kind: 'labelled' },
  { name: 'subject318/dev', dir: fixtures('subject318', 'dev'), datasets: 'bundled+subject318', kind: 'labelled' },
  { name: 'subject319/dev', dir: fixtures('subject319', 'dev'), datasets: 'bundled+subject319', kind: 'labelled' },
  { name: 'subject320/dev', dir: fixtures('subject320', 'dev'), datasets: 'bundled+subject320', kind: 'labelled' },
  { name: 'subject321/dev', dir: fixtures('subject321', 'dev'), datasets: 'bundled+subject321', kind: 'labelled' },
  { name: 'subject322/dev', dir: fixtures('subject322', 'dev'), datasets: 'bundled+subject322', kind: 'labelled' },
  { name: 'subject323/dev', dir: fixtures('subject323', 'dev'), datasets: 'bundled+subject323', kind: 'labelled' },
  { name: 'subject324/dev', dir: fixtures('subject324', 'dev'), datasets: 'bundled+subject324', kind: 'labelled' },
  { name: 'subject325/dev', dir: fixtures('subject325', 'dev'), datasets: 'bundled+subject325', kind: 'labelled' },
  { name: 'subject326/dev', dir: fixtures('subject326', 'dev'), datasets: 'bundled+subject326', kind: 'labelled' },
  { name: 'subject327/dev', dir: fixtures('subject327', 'dev'), datasets: 'bundled+subject327', kind: 'labelled' },
  { name: 'subject328/dev', dir: fixtures('subject328', 'dev'), datasets: 'bundled+subject328', kind: 'labelled' },
  { name: 'subject329/dev', dir: fixtures('subject329', 'dev'), datasets: 'bundled+subject329', kind: 'labelled' },
  { name: 'subject330/dev', dir: fixtures('subject330', 'dev'), datasets: 'bundled+subject330', kind: 'labelled' },
  { name: 'subject331/dev', dir: fixtures('subject331', 'dev'), datasets: 'bundled+subject331', kind: 'labelled' },
  { name: 'subject332/dev', dir: fixtures('subject332', 'dev'), datasets: 'bundled+subject332', kind: 'labelled' },
  { name: 'subject333/dev', dir: fixtures('subject333', 'dev'), datasets: 'bundled+subject333', kind: 'labelled' },
  { name: 'subject334/dev', dir: fixtures('subject334', 'dev'), datasets: 'bundled+subject334', kind: 'labelled' },
  { name: 'subject335/dev', dir: fixtures('subject335', 'dev'), datasets: 'bundled+subject335', kind: 'labelled' },
  { name: 'subject336/dev', dir: fixtures('subject336', 'dev'), datasets: 'bundled+subject336', kind: 'labelled' },
  { name: 'subject337/dev', dir: fixtures('subject337', 'dev'), datasets: 'bundled+subject337', kind: 'labelled' },
  { name: 'subject338/dev', dir: fixtures('subject338', 'dev'), datasets: 'bundled+subject338', kind: 'labelled' },
  { name: 'subject339/dev', dir: fixtures('subject339', 'dev'), datasets: 'bundled+subject339', kind: 'labelled' },
  { name: 'subject340/dev', dir: fixtures('subject340', 'dev'), datasets: 'bundled+subject340', kind: 'labelled' },
  { name: 'subject341/dev', dir: fixtures('subject341', 'dev'), datasets: 'bundled+subject341', kind: 'labelled' },
  { name: 'subject342/dev', dir: fixtures('subject342', 'dev'), datasets: 'bundled+subject342', kind: 'labelled' },
  { name: 'subject343/dev', dir: fixtures('subject343', 'dev'), datasets: 'bundled+subject343', kind: 'labelled' },
  { name: 'subject344/dev', dir: fixtures('subject344', 'dev'), datasets: 'bundled+subject344', kind: 'labelled' },
  { name: 'subject345/dev', dir: fixtures('subject345', 'dev'), datasets: 'bundled+subject345', kind: 'labelled' },
  { name: 'subject346/dev', dir: fixtures('subject346', 'dev'), datasets: 'bundled+subject346', kind: 'labelled' },
  { name: 'subject347/dev', dir: fixtures('subject347', 'dev'), datasets: 'bundled+subject347', kind: 'labelled' },
  { name: 'subject348/dev', dir: fixtures('subject348', 'dev'), datasets: 'bundled+subject348', kind: 'labelled' },
  { name: 'subject349/dev', dir: fixtures('subject349', 'dev'), datasets: 'bundled+subject349', kind: 'labelled' },
  { name: 'subject350/dev', dir: fixtures('subject350', 'dev'), datasets: 'bundled+subject350', kind: 'labelled' },
  { name: 'subject351/dev', dir: fixtures('subject351', 'dev'), datasets: 'bundled+subject351', kind: 'labelled' },
  { name: 'subject352/dev', dir: fixtures('subject352', 'dev'), datasets: 'bundled+subject352', kind: 'labelled' },
  { name: 'subject353/dev', dir: fixtures('subject353', 'dev'), datasets: 'bundled+subject353', kind: 'labelled' },
  { name: 'subject354/dev', dir: fixtures('subject354', 'dev'), datasets: 'bundled+subject354', kind: 'labelled' },
  { name: 'subject355/dev', dir: fixtures('subject355', 'dev'), datasets: 'bundled+subject355', kind: 'labelled' },
  { name: 'subject356/dev', dir: fixtures('subject356', 'dev'), datasets: 'bundled+subject356', kind: 'labelled' },
  { name: 'subject357/dev', dir: fixtures('subject357', 'dev'), datasets: 'bundled+subject357', kind: 'labelled' },
  { name: 'subject358/dev', dir: fixtures('subject358', 'dev'), datasets: 'bundled+subject358', kind: 'labelled' },
  { name: 'subject359/dev', dir: fixtures('subject359', 'dev'), datasets: 'bundled+subject359', kind: 'labelled' },
  { name: 'subject360/dev', dir: fixtures('subject360', 'dev'), datasets: 'bundled+subject360', kind: 'labelled' },
  { name: 'subject361/dev', dir: fixtures('subject361', 'dev'), datasets: 'bundled+subject361', kind: 'labelled' },
  { name: 'subject362/dev', dir: fixtures('subject362', 'dev'), datasets: 'bundled+subject362', kind: 'labelled' },
  { name: 'subject363/dev', dir: fixtures('subject363', 'dev'), datasets: 'bundled+subject363', kind: 'labelled' },
  { name: 'subject364/dev', dir: fixtures('subject364', 'dev'), datasets: 'bundled+subject364', kind: 'labelled' },
  { name: 'subject365/dev', dir: fixtures('subject365', 'dev'), datasets: 'bundled+subject365', kind: 'labelled' },
  { name: 'subject366/dev', dir: fixtures('subject366', 'dev'), datasets: 'bundled+subject366', kind: 'labelled' },
  { name: 'subject367/dev', dir: fixtures('subject367', 'dev'), datasets: 'bundled+subject367', kind: 'labelled' },
  { name: 'subject368/dev', dir: fixtures('subject368', 'dev'), datasets: 'bundled+subject368', kind: 'labelled' },
  { name: 'subject369/dev', dir: fixtures('subject369', 'dev'), datasets: 'bundled+subject369', kind: 'labelled' },
  { name: 'subject370/dev', dir: fixtures('subject370', 'dev'), datasets: 'bundled+subject370', kind: 'labelled' },
  { name: 'subject371/dev', dir: fixtures('subject371', 'dev'), datasets: 'bundled+subject371', kind: 'labelled' },
  { name: 'subject372/dev', dir: fixtures('subject372', 'dev'), datasets: 'bundled+subject372', kind: 'labelled' },
  { name: 'subject373/dev', dir: fixtures('subject373', 'dev'), datasets: 'bundled+subject373', kind: 'labelled' },
  { name: 'subject374/dev', dir: fixtures('subject374', 'dev'), datasets: 'bundled+subject374', kind: 'labelled' },
  { name: 'subject375/dev', dir: fixtures('subject375', 'dev'), datasets: 'bundled+subject375', kind: 'labelled' },
  { name: 'subject376/dev', dir: fixtures('subject376', 'dev'), datasets: 'bundled+subject376', kind: 'labelled' },
  { name: 'subject377/dev', dir: fixtures('subject377', 'dev'), datasets: 'bundled+subject377', kind: 'labelled' },
  { name: 'subject378/dev', dir: fixtures('subject378', 'dev'), datasets: 'bundled+subject378', kind: 'labelled' },
  { name: 'subject379/dev', dir: fixtures('subject379', 'dev'), datasets: 'bundled+subject379', kind: 'labelled' },
  { name: 'subject380/dev', dir: fixtures('subject380', 'dev'), datasets: 'bundled+subject380', kind: 'labelled' },
  { name: 'subject381/dev', dir: fixtures('subject381', 'dev'), datasets: 'bundled+subject381', kind: 'labelled' },
  { name: 'subject382/dev', dir: fixtures('subject382', 'dev'), datasets: 'bundled+subject382', kind: 'labelled' },
  { name: 'subject383/dev', dir: fixtures('subject383', 'dev'), datasets: 'bundled+subject383', kind: 'labelled' },
  { name: 'subject384/dev', dir: fixtures('subject384', 'dev'), datasets: 'bundled+subject384', kind: 'labelled' },
  { name: 'subject385/dev', dir: fixtures('subject385', 'dev'), datasets: 'bundled+subject385', kind: 'labelled' },
  { name: 'subject386/dev', dir: fixtures('subject386', 'dev'), datasets: 'bundled+subject386', kind: 'labelled' },
  { name: 'subject387/dev', dir: fixtures('subject387', 'dev'), datasets: 'bundled+subject387', kind: 'labelled' },
  { name: 'subject388/dev', dir: fixtures('subject388', 'dev'), datasets: 'bundled+subject388', kind: 'labelled' },
  { name: 'subject389/dev', dir: fixtures('subject389', 'dev'), datasets: 'bundled+subject389', kind: 'labelled' },
  { name: 'subject390/dev', dir: fixtures('subject390', 'dev'), datasets: 'bundled+subject390', kind: 'labelled' },
  { name: 'subject391/dev', dir: fixtures('subject391', 'dev'), datasets: 'bundled+subject391', kind: 'labelled' },
  { name: 'subject392/dev', dir: fixtures('subject392', 'dev'), datasets: 'bundled+subject392', kind: 'labelled' },
  { name: 'subject393/dev', dir: fixtures('subject393', 'dev'), datasets: 'bundled+subject393', kind: 'labelled' },
  { name: 'subject394/dev', dir: fixtures('subject394', 'dev'), datasets: 'bundled+subject394', kind: 'labelled' },
  { name: 'subject395/dev', dir: fixtures('subject395', 'dev'), datasets: 'bundled+subject395', kind: 'labelled' },
  { name: 'subject396/dev', dir: fixtures('subject396', 'dev'), datasets: 'bundled+subject396', kind: 'labelled' },
  { name: 'subject397/dev', dir: fixtures('subject397', 'dev'), datasets: 'bundled+subject397', kind: 'labelled' },
  { name: 'subject398/dev', dir: fixtures('subject398', 'dev'), datasets: 'bundled+subject398', kind: 'labelled' },
  { name: 'subject399/dev', dir: fixtures('subject399', 'dev'), datasets: 'bundled+subject399', kind: 'labelled' },
  { name: 'subject400/dev', dir: fixtures('subject400', 'dev'), datasets: 'bundled+subject400', kind: 'labelled' },
  { name: 'subject401/dev', dir: fixtures('subject401', 'dev'), datasets: 'bundled+subject401', kind: 'labelled' },
  { name: 'subject402/dev', dir: fixtures('subject402', 'dev'), datasets: 'bundled+subject402', kind: 'labelled' },
  { name: 'subject403/dev', dir: fixtures('subject403', 'dev'), datasets: 'bundled+subject403', kind: 'labelled' },
  { name: 'subject404/dev', dir: fixtures('subject404', 'dev'), datasets: 'bundled+subject404', kind: 'labelled' },
  { name: 'subject405/dev', dir: fixtures('subject405', 'dev'), datasets: 'bundled+subject405', kind: 'labelled' },
  { name: 'subject406/dev', dir: fixtures('subject406', 'dev'), datasets: 'bundled+subject406', kind: 'labelled' },
  { name: 'subject407/dev', dir: fixtures('subject407', 'dev'), datasets: 'bundled+subject407', kind: 'labelled' },
  { name: 'subject408/dev', dir: fixtures('subject408', 'dev'), datasets: 'bundled+subject408', kind: 'labelled' },
  { name: 'subject409/dev', dir: fixtures('subject409', 'dev'), datasets: 'bundled+subject409', kind: 'labelled' },
  { name: 'subject410/dev', dir: fixtures('subject410', 'dev'), datasets: 'bundled+subject410', kind: 'labelled' },
  { name: 'subject411/dev', dir: fixtures('subject411', 'dev'), datasets: 'bundled+subject411', kind: 'labelled' },
  { name: 'subject412/dev', dir: fixtures('subject412', 'dev'), datasets: 'bundled+subject412', kind: 'labelled' },
  { name: 'subject413/dev', dir: fixtures('subject413', 'dev'), datasets: 'bundled+subject413', kind: 'labelled' },
  { name: 'subject414/dev', dir: fixtures('subject414', 'dev'), datasets: 'bundled+subject414', kind: 'labelled' },
  { name: 'subject415/dev', dir: fixtures('subject415', 'dev'), datasets: 'bundled+subject415', kind: 'labelled' },
  { name: 'subject416/dev', dir: fixtures('subject416', 'dev'), datasets: 'bundled+subject416', kind: 'labelled' },
  { name: 'subject417/dev', dir: fixtures('subject417', 'dev'), datasets: 'bundled+subject417', kind: 'labelled' },
  { name: 'subject418/dev', dir: fixtures('subject418', 'dev'), datasets: 'bundled+subject418', kind: 'labelled' },
  { name: 'subject419/dev', dir: fixtures('subject419', 'dev'), datasets: 'bundled+subject419', kind: 'labelled' },
  { name: 'subject420/dev', dir: fixtures('subject420', 'dev'), datasets: 'bundled+subject420', kind: 'labelled' },
  { name: 'subject421/dev', dir: fixtures('subject421', 'dev'), datasets: 'bundled+subject421', kind: 'labelled' },
  { name: 'subject422/dev', dir: fixtures('subject422', 'dev'), datasets: 'bundled+subject422', kind: 'labelled' },
  { name: 'subject423/dev', dir: fixtures('subject423', 'dev'), datasets: 'bundled+subject423', kind: 'labelled' },
  { name: 'subject424/dev', dir: fixtures('subject424', 'dev'), datasets: 'bundled+subject424', kind: 'labelled' },
  { name: 'subject425/dev', dir: fixtures('subject425', 'dev'), datasets: 'bundled+subject425', kind: 'labelled' },
  { name: 'subject426/dev', dir: fixtures('subject426', 'dev'), datasets: 'bundled+subject426', kind: 'labelled' },
  { name: 'subject427/dev', dir: fixtures('subject427', 'dev'), datasets: 'bundled+subject427', kind: 'labelled' },
  { name: 'subject428/dev', dir: fixtures('subject428', 'dev'), datasets: 'bundled+subject428', kind: 'labelled' },
  { name: 'subject429/dev', dir: fixtures('subject429', 'dev'), datasets: 'bundled+subject429', kind: 'labelled' },
  { name: 'subject430/dev', dir: fixtures('subject430', 'dev'), datasets: 'bundled+subject430', kind: 'labelled' },
  { name: 'subject431/dev', dir: fixtures('subject431', 'dev'), datasets: 'bundled+subject431', kind: 'labelled' },
  { name: 'subject432/dev', dir: fixtures('subject432', 'dev'), datasets: 'bundled+subject432', kind: 'labelled' },
  { name: 'subject433/dev', dir: fixtures('subject433', 'dev'), datasets: 'bundled+subject433', kind: 'labelled' },
  { name: 'subject434/dev', dir: fixtures('subject434', 'dev'), datasets: 'bundled+subject434', kind: 'labelled' },
  { name: 'subject435/dev', dir: fixtures('subject435', 'dev'), datasets: 'bundled+subject435', kind: 'labelled' },
  { name: 'subject436/dev', dir: fixtures('subject436', 'dev'), datasets: 'bundled+subject436', kind: 'labelled' },
  { name: 'subject437/dev', dir: fixtures('subject437', 'dev'), datasets: 'bundled+subject437', kind: 'labelled' },
  { name: 'subject438/dev', dir: fixtures('subject438', 'dev'), datasets: 'bundled+subject438', kind: 'labelled' },
  { name: 'subject439/dev', dir: fixtures('subject439', 'dev'), datasets: 'bundled+subject439', kind: 'labelled' },
  { name: 'subject440/dev', dir: fixtures('subject440', 'dev'), datasets: 'bundled+subject440', kind: 'labelled' },
  { name: 'subject441/dev', dir: fixtures('subject441', 'dev'), datasets: 'bundled+subject441', kind: 'labelled' },
  { name: 'subject442/dev', dir: fixtures('subject442', 'dev'), datasets: 'bundled+subject442', kind: 'labelled' },
  { name: 'subject443/dev', dir: fixtures('subject443', 'dev'), datasets: 'bundled+subject443', kind: 'labelled' },
  { name: 'subject444/dev', dir: fixtures('subject444', 'dev'), datasets: 'bundled+subject444', kind: 'labelled' },
  { name: 'subject445/dev', dir: fixtures('subject445', 'dev'), datasets: 'bundled+subject445', kind: 'labelled' },
  { name: 'subject446/dev', dir: fixtures('subject446', 'dev'), datasets: 'bundled+subject446', kind: 'labelled' },
  { name: 'subject447/dev', dir: fixtures('subject447', 'dev'), datasets: 'bundled+subject447', kind: 'labelled' },
  { name: 'subject448/dev', dir: fixtures('subject448', 'dev'), datasets: 'bundled+subject448', kind: 'labelled' },
  { name: 'subject449/dev', dir: fixtures('subject449', 'dev'), datasets: 'bundled+subject449', kind: 'labelled' },
  { name: 'subject450/dev', dir: fixtures('subject450', 'dev'), datasets: 'bundled+subject450', kind: 'labelled' },
  { name: 'subject451/dev', dir: fixtures('subject451', 'dev'), datasets: 'bundled+subject451', kind: 'labelled' },
  { name: 'subject452/dev', dir: fixtures('subject452', 'dev'), datasets: 'bundled+subject452', kind: 'labelled' },
  { name: 'subject453/dev', dir: fixtures('subject453', 'dev'), datasets: 'bundled+subject453', kind: 'labelled' },
  { name: 'subject454/dev', dir: fixtures('subject454', 'dev'), datasets: 'bundled+subject454', kind: 'labelled' },
  { name: 'subject455/dev', dir: fixtures('subject455', 'dev'), datasets: 'bundled+subject455', kind: 'labelled' },
  { name: 'subject456/dev', dir: fixtures('subject456', 'dev'), datasets: 'bundled+subject456', kind: 'labelled' },
  { name: 'subject457/dev', dir: fixtures('subject457', 'dev'), datasets: 'bundled+subject457', kind: 'labelled' },
  { name: 'subject458/dev', dir: fixtures('subject458', 'dev'), datasets: 'bundled+subject458', kind: 'labelled' },
  { name: 'subject459/dev', dir: fixtures('subject459', 'dev'), datasets: 'bundled+subject459', kind: 'labelled' },
  { name: 'subject460/dev', dir: fixtures('subject460', 'dev'), datasets: 'bundled+subject460', kind: 'labelled' },
  { name: 'subject461/dev', dir: fixtures('subject461', 'dev'), datasets: 'bundled+subject461', kind: 'labelled' },
  { name: 'subject462/dev', dir: fixtures('subject462', 'dev'), datasets: 'bundled+subject462', kind: 'labelled' },
  { name: 'subject463/dev', dir: fixtures('subject463', 'dev'), datasets: 'bundled+subject463', kind: 'labelled' },
  { name: 'subject464/dev', dir: fixtures('subject464', 'dev'), datasets: 'bundled+subject464', kind: 'labelled' },
  { name: 'subject465/dev', dir: fixtures('subject465', 'dev'), datasets: 'bundled+subject465', kind: 'labelled' },
  { name: 'subject466/dev', dir: fixtures('subject466', 'dev'), datasets: 'bundled+subject466', kind: 'labelled' },
  { name: 'subject467/dev', dir: fixtures('subject467', 'dev'), datasets: 'bundled+subject467', kind: 'labelled' },
  { name: 'subject468/dev', dir: fixtures('subject468', 'dev'), datasets: 'bundled+subject468', kind: 'labelled' },
  { name: 'subject469/dev', dir: fixtures('subject469', 'dev'), datasets: 'bundled+subject469', kind: 'labelled' },
  { name: 'subject470/dev', dir: fixtures('subject470', 'dev'), datasets: 'bundled+subject470', kind: 'labelled' },
  { name: 'subject471/dev', dir: fixtures('subject471', 'dev'), datasets: 'bundled+subject471', kind: 'labelled' },
  { name: 'subject472/dev', dir: fixtures('subject472', 'dev'), datasets: 'bundled+subject472', kind: 'labelled' },
  { name: 'subject473/dev', dir: fixtures('subject473', 'dev'), datasets: 'bundled+subject473', kind: 'labelled' },
  { name: 'subject474/dev', dir: fixtures('subject474', 'dev'), datasets: 'bundled+subject474', kind: 'labelled' },
  { name: 'subject475/dev', dir: fixtures('subject475', 'dev'), datasets: 'bundled+subject475', kind: 'labelled' },
  { name: 'subject476/dev', dir: fixtures('subject476', 'dev'), datasets: 'bundled+subject476', kind: 'labelled' },
  { name: 'subject477/dev', dir: fixtures('subject477', 'dev'), datasets: 'bundled+subject477', kind: 'labelled' },
  { name: 'subject478/dev', dir: fixtures('subject478', 'dev'), datasets: 'bundled+subject478', kind: 'labelled' },
  { name: 'subject479/dev', dir: fixtures('subject479', 'dev'), datasets: 'bundled+subject479', kind: 'labelled' },
  { name: 'subject480/dev', dir: fixtures('subject480', 'dev'), datasets: 'bundled+subject480', kind: 'labelled' },
  { name: 'subject481/dev', dir: fixtures('subject481', 'dev'), datasets: 'bundled+subject481', kind: 'labelled' },
  { name: 'subject482/dev', dir: fixtures('subject482', 'dev'), datasets: 'bundled+subject482', kind: 'labelled' },
  { name: 'subject483/dev', dir: fixtures('subject483', 'dev'), datasets: 'bundled+subject483', kind: 'labelled' },
  { name: 'subject484/dev', dir: fixtures('subject484', 'dev'), datasets: 'bundled+subject484', kind: 'labelled' },
  { name: 'subject485/dev', dir: fixtures('subject485', 'dev'), datasets: 'bundled+subject485', kind: 'labelled' },
  { name: 'subject486/dev', dir: fixtures('subject486', 'dev'), datasets: 'bundled+subject486', kind: 'labelled' },
  { name: 'subject487/dev', dir: fixtures('subject487', 'dev'), datasets: 'bundled+subject487', kind: 'labelled' },
  { name: 'subject488/dev', dir: fixtures('subject488', 'dev'), datasets: 'bundled+subject488', kind: 'labelled' },
  { name: 'subject489/dev', dir: fixtures('subject489', 'dev'), datasets: 'bundled+subject489', kind: 'labelled' },
  { name: 'subject490/dev', dir: fixtures('subject490', 'dev'), datasets: 'bundled+subject490', kind: 'labelled' },
  { name: 'subject491/dev', dir: fixtures('subject491', 'dev'), datasets: 'bundled+subject491', kind: 'labelled' },
  { name: 'subject492/dev', dir: fixtures('subject492', 'dev'), datasets: 'bundled+subject492', kind: 'labelled' },
  { name: 'subject493/dev', dir: fixtures('subject493', 'dev'), datasets: 'bundled+subject493', kind: 'labelled' },
  { name: 'subject494/dev', dir: fixtures('subject494', 'dev'), datasets: 'bundled+subject494', kind: 'labelled' },
  { name: 'subject495/dev', dir: fixtures('subject495', 'dev'), datasets: 'bundled+subject495', kind: 'labelled' },
  { name: 'subject496/dev', dir: fixtures('subject496', 'dev'), datasets: 'bundled+subject496', kind: 'labelled' },
  { name: 'subject497/dev', dir: fixtures('subject497', 'dev'), datasets: 'bundled+subject497', kind: 'labelled' },
  { name: 'subject124/dev', dir: fixtures('subject124', 'dev'), datasets: 'bundled+subject124', kind: 'labelled' },
  { name: 'subject123/dev', dir: fixtures('subject123', 'dev'), datasets: 'bundled+subject123', kind: 'labelled' },
  { name: 'subject122/dev', dir: fixtures('subject122', 'dev'), datasets: 'bundled+subject122', kind: 'labelled' },
  { name: 'subject121/dev', dir: fixtures('subject121', 'dev'), datasets: 'bundled+subject121', kind: 'labelled' },
  { name: 'subject119/dev', dir: fixtures('subject119', 'dev'), datasets: 'bundled+subject119', kind: 'labelled' },
  { name: 'subject120/dev', dir: fixtures('subject120', 'dev'), datasets: 'bundled+subject120', kind: 'labelled' },
  { name: 'subject118/dev', dir: fixtures('subject118', 'dev'), datasets: 'bundled+subject118', kind: 'labelled' },
  { name: 'subject116/dev', dir: fixtures('subject116', 'dev'), datasets: 'bundled+subject116', kind: 'labelled' },
  { name: 'real cameras/dev', dir: articles('cameras', 'dev'), datasets: 'bundled', kind: 'real', verifiedAreWrong: true },
  { name: 'real subject2/dev', dir: articles('subject2', 'dev'), datasets: 'bundled+subject2', kind: 'real' },
];

/** Held-back halves: scored once, at the end. */
export const HELDOUT_CORPORA: Corpus[] = [
  { name: 'holdout4/heldout', dir: fixtures('holdout4', 'heldout'), datasets: 'bundled', kind: 'labelled' },
  { name: 'subject2/heldout', dir: fixtures('subject2', 'heldout'), datasets: 'bundled+subject2', kind: 'labelled' },
  { name: 'subject3/heldout', dir: fixtures('subject3', 'heldout'), datasets: 'bundled+subject3', kind: 'labelled' },
  { name: 'subject4/heldout', dir: fixtures('subject4', 'heldout'), datasets: 'bundled+subject4', kind: 'labelled' },
  { name: 'subject5/heldout', dir: fixtures('subject5', 'heldout'), datasets: 'bundled+subject5', kind: 'labelled' },
  { name: 'subject6/heldout', dir: fixtures('subject6', 'heldout'), datasets: 'bundled+subject6', kind: 'labelled' },
  { name: 'subject7/heldout', dir: fixtures('subject7', 'heldout'), datasets: 'bundled+subject7', kind: 'labelled' },
  { name: 'subject8/heldout', dir: fixtures('subject8', 'heldout'), datasets: 'bundled+subject8', kind: 'labelled' },
  { name: 'subject9/heldout', dir: fixtures('subject9', 'heldout'), datasets: 'bundled+subject9', kind: 'labelled' },
  { name: 'subject10/heldout', dir: fixtures('subject10', 'heldout'), datasets: 'bundled+subject10', kind: 'labelled' },
  { name: 'subject11/heldout', dir: fixtures('subject11', 'heldout'), datasets: 'bundled+subject11', kind: 'labelled' },
  { name: 'subject12/heldout', dir: fixtures('subject12', 'heldout'), datasets: 'bundled+subject12', kind: 'labelled' },
  { name: 'subject13/heldout', dir: fixtures('subject13', 'heldout'), datasets: 'bundled+subject13', kind: 'labelled' },
  { name: 'subject14/heldout', dir: fixtures('subject14', 'heldout'), datasets: 'bundled+subject14', kind: 'labelled' },
  { name: 'subject15/heldout', dir: fixtures('subject15', 'heldout'), datasets: 'bundled+subject15', kind: 'labelled' },
  { name: 'subject16/heldout', dir: fixtures('subject16', 'heldout'), datasets: 'bundled+subject16', kind: 'labelled' },
  { name: 'subject17/heldout', dir: fixtures('subject17', 'heldout'), datasets: 'bundled+subject17', kind: 'labelled' },
  { name: 'subject18/heldout', dir: fixtures('subject18', 'heldout'), datasets: 'bundled+subject18', kind: 'labelled' },
  { name: 'subject19/heldout', dir: fixtures('subject19', 'heldout'), datasets: 'bundled+subject19', kind: 'labelled' },
  { name: 'subject20/heldout', dir: fixtures('subject20', 'heldout'), datasets: 'bundled+subject20', kind: 'labelled' },
  { name: 'subject21/heldout', dir: fixtures('subject21', 'heldout'), datasets: 'bundled+subject21', kind: 'labelled' },
  { name: 'subject22/heldout', dir: fixtures('subject22', 'heldout'), datasets: 'bundled+subject22', kind: 'labelled' },
  { name: 'subject23/heldout', dir: fixtures('subject23', 'heldout'), datasets: 'bundled+subject23', kind: 'labelled' },
  { name: 'subject24/heldout', dir: fixtures('subject24', 'heldout'), datasets: 'bundled+subject24', kind: 'labelled' },
  { name: 'subject25/heldout', dir: fixtures('subject25', 'heldout'), datasets: 'bundled+subject25', kind: 'labelled' },
  { name: 'subject26/heldout', dir: fixtures('subject26', 'heldout'), datasets: 'bundled+subject26', kind: 'labelled' },
  { name: 'subject27/heldout', dir: fixtures('subject27', 'heldout'), datasets: 'bundled+subject27', kind: 'labelled' },
  { name: 'subject28/heldout', dir: fixtures('subject28', 'heldout'), datasets: 'bundled+subject28', kind: 'labelled' },
  { name: 'subject29/heldout', dir: fixtures('subject29', 'heldout'), datasets: 'bundled+subject29', kind: 'labelled' },
  { name: 'subject30/heldout', dir: fixtures('subject30', 'heldout'), datasets: 'bundled+subject30', kind: 'labelled' },
  { name: 'subject31/heldout', dir: fixtures('subject31', 'heldout'), datasets: 'bundled+subject31', kind: 'labelled' },
  { name: 'subject32/heldout', dir: fixtures('subject32', 'heldout'), datasets: 'bundled+subject32', kind: 'labelled' },
  { name: 'subject33/heldout', dir: fixtures('subject33', 'heldout'), datasets: 'bundled+subject33', kind: 'labelled' },
  { name: 'subject34/heldout', dir: fixtures('subject34', 'heldout'), datasets: 'bundled+subject34', kind: 'labelled' },
  { name: 'subject35/heldout', dir: fixtures('subject35', 'heldout'), datasets: 'bundled+subject35', kind: 'labelled' },
  { name: 'subject36/heldout', dir: fixtures('subject36', 'heldout'), datasets: 'bundled+subject36', kind: 'labelled' },
  { name: 'subject37/heldout', dir: fixtures('subject37', 'heldout'), datasets: 'bundled+subject37', kind: 'labelled' },
  { name: 'subject38/heldout', dir: fixtures('subject38', 'heldout'), datasets: 'bundled+subject38', kind: 'labelled' },
  { name: 'subject39/heldout', dir: fixtures('subject39', 'heldout'), datasets: 'bundled+subject39', kind: 'labelled' },
  { name: 'subject40/heldout', dir: fixtures('subject40', 'heldout'), datasets: 'bundled+subject40', kind: 'labelled' },
  { name: 'subject41/heldout', dir: fixtures('subject41', 'heldout'), datasets: 'bundled+subject41', kind: 'labelled' },
  { name: 'subject42/heldout', dir: fixtures('subject42', 'heldout'), datasets: 'bundled+subject42', kind: 'labelled' },
  { name: 'subject43/heldout', dir: fixtures('subject43', 'heldout'), datasets: 'bundled+subject43', kind: 'labelled' },
  { name: 'subject44/heldout', dir: fixtures('subject44', 'heldout'), datasets: 'bundled+subject44', kind: 'labelled' },
  { name: 'subject45/heldout', dir: fixtures('subject45', 'heldout'), datasets: 'bundled+subject45', kind: 'labelled' },
  { name: 'subject46/heldout', dir: fixtures('subject46', 'heldout'), datasets: 'bundled+subject46', kind: 'labelled' },
  { name: 'subject47/heldout', dir: fixtures('subject47', 'heldout'), datasets: 'bundled+subject47', kind: 'labelled' },
  { name: 'subject48/heldout', dir: fixtures('subject48', 'heldout'), datasets: 'bundled+subject48', kind: 'labelled' },
  { name: 'subject49/heldout', dir: fixtures('subject49', 'heldout'), datasets: 'bundled+subject49', kind: 'labelled' },
  { name: 'subject50/heldout', dir: fixtures('subject50', 'heldout'), datasets: 'bundled+subject50', kind: 'labelled' },
  { name: 'subject51/heldout', dir: fixtures('subject51', 'heldout'), datasets: 'bundled+subject51', kind: 'labelled' },
  { name: 'subject52/heldout', dir: fixtures('subject52', 'heldout'), datasets: 'bundled+subject52', kind: 'labelled' },
  { name: 'subject53/heldout', dir: fixtures('subject53', 'heldout'), datasets: 'bundled+subject53', kind: 'labelled' },
  { name: 'subject54/heldout', dir: fixtures('subject54', 'heldout'), datasets: 'bundled+subject54', kind: 'labelled' },
  { name: 'subject55/heldout', dir: fixtures('subject55', 'heldout'), datasets: 'bundled+subject55', kind: 'labelled' },
  { name: 'subject56/heldout', dir: fixtures('subject56', 'heldout'), datasets: 'bundled+subject56', kind: 'labelled' },
  { name: 'subject57/heldout', dir: fixtures('subject57', 'heldout'), datasets: 'bundled+subject57', kind: 'labelled' },
  { name: 'subject58/heldout', dir: fixtures('subject58', 'heldout'), datasets: 'bundled+subject58', kind: 'labelled' },
  { name: 'subject59/heldout', dir: fixtures('subject59', 'heldout'), datasets: 'bundled+subject59', kind: 'labelled' },
  { name: 'subject60/heldout', dir: fixtures('subject60', 'heldout'), datasets: 'bundled+subject60', kind: 'labelled' },
  { name: 'subject61/heldout', dir: fixtures('subject61', 'heldout'), datasets: 'bundled+subject61', kind: 'labelled' },
  { name: 'subject62/heldout', dir: fixtures('subject62', 'heldout'), datasets: 'bundled+subject62', kind: 'labelled' },
  { name: 'subject63/heldout', dir: fixtures('subject63', 'heldout'), datasets: 'bundled+subject63', kind: 'labelled' },
  { name: 'subject64/heldout', dir: fixtures('subject64', 'heldout'), datasets: 'bundled+subject64', kind: 'labelled' },
  { name: 'subject65/heldout', dir: fixtures('subject65', 'heldout'), datasets: 'bundled+subject65', kind: 'labelled' },
  { name: 'subject66/heldout', dir: fixtures('subject66', 'heldout'), datasets: 'bundled+subject66', kind: 'labelled' },
  { name: 'subject67/heldout', dir: fixtures('subject67', 'heldout'), datasets: 'bundled+subject67', kind: 'labelled' },
  { name: 'subject68/heldout', dir: fixtures('subject68', 'heldout'), datasets: 'bundled+subject68', kind: 'labelled' },
  { name: 'subject69/heldout', dir: fixtures('subject69', 'heldout'), datasets: 'bundled+subject69', kind: 'labelled' },
  { name: 'subject70/heldout', dir: fixtures('subject70', 'heldout'), datasets: 'bundled+subject70', kind: 'labelled' },
  { name: 'subject71/heldout', dir: fixtures('subject71', 'heldout'), datasets: 'bundled+subject71', kind: 'labelled' },
  { name: 'subject72/heldout', dir: fixtures('subject72', 'heldout'), datasets: 'bundled+subject72', kind: 'labelled' },
  { name: 'subject73/heldout', dir: fixtures('subject73', 'heldout'), datasets: 'bundled+subject73', kind: 'labelled' },
  { name: 'subject74/heldout', dir: fixtures('subject74', 'heldout'), datasets: 'bundled+subject74', kind: 'labelled' },
  { name: 'subject75/heldout', dir: fixtures('subject75', 'heldout'), datasets: 'bundled+subject75', kind: 'labelled' },
  { name: 'subject76/heldout', dir: fixtures('subject76', 'heldout'), datasets: 'bundled+subject76', kind: 'labelled' },
  { name: 'subject77/heldout', dir: fixtures('subject77', 'heldout'), datasets: 'bundled+subject77', kind: 'labelled' },
  { name: 'subject80/heldout', dir: fixtures('subject80', 'heldout'), datasets: 'bundled+subject80', kind: 'labelled' },
  { name: 'subject78/heldout', dir: fixtures('subject78', 'heldout'), datasets: 'bundled+subject78', kind: 'labelled' },
  { name: 'subject79/heldout', dir: fixtures('subject79', 'heldout'), datasets: 'bundled+subject79', kind: 'labelled' },
  { name: 'subject82/heldout', dir: fixtures('subject82', 'heldout'), datasets: 'bundled+subject82', kind: 'labelled' },
  { name: 'subject84/heldout', dir: fixtures('subject84', 'heldout'), datasets: 'bundled+subject84', kind: 'labelled' },
  { name: 'subject85/heldout', dir: fixtures('subject85', 'heldout'), datasets: 'bundled+subject85', kind: 'labelled' },
  { name: 'subject81/heldout', dir: fixtures('subject81', 'heldout'), datasets: 'bundled+subject81', kind: 'labelled' },
  { name: 'subject83/heldout', dir: fixtures('subject83', 'heldout'), datasets: 'bundled+subject83', kind: 'labelled' },
  { name: 'subject86/heldout', dir: fixtures('subject86', 'heldout'), datasets: 'bundled+subject86', kind: 'labelled' },
  { name: 'subject92/heldout', dir: fixtures('subject92', 'heldout'), datasets: 'bundled+subject92', kind: 'labelled' },
  { name: 'subject88/heldout', dir: fixtures('subject88', 'heldout'), datasets: 'bundled+subject88', kind: 'labelled' },
  { name: 'subject89/heldout', dir: fixtures('subject89', 'heldout'), datasets: 'bundled+subject89', kind: 'labelled' },
  { name: 'subject87/heldout', dir: fixtures('subject87', 'heldout'), datasets: 'bundled+subject87', kind: 'labelled' },
  { name: 'subject91/heldout', dir: fixtures('subject91', 'heldout'), datasets: 'bundled+subject91', kind: 'labelled' },
  { name: 'subject90/heldout', dir: fixtures('subject90', 'heldout'), datasets: 'bundled+subject90', kind: 'labelled' },
  { name: 'subject93/heldout', dir: fixtures('subject93', 'heldout'), datasets: 'bundled+subject93', kind: 'labelled' },
  { name: 'subject94/heldout', dir: fixtures('subject94', 'heldout'), datasets: 'bundled+subject94', kind: 'labelled' },
  { name: 'subject95/heldout', dir: fixtures('subject95', 'heldout'), datasets: 'bundled+subject95', kind: 'labelled' },
  { name: 'subject96/heldout', dir: fixtures('subject96', 'heldout'), datasets: 'bundled+subject96', kind: 'labelled' },
  { name: 'subject97/heldout', dir: fixtures('subject97', 'heldout'), datasets: 'bundled+subject97', kind: 'labelled' },
  { name: 'subject98/heldout', dir: fixtures('subject98', 'heldout'), datasets: 'bundled+subject98', kind: 'labelled' },
  { name: 'subject99/heldout', dir: fixtures('subject99', 'heldout'), datasets: 'bundled+subject99', kind: 'labelled' },
  { name: 'subject100/heldout', dir: fixtures('subject100', 'heldout'), datasets: 'bundled+subject100', kind: 'labelled' },
  { name: 'subject102/heldout', dir: fixtures('subject102', 'heldout'), datasets: 'bundled+subject102', kind: 'labelled' },
  { name: 'subject101/heldout', dir: fixtures('subject101', 'heldout'), datasets: 'bundled+subject101', kind: 'labelled' },
  { name: 'subject106/heldout', dir: fixtures('subject106', 'heldout'), datasets: 'bundled+subject106', kind: 'labelled' },
  { name: 'subject107/heldout', dir: fixtures('subject107', 'heldout'), datasets: 'bundled+subject107', kind: 'labelled' },
  { name: 'subject104/heldout', dir: fixtures('subject104', 'heldout'), datasets: 'bundled+subject104', kind: 'labelled' },
  { name: 'subject103/heldout', dir: fixtures('subject103', 'heldout'), datasets: 'bundled+subject103', kind: 'labelled' },
  { name: 'subject105/heldout', dir: fixtures('subject105', 'heldout'), datasets: 'bundled+subject105', kind: 'labelled' },
  { name: 'subject108/heldout', dir: fixtures('subject108', 'heldout'), datasets: 'bundled+subject108', kind: 'labelled' },
  { name: 'subject109/heldout', dir: fixtures('subject109', 'heldout'), datasets: 'bundled+subject109', kind: 'labelled' },
  { name: 'subject110/heldout', dir: fixtures('subject110', 'heldout'), datasets: 'bundled+subject110', kind: 'labelled' },
  { name: 'subject111/heldout', dir: fixtures('subject111', 'heldout'), datasets: 'bundled+subject111', kind: 'labelled' },
  { name: 'subject112/heldout', dir: fixtures('subject112', 'heldout'), datasets: 'bundled+subject112', kind: 'labelled' },
  { name: 'subject113/heldout', dir: fixtures('subject113', 'heldout'), datasets: 'bundled+subject113', kind: 'labelled' },
  { name: 'subject114/heldout', dir: fixtures('subject114', 'heldout'), datasets: 'bundled+subject114', kind: 'labelled' },
  { name: 'subject115/heldout', dir: fixtures('subject115', 'heldout'), datasets: 'bundled+subject115', kind: 'labelled' },
  { name: 'subject117/heldout', dir: fixtures('subject117', 'heldout'), datasets: 'bundled+subject117', kind: 'labelled' },
  { name: 'subject125/heldout', dir: fixtures('subject125', 'heldout'), datasets: 'bundled+subject125', kind: 'labelled' },
  { name: 'subject126/heldout', dir: fixtures('subject126', 'heldout'), datasets: 'bundled+subject126', kind: 'labelled' },
  { name: 'subject127/heldout', dir: fixtures('subject127', 'heldout'), datasets: 'bundled+subject127', kind: 'labelled' },
  { name: 'subject128/heldout', dir: fixtures('subject128', 'heldout'), datasets: 'bundled+subject128', kind: 'labelled' },
  { name: 'subject129/heldout', dir: fixtures('subject129', 'heldout'), datasets: 'bundled+subject129', kind: 'labelled' },
  { name: 'subject130/heldout', dir: fixtures('subject130', 'heldout'), datasets: 'bundled+subject130', kind: 'labelled' },
  { name: 'subject131/heldout', dir: fixtures('subject131', 'heldout'), datasets: 'bundled+subject131', kind: 'labelled' },
  { name: 'subject132/heldout', dir: fixtures('subject132', 'heldout'), datasets: 'bundled+subject132', kind: 'labelled' },
  { name: 'subject133/heldout', dir: fixtures('subject133', 'heldout'), datasets: 'bundled+subject133', kind: 'labelled' },
  { name: 'subject134/heldout', dir: fixtures('subject134', 'heldout'), datasets: 'bundled+subject134', kind: 'labelled' },
  { name: 'subject135/heldout', dir: fixtures('subject135', 'heldout'), datasets: 'bundled+subject135', kind: 'labelled' },
  { name: 'subject136/heldout', dir: fixtures('subject136', 'heldout'), datasets: 'bundled+subject136', kind: 'labelled' },
  { name: 'subject137/heldout', dir: fixtures('subject137', 'heldout'), datasets: 'bundled+subject137', kind: 'labelled' },
  { name: 'subject138/heldout', dir: fixtures('subject138', 'heldout'), datasets: 'bundled+subject138', kind: 'labelled' },
  { name: 'subject139/heldout', dir: fixtures('subject139', 'heldout'), datasets: 'bundled+subject139', kind: 'labelled' },
  { name: 'subject140/heldout', dir: fixtures('subject140', 'heldout'), datasets: 'bundled+subject140', kind: 'labelled' },
  { name: 'subject141/heldout', dir: fixtures('subject141', 'heldout'), datasets: 'bundled+subject141', kind: 'labelled' },
  { name: 'subject142/heldout', dir: fixtures('subject142', 'heldout'), datasets: 'bundled+subject142', kind: 'labelled' },
  { name: 'subject143/heldout', dir: fixtures('subject143', 'heldout'), datasets: 'bundled+subject143', kind: 'labelled' },
  { name: 'subject144/heldout', dir: fixtures('subject144', 'heldout'), datasets: 'bundled+subject144', kind: 'labelled' },
  { name: 'subject145/heldout', dir: fixtures('subject145', 'heldout'), datasets: 'bundled+subject145', kind: 'labelled' },
  { name: 'subject146/heldout', dir: fixtures('subject146', 'heldout'), datasets: 'bundled+subject146', kind: 'labelled' },
  { name: 'subject147/heldout', dir: fixtures('subject147', 'heldout'), datasets: 'bundled+subject147', kind: 'labelled' },
  { name: 'subject148/heldout', dir: fixtures('subject148', 'heldout'), datasets: 'bundled+subject148', kind: 'labelled' },
  { name: 'subject149/heldout', dir: fixtures('subject149', 'heldout'), datasets: 'bundled+subject149', kind: 'labelled' },
  { name: 'subject150/heldout', dir: fixtures('subject150', 'heldout'), datasets: 'bundled+subject150', kind: 'labelled' },
  { name: 'subject151/heldout', dir: fixtures('subject151', 'heldout'), datasets: 'bundled+subject151', kind: 'labelled' },
  { name: 'subject152/heldout', dir: fixtures('subject152', 'heldout'), datasets: 'bundled+subject152', kind: 'labelled' },
  { name: 'subject153/heldout', dir: fixtures('subject153', 'heldout'), datasets: 'bundled+subject153', kind: 'labelled' },
  { name: 'subject154/heldout', dir: fixtures('subject154', 'heldout'), datasets: 'bundled+subject154', kind: 'labelled' },
  { name: 'subject155/heldout', dir: fixtures('subject155', 'heldout'), datasets: 'bundled+subject155', kind: 'labelled' },
  { name: 'subject156/heldout', dir: fixtures('subject156', 'heldout'), datasets: 'bundled+subject156', kind: 'labelled' },
  { name: 'subject157/heldout', dir: fixtures('subject157', 'heldout'), datasets: 'bundled+subject157', kind: 'labelled' },
  { name: 'subject158/heldout', dir: fixtures('subject158', 'heldout'), datasets: 'bundled+subject158', kind: 'labelled' },
  { name: 'subject159/heldout', dir: fixtures('subject159', 'heldout'), datasets: 'bundled+subject159', kind: 'labelled' },
  { name: 'subject160/heldout', dir: fixtures('subject160', 'heldout'), datasets: 'bundled+subject160', kind: 'labelled' },
  { name: 'subject161/heldout', dir: fixtures('subject161', 'heldout'), datasets: 'bundled+subject161', kind: 'labelled' },
  { name: 'subject162/heldout', dir: fixtures('subject162', 'heldout'), datasets: 'bundled+subject162', kind: 'labelled' },
  { name: 'subject163/heldout', dir: fixtures('subject163', 'heldout'), datasets: 'bundled+subject163', kind: 'labelled' },
  { name: 'subject164/heldout', dir: fixtures('subject164', 'heldout'), datasets: 'bundled+subject164', kind: 'labelled' },
  { name: 'subject165/heldout', dir: fixtures('subject165', 'heldout'), datasets: 'bundled+subject165', kind: 'labelled' },
  { name: 'subject166/heldout', dir: fixtures('subject166', 'heldout'), datasets: 'bundled+subject166', kind: 'labelled' },
  { name: 'subject167/heldout', dir: fixtures('subject167', 'heldout'), datasets: 'bundled+subject167', kind: 'labelled' },
  { name: 'subject168/heldout', dir: fixtures('subject168', 'heldout'), datasets: 'bundled+subject168', kind: 'labelled' },
  { name: 'subject169/heldout', dir: fixtures('subject169', 'heldout'), datasets: 'bundled+subject169', kind: 'labelled' },
  { name: 'subject170/heldout', dir: fixtures('subject170', 'heldout'), datasets: 'bundled+subject170', kind: 'labelled' },
  { name: 'subject171/heldout', dir: fixtures('subject171', 'heldout'), datasets: 'bundled+subject171', kind: 'labelled' },
  { name: 'subject172/heldout', dir: fixtures('subject172', 'heldout'), datasets: 'bundled+subject172', kind: 'labelled' },
  { name: 'subject173/heldout', dir: fixtures('subject173', 'heldout'), datasets: 'bundled+subject173', kind: 'labelled' },
  { name: 'subject174/heldout', dir: fixtures('subject174', 'heldout'), datasets: 'bundled+subject174', kind: 'labelled' },
  { name: 'subject175/heldout', dir: fixtures('subject175', 'heldout'), datasets: 'bundled+subject175', kind: 'labelled' },
  { name: 'subject176/heldout', dir: fixtures('subject176', 'heldout'), datasets: 'bundled+subject176', kind: 'labelled' },
  { name: 'subject177/heldout', dir: fixtures('subject177', 'heldout'), datasets: 'bundled+subject177', kind: 'labelled' },
  { name: 'subject178/heldout', dir: fixtures('subject178', 'heldout'), datasets: 'bundled+subject178', kind: 'labelled' },
  { name: 'subject179/heldout', dir: fixtures('subject179', 'heldout'), datasets: 'bundled+subject179', kind: 'labelled' },
  { name: 'subject180/heldout', dir: fixtures('subject180', 'heldout'), datasets: 'bundled+subject180', kind: 'labelled' },
  { name: 'subject181/heldout', dir: fixtures('subject181', 'heldout'), datasets: 'bundled+subject181', kind: 'labelled' },
  { name: 'subject182/heldout', dir: fixtures('subject182', 'heldout'), datasets: 'bundled+subject182', kind: 'labelled' },
  { name: 'subject183/heldout', dir: fixtures('subject183', 'heldout'), datasets: 'bundled+subject183', kind: 'labelled' },
  { name: 'subject184/heldout', dir: fixtures('subject184', 'heldout'), datasets: 'bundled+subject184', kind: 'labelled' },
  { name: 'subject185/heldout', dir: fixtures('subject185', 'heldout'), datasets: 'bundled+subject185', kind: 'labelled' },
  { name: 'subject186/heldout', dir: fixtures('subject186', 'heldout'), datasets: 'bundled+subject186', kind: 'labelled' },
  { name: 'subject187/heldout', dir: fixtures('subject187', 'heldout'), datasets: 'bundled+subject187', kind: 'labelled' },
  { name: 'subject188/heldout', dir: fixtures('subject188', 'heldout'), datasets: 'bundled+subject188', kind: 'labelled' },
  { name: 'subject189/heldout', dir: fixtures('subject189', 'heldout'), datasets: 'bundled+subject189', kind: 'labelled' },
  { name: 'subject190/heldout', dir: fixtures('subject190', 'heldout'), datasets: 'bundled+subject190', kind: 'labelled' },
  { name: 'subject191/heldout', dir: fixtures('subject191', 'heldout'), datasets: 'bundled+subject191', kind: 'labelled' },
  { name: 'subject192/heldout', dir: fixtures('subject192', 'heldout'), datasets: 'bundled+subject192', kind: 'labelled' },
  { name: 'subject193/heldout', dir: fixtures('subject193', 'heldout'), datasets: 'bundled+subject193', kind: 'labelled' },
  { name: 'subject194/heldout', dir: fixtures('subject194', 'heldout'), datasets: 'bundled+subject194', kind: 'labelled' },
  { name: 'subject195/heldout', dir: fixtures('subject195', 'heldout'), datasets: 'bundled+subject195', kind: 'labelled' },
  { name: 'subject196/heldout', dir: fixtures('subject196', 'heldout'), datasets: 'bundled+subject196', kind: 'labelled' },
  { name: 'subject197/heldout', dir: fixtures('subject197', 'heldout'), datasets: 'bundled+subject197', kind: 'labelled' },
  { name: 'subject198/heldout', dir: fixtures('subject198', 'heldout'), datasets: 'bundled+subject198', kind: 'labelled' },
  { name: 'subject199/heldout', dir: fixtures('subject199', 'heldout'), datasets: 'bundled+subject199', kind: 'labelled' },
  { name: 'subject200/heldout', dir: fixtures('subject200', 'heldout'), datasets: 'bundled+subject200', kind: 'labelled' },
  { name: 'subject201/heldout', dir: fixtures('subject201', 'heldout'), datasets: 'bundled+subject201', kind: 'labelled' },
  { name: 'subject202/heldout', dir: fixtures('subject202', 'heldout'), datasets: 'bundled+subject202', kind: 'labelled' },
  { name: 'subject203/heldout', dir: fixtures('subject203', 'heldout'), datasets: 'bundled+subject203', kind: 'labelled' },
  { name: 'subject204/heldout', dir: fixtures('subject204', 'heldout'), datasets: 'bundled+subject204', kind: 'labelled' },
  { name: 'subject205/heldout', dir: fixtures('subject205', 'heldout'), datasets: 'bundled+subject205', kind: 'labelled' },
  { name: 'subject206/heldout', dir: fixtures('subject206', 'heldout'), datasets: 'bundled+subject206', kind: 'labelled' },
  { name: 'subject207/heldout', dir: fixtures('subject207', 'heldout'), datasets: 'bundled+subject207', kind: 'labelled' },
  { name: 'subject208/heldout', dir: fixtures('subject208', 'heldout'), datasets: 'bundled+subject208', kind: 'labelled' },
  { name: 'subject209/heldout', dir: fixtures('subject209', 'heldout'), datasets: 'bundled+subject209', kind: 'labelled' },
  { name: 'subject210/heldout', dir: fixtures('subject210', 'heldout'), datasets: 'bundled+subject210', kind: 'labelled' },
  { name: 'subject211/heldout', dir: fixtures('subject211', 'heldout'), datasets: 'bundled+subject211', kind: 'labelled' },
  { name: 'subject212/heldout', dir: fixtures('subject212', 'heldout'), datasets: 'bundled+subject212', kind: 'labelled' },
  { name: 'subject213/heldout', dir: fixtures('subject213', 'heldout'), datasets: 'bundled+subject213', kind: 'labelled' },
  { name: 'subject214/heldout', dir: fixtures('subject214', 'heldout'), datasets: 'bundled+subject214', kind: 'labelled' },
  { name: 'subject215/heldout', dir: fixtures('subject215', 'heldout'), datasets: 'bundled+subject215', kind: 'labelled' },
  { name: 'subject216/heldout', dir: fixtures('subject216', 'heldout'), datasets: 'bundled+subject216', kind: 'labelled' },
  { name: 'subject217/heldout', dir: fixtures('subject217', 'heldout'), datasets: 'bundled+subject217', kind: 'labelled' },
  { name: 'subject218/heldout', dir: fixtures('subject218', 'heldout'), datasets: 'bundled+subject218', kind: 'labelled' },
  { name: 'subject219/heldout', dir: fixtures('subject219', 'heldout'), datasets: 'bundled+subject219', kind: 'labelled' },
  { name: 'subject220/heldout', dir: fixtures('subject220', 'heldout'), datasets: 'bundled+subject220', kind: 'labelled' },
  { name: 'subject221/heldout', dir: fixtures('subject221', 'heldout'), datasets: 'bundled+subject221', kind: 'labelled' },
  { name: 'subject222/heldout', dir: fixtures('subject222', 'heldout'), datasets: 'bundled+subject222', kind: 'labelled' },
  { name: 'subject223/heldout', dir: fixtures('subject223', 'heldout'), datasets: 'bundled+subject223', kind: 'labelled' },
  { name: 'subject224/heldout', dir: fixtures('subject224', 'heldout'), datasets: 'bundled+subject224', kind: 'labelled' },
  { name: 'subject225/heldout', dir: fixtures('subject225', 'heldout'), datasets: 'bundled+subject225', kind: 'labelled' },
  { name: 'subject226/heldout', dir: fixtures('subject226', 'heldout'), datasets: 'bundled+subject226', kind: 'labelled' },
  { name: 'subject227/heldout', dir: fixtures('subject227', 'heldout'), datasets: 'bundled+subject227', kind: 'labelled' },
  { name: 'subject228/heldout', dir: fixtures('subject228', 'heldout'), datasets: 'bundled+subject228', kind: 'labelled' },
  { name: 'subject229/heldout', dir: fixtures('subject229', 'heldout'), datasets: 'bundled+subject229', kind: 'labelled' },
  { name: 'subject230/heldout', dir: fixtures('subject230', 'heldout'), datasets: 'bundled+subject230', kind: 'labelled' },
  { name: 'subject231/heldout', dir: fixtures('subject231', 'heldout'), datasets: 'bundled+subject231', kind: 'labelled' },
  { name: 'subject232/heldout', dir: fixtures('subject232', 'heldout'), datasets: 'bundled+subject232', kind: 'labelled' },
  { name: 'subject233/heldout', dir: fixtures('subject233', 'heldout'), datasets: 'bundled+subject233', kind: 'labelled' },
  { name: 'subject234/heldout', dir: fixtures('subject234', 'heldout'), datasets: 'bundled+subject234', kind: 'labelled' },
  { name: 'subject235/heldout', dir: fixtures('subject235', 'heldout'), datasets: 'bundled+subject235', kind: 'labelled' },
  { name: 'subject236/heldout', dir: fixtures('subject236', 'heldout'), datasets: 'bundled+subject236', kind: 'labelled' },
  { name: 'subject237/heldout', dir: fixtures('subject237', 'heldout'), datasets: 'bundled+subject237', kind: 'labelled' },
  { name: 'subject238/heldout', dir: fixtures('subject238', 'heldout'), datasets: 'bundled+subject238', kind: 'labelled' },
  { name: 'subject239/heldout', dir: fixtures('subject239', 'heldout'), datasets: 'bundled+subject239', kind: 'labelled' },
  { name: 'subject240/heldout', dir: fixtures('subject240', 'heldout'), datasets: 'bundled+subject240', kind: 'labelled' },
  { name: 'subject241/heldout', dir: fixtures('subject241', 'heldout'), datasets: 'bundled+subject241', kind: 'labelled' },
  { name: 'subject242/heldout', dir: fixtures('subject242', 'heldout'), datasets: 'bundled+subject242', kind: 'labelled' },
  { name: 'subject243/heldout', dir: fixtures('subject243', 'heldout'), datasets: 'bundled+subject243', kind: 'labelled' },
  { name: 'subject244/heldout', dir: fixtures('subject244', 'heldout'), datasets: 'bundled+subject244', kind: 'labelled' },
  { name: 'subject245/heldout', dir: fixtures('subject245', 'heldout'), datasets: 'bundled+subject245', kind: 'labelled' },
  { name: 'subject246/heldout', dir: fixtures('subject246', 'heldout'), datasets: 'bundled+subject246', kind: 'labelled' },
  { name: 'subject247/heldout', dir: fixtures('subject247', 'heldout'), datasets: 'bundled+subject247', kind: 'labelled' },
  { name: 'subject248/heldout', dir: fixtures('subject248', 'heldout'), datasets: 'bundled+subject248', kind: 'labelled' },
  { name: 'subject249/heldout', dir: fixtures('subject249', 'heldout'), datasets: 'bundled+subject249', kind: 'labelled' },
  { name: 'subject250/heldout', dir: fixtures('subject250', 'heldout'), datasets: 'bundled+subject250', kind: 'labelled' },
  { name: 'subject251/heldout', dir: fixtures('subject251', 'heldout'), datasets: 'bundled+subject251', kind: 'labelled' },
  { name: 'subject252/heldout', dir: fixtures('subject252', 'heldout'), datasets: 'bundled+subject252', kind: 'labelled' },
  { name: 'subject253/heldout', dir: fixtures('subject253', 'heldout'), datasets: 'bundled+subject253', kind: 'labelled' },
  { name: 'subject254/heldout', dir: fixtures('subject254', 'heldout'), datasets: 'bundled+subject254', kind: 'labelled' },
  { name: 'subject255/heldout', dir: fixtures('subject255', 'heldout'), datasets: 'bundled+subject255', kind: 'labelled' },
  { name: 'subject256/heldout', dir: fixtures('subject256', 'heldout'), datasets: 'bundled+subject256', kind: 'labelled' },
  { name: 'subject257/heldout', dir: fixtures('subject257', 'heldout'), datasets: 'bundled+subject257', kind: 'labelled' },
  { name: 'subject258/heldout', dir: fixtures('subject258', 'heldout'), datasets: 'bundled+subject258', kind: 'labelled' },
  { name: 'subject259/heldout', dir: fixtures('subject259', 'heldout'), datasets: 'bundled+subject259', kind: 'labelled' },
  { name: 'subject260/heldout', dir: fixtures('subject260', 'heldout'), datasets: 'bundled+subject260', kind: 'labelled' },
  { name: 'subject261/heldout', dir: fixtures('subject261', 'heldout'), datasets: 'bundled+subject261', kind: 'labelled' },
  { name: 'subject262/heldout', dir: fixtures('subject262', 'heldout'), datasets: 'bundled+subject262', kind: 'labelled' },
  { name: 'subject263/heldout', dir: fixtures('subject263', 'heldout'), datasets: 'bundled+subject263', kind: 'labelled' },
  { name: 'subject264/heldout', dir: fixtures('subject264', 'heldout'), datasets: 'bundled+subject264', kind: 'labelled' },
  { name: 'subject265/heldout', dir: fixtures('subject265', 'heldout'), datasets: 'bundled+subject265', kind: 'labelled' },
  { name: 'subject266/heldout', dir: fixtures('subject266', 'heldout'), datasets: 'bundled+subject266', kind: 'labelled' },
  { name: 'subject267/heldout', dir: fixtures('subject267', 'heldout'), datasets: 'bundled+subject267', kind: 'labelled' },
  { name: 'subject268/heldout', dir: fixtures('subject268', 'heldout'), datasets: 'bundled+subject268', kind: 'labelled' },
  { name: 'subject269/heldout', dir: fixtures('subject269', 'heldout'), datasets: 'bundled+subject269', kind: 'labelled' },
  { name: 'subject270/heldout', dir: fixtures('subject270', 'heldout'), datasets: 'bundled+subject270', kind: 'labelled' },
  { name: 'subject271/heldout', dir: fixtures('subject271', 'heldout'), datasets: 'bundled+subject271', kind: 'labelled' },
  { name: 'subject272/heldout', dir: fixtures('subject272', 'heldout'), datasets: 'bundled+subject272', kind: 'labelled' },
  { name: 'subject273/heldout', dir: fixtures('subject273', 'heldout'), datasets: 'bundled+subject273', kind: 'labelled' },
  { name: 'subject274/heldout', dir: fixtures('subject274', 'heldout'), datasets: 'bundled+subject274', kind: 'labelled' },
  { name: 'subject275/heldout', dir: fixtures('subject275', 'heldout'), datasets: 'bundled+subject275', kind: 'labelled' },
  { name: 'subject276/heldout', dir: fixtures('subject276', 'heldout'), datasets: 'bundled+subject276', kind: 'labelled' },
  { name: 'subject277/heldout', dir: fixtures('subject277', 'heldout'), datasets: 'bundled+subject277', kind: 'labelled' },
  { name: 'subject278/heldout', dir: fixtures('subject278', 'heldout'), datasets: 'bundled+subject278', kind: 'labelled' },
  { name: 'subject279/heldout', dir: fixtures('subject279', 'heldout'), datasets: 'bundled+subject279', kind: 'labelled' },
  { name: 'subject280/heldout', dir: fixtures('subject280', 'heldout'), datasets: 'bundled+subject280', kind: 'labelled' },
  { name: 'subject281/heldout', dir: fixtures('subject281', 'heldout'), datasets: 'bundled+subject281', kind: 'labelled' },
  { name: 'subject282/heldout', dir: fixtures('subject282', 'heldout'), datasets: 'bundled+subject282', kind: 'labelled' },
  { name: 'subject283/heldout', dir: fixtures('subject283', 'heldout'), datasets: 'bundled+subject283', kind: 'labelled' },
  { name: 'subject284/heldout', dir: fixtures('subject284', 'heldout'), datasets: 'bundled+subject284', kind: 'labelled' },
  { name: 'subject285/heldout', dir: fixtures('subject285', 'heldout'), datasets: 'bundled+subject285', kind: 'labelled' },
  { name: 'subject286/heldout', dir: fixtures('subject286', 'heldout'), datasets: 'bundled+subject286', kind: 'labelled' },
  { name: 'subject287/heldout', dir: fixtures('subject287', 'heldout'), datasets: 'bundled+subject287', kind: 'labelled' },
  { name: 'subject288/heldout', dir: fixtures('subject288', 'heldout'), datasets: 'bundled+subject288', kind: 'labelled' },
  { name: 'subject289/heldout', dir: fixtures('subject289', 'heldout'), datasets: 'bundled+subject289', kind: 'labelled' },
  { name: 'subject290/heldout', dir: fixtures('subject290', 'heldout'), datasets: 'bundled+subject290', kind: 'labelled' },
  { name: 'subject291/heldout', dir: fixtures('subject291', 'heldout'), datasets: 'bundled+subject291', kind: 'labelled' },
  { name: 'subject292/heldout', dir: fixtures('subject292', 'heldout'), datasets: 'bundled+subject292', kind: 'labelled' },
  { name: 'subject293/heldout', dir: fixtures('subject293', 'heldout'), datasets: 'bundled+subject293', kind: 'labelled' },
  { name: 'subject294/heldout', dir: fixtures('subject294', 'heldout'), datasets: 'bundled+subject294', kind: 'labelled' },
  { name: 'subject295/heldout', dir: fixtures('subject295', 'heldout'), datasets: 'bundled+subject295', kind: 'labelled' },
  { name: 'subject296/heldout', dir: fixtures('subject296', 'heldout'), datasets: 'bundled+subject296', kind: 'labelled' },
  { name: 'subject297/heldout', dir: fixtures('subject297', 'heldout'), datasets: 'bundled+subject297', kind: 'labelled' },
  { name: 'subject298/heldout', dir: fixtures('subject298', 'heldout'), datasets: 'bundled+subject298', kind: 'labelled' },
  { name: 'subject299/heldout', dir: fixtures('subject299', 'heldout'), datasets: 'bundled+subject299', kind: 'labelled' },
  { name: 'subject300/heldout', dir: fixtures('subject300', 'heldout'), datasets: 'bundled+subject300', kind: 'labelled' },
  { name: 'subject301/heldout', dir: fixtures('subject301', 'heldout'), datasets: 'bundled+subject301', kind: 'labelled' },
  { name: 'subject302/heldout', dir: fixtures('subject302', 'heldout'), datasets: 'bundled+subject302', kind: 'labelled' },
  { name: 'subject303/heldout', dir: fixtures('subject303', 'heldout'), datasets: 'bundled+subject303', kind: 'labelled' },
  { name: 'subject304/heldout', dir: fixtures('subject304', 'heldout'), datasets: 'bundled+subject304', kind: 'labelled' },
  { name: 'subject305/heldout', dir: fixtures('subject305', 'heldout'), datasets: 'bundled+subject305', kind: 'labelled' },
  { name: 'subject306/heldout', dir: fixtures('subject306', 'heldout'), datasets: 'bundled+subject306', kind: 'labelled' },
  { name: 'subject307/heldout', dir: fixtures('subject307', 'heldout'), datasets: 'bundled+subject307', kind: 'labelled' },
  { name: 'subject308/heldout', dir: fixtures('subject308', 'heldout'), datasets: 'bundled+subject308', kind: 'labelled' },
  { name: 'subject309/heldout', dir: fixtures('subject309', 'heldout'), datasets: 'bundled+subject309', kind: 'labelled' },
  { name: 'subject310/heldout', dir: fixtures('subject310', 'heldout'), datasets: 'bundled+subject310', kind: 'labelled' },
  { name: 'subject311/heldout', dir: fixtures('subject311', 'heldout'), datasets: 'bundled+subject311', kind: 'labelled' },
  { name: 'subject312/heldout', dir: fixtures('subject312', 'heldout'), datasets: 'bundled+subject312', kind: 'labelled' },
  { name: 'subject313/heldout', dir: fixtures('subject313', 'heldout'), datasets: 'bundled+subject313', kind: 'labelled' },
  { name: 'subject314/heldout', dir: fixtures('subject314', 'heldout'), datasets: 'bundled+subject314', kind: 'labelled' },
  { name: 'subject315/heldout', dir: fixtures('subject315', 'heldout'), datasets: 'bundled+subject315', kind: 'labelled' },
  { name: 'subject316/heldout', dir: fixtures('subject316', 'heldout'), datasets: 'bundled+subject316', kind: 'labelled' },
  { name: 'subject317/heldout', dir: fixtures('subject317', 'heldout'), datasets: 'bundled+subject317', kind: 'labelled' },
  { name: 'subject318/heldout', dir: fixtures('subject318', 'heldout'), datasets: 'bundled+subject318', kind: 'labelled' },
  { name: 'subject319/heldout', dir: fixtures('subject319', 'heldout'), datasets: 'bundled+subject319', kind: 'labelled' },
  { name: 'subject320/heldout', dir: fixtures('subject320', 'heldout'), datasets: 'bundled+subject320', kind: 'labelled' },
  { name: 'subject321/heldout', dir: fixtures('subject321', 'heldout'), datasets: 'bundled+subject321', kind: 'labelled' },
  { name: 'subject322/heldout', dir: fixtures('subject322', 'heldout'), datasets: 'bundled+subject322', kind: 'labelled' },
  { name: 'subject323/heldout', dir: fixtures('subject323', 'heldout'), datasets: 'bundled+subject323', kind: 'labelled' },
  { name: 'subject324/heldout', dir: fixtures('subject324', 'heldout'), datasets: 'bundled+subject324', kind: 'labelled' },
  { name: 'subject325/heldout', dir: fixtures('subject325', 'heldout'), datasets: 'bundled+subject325', kind: 'labelled' },
  { name: 'subject326/heldout', dir: fixtures('subject326', 'heldout'), datasets: 'bundled+subject326', kind: 'labelled' },
  { name: 'subject327/heldout', dir: fixtures('subject327', 'heldout'), datasets: 'bundled+subject327', kind: 'labelled' },
  { name: 'subject328/heldout', dir: fixtures('subject328', 'heldout'), datasets: 'bundled+subject328', kind: 'labelled' },
  { name: 'subject329/heldout', dir: fixtures('subject329', 'heldout'), datasets: 'bundled+subject329', kind: 'labelled' },
  { name: 'subject330/heldout', dir: fixtures('subject330', 'heldout'), datasets: 'bundled+subject330', kind: 'labelled' },
  { name: 'subject331/heldout', dir: fixtures('subject331', 'heldout'), datasets: 'bundled+subject331', kind: 'labelled' },
  { name: 'subject332/heldout', dir: fixtures('subject332', 'heldout'), datasets: 'bundled+subject332', kind: 'labelled' },
  { name: 'subject333/heldout', dir: fixtures('subject333', 'heldout'), datasets: 'bundled+subject333', kind: 'labelled' },
  { name: 'subject334/heldout', dir: fixtures('subject334', 'heldout'), datasets: 'bundled+subject334', kind: 'labelled' },
  { name: 'subject335/heldout', dir: fixtures('subject335', 'heldout'), datasets: 'bundled+subject335', kind: 'labelled' },
  { name: 'subject336/heldout', dir: fixtures('subject336', 'heldout'), datasets: 'bundled+subject336', kind: 'labelled' },
  { name: 'subject337/heldout', dir: fixtures('subject337', 'heldout'), datasets: 'bundled+subject337', kind: 'labelled' },
  { name: 'subject338/heldout', dir: fixtures('subject338', 'heldout'), datasets: 'bundled+subject338', kind: 'labelled' },
  { name: 'subject339/heldout', dir: fixtures('subject339', 'heldout'), datasets: 'bundled+subject339', kind: 'labelled' },
  { name: 'subject340/heldout', dir: fixtures('subject340', 'heldout'), datasets: 'bundled+subject340', kind: 'labelled' },
  { name: 'subject341/heldout', dir: fixtures('subject341', 'heldout'), datasets: 'bundled+subject341', kind: 'labelled' },
  { name: 'subject342/heldout', dir: fixtures('subject342', 'heldout'), datasets: 'bundled+subject342', kind: 'labelled' },
  { name: 'subject343/heldout', dir: fixtures('subject343', 'heldout'), datasets: 'bundled+subject343', kind: 'labelled' },
  { name: 'subject344/heldout', dir: fixtures('subject344', 'heldout'), datasets: 'bundled+subject344', kind: 'labelled' },
  { name: 'subject345/heldout', dir: fixtures('subject345', 'heldout'), datasets: 'bundled+subject345', kind: 'labelled' },
  { name: 'subject346/heldout', dir: fixtures('subject346', 'heldout'), datasets: 'bundled+subject346', kind: 'labelled' },
  { name: 'subject347/heldout', dir: fixtures('subject347', 'heldout'), datasets: 'bundled+subject347', kind: 'labelled' },
  { name: 'subject348/heldout', dir: fixtures('subject348', 'heldout'), datasets: 'bundled+subject348', kind: 'labelled' },
  { name: 'subject349/heldout', dir: fixtures('subject349', 'heldout'), datasets: 'bundled+subject349', kind: 'labelled' },
  { name: 'subject350/heldout', dir: fixtures('subject350', 'heldout'), datasets: 'bundled+subject350', kind: 'labelled' },
  { name: 'subject351/heldout', dir: fixtures('subject351', 'heldout'), datasets: 'bundled+subject351', kind: 'labelled' },
  { name: 'subject352/heldout', dir: fixtures('subject352', 'heldout'), datasets: 'bundled+subject352', kind: 'labelled' },
  { name: 'subject353/heldout', dir: fixtures('subject353', 'heldout'), datasets: 'bundled+subject353', kind: 'labelled' },
  { name: 'subject354/heldout', dir: fixtures('subject354', 'heldout'), datasets: 'bundled+subject354', kind: 'labelled' },
  { name: 'subject355/heldout', dir: fixtures('subject355', 'heldout'), datasets: 'bundled+subject355', kind: 'labelled' },
  { name: 'subject356/heldout', dir: fixtures('subject356', 'heldout'), datasets: 'bundled+subject356', kind: 'labelled' },
  { name: 'subject357/heldout', dir: fixtures('subject357', 'heldout'), datasets: 'bundled+subject357', kind: 'labelled' },
  { name: 'subject358/heldout', dir: fixtures('subject358', 'heldout'), datasets: 'bundled+subject358', kind: 'labelled' },
  { name: 'subject359/heldout', dir: fixtures('subject359', 'heldout'), datasets: 'bundled+subject359', kind: 'labelled' },
  { name: 'subject360/heldout', dir: fixtures('subject360', 'heldout'), datasets: 'bundled+subject360', kind: 'labelled' },
  { name: 'subject361/heldout', dir: fixtures('subject361', 'heldout'), datasets: 'bundled+subject361', kind: 'labelled' },
  { name: 'subject362/heldout', dir: fixtures('subject362', 'heldout'), datasets: 'bundled+subject362', kind: 'labelled' },
  { name: 'subject363/heldout', dir: fixtures('subject363', 'heldout'), datasets: 'bundled+subject363', kind: 'labelled' },
  { name: 'subject364/heldout', dir: fixtures('subject364', 'heldout'), datasets: 'bundled+subject364', kind: 'labelled' },
  { name: 'subject365/heldout', dir: fixtures('subject365', 'heldout'), datasets: 'bundled+subject365', kind: 'labelled' },
  { name: 'subject366/heldout', dir: fixtures('subject366', 'heldout'), datasets: 'bundled+subject366', kind: 'labelled' },
  { name: 'subject367/heldout', dir: fixtures('subject367', 'heldout'), datasets: 'bundled+subject367', kind: 'labelled' },
  { name: 'subject368/heldout', dir: fixtures('subject368', 'heldout'), datasets: 'bundled+subject368', kind: 'labelled' },
  { name: 'subject369/heldout', dir: fixtures('subject369', 'heldout'), datasets: 'bundled+subject369', kind: 'labelled' },
  { name: 'subject370/heldout', dir: fixtures('subject370', 'heldout'), datasets: 'bundled+subject370', kind: 'labelled' },
  { name: 'subject371/heldout', dir: fixtures('subject371', 'heldout'), datasets: 'bundled+subject371', kind: 'labelled' },
  { name: 'subject372/heldout', dir: fixtures('subject372', 'heldout'), datasets: 'bundled+subject372', kind: 'labelled' },
  { name: 'subject373/heldout', dir: fixtures('subject373', 'heldout'), datasets: 'bundled+subject373', kind: 'labelled' },
  { name: 'subject374/heldout', dir: fixtures('subject374', 'heldout'), datasets: 'bundled+subject374', kind: 'labelled' },
  { name: 'subject375/heldout', dir: fixtures('subject375', 'heldout'), datasets: 'bundled+subject375', kind: 'labelled' },
  { name: 'subject376/heldout', dir: fixtures('subject376', 'heldout'), datasets: 'bundled+subject376', kind: 'labelled' },
  { name: 'subject377/heldout', dir: fixtures('subject377', 'heldout'), datasets: 'bundled+subject377', kind: 'labelled' },
  { name: 'subject378/heldout', dir: fixtures('subject378', 'heldout'), datasets: 'bundled+subject378', kind: 'labelled' },
  { name: 'subject379/heldout', dir: fixtures('subject379', 'heldout'), datasets: 'bundled+subject379', kind: 'labelled' },
  { name: 'subject380/heldout', dir: fixtures('subject380', 'heldout'), datasets: 'bundled+subject380', kind: 'labelled' },
  { name: 'subject381/heldout', dir: fixtures('subject381', 'heldout'), datasets: 'bundled+subject381', kind: 'labelled' },
  { name: 'subject382/heldout', dir: fixtures('subject382', 'heldout'), datasets: 'bundled+subject382', kind: 'labelled' },
  { name: 'subject383/heldout', dir: fixtures('subject383', 'heldout'), datasets: 'bundled+subject383', kind: 'labelled' },
  { name: 'subject384/heldout', dir: fixtures('subject384', 'heldout'), datasets: 'bundled+subject384', kind: 'labelled' },
  { name: 'subject385/heldout', dir: fixtures('subject385', 'heldout'), datasets: 'bundled+subject385', kind: 'labelled' },
  { name: 'subject386/heldout', dir: fixtures('subject386', 'heldout'), datasets: 'bundled+subject386', kind: 'labelled' },
  { name: 'subject387/heldout', dir: fixtures('subject387', 'heldout'), datasets: 'bundled+subject387', kind: 'labelled' },
  { name: 'subject388/heldout', dir: fixtures('subject388', 'heldout'), datasets: 'bundled+subject388', kind: 'labelled' },
  { name: 'subject389/heldout', dir: fixtures('subject389', 'heldout'), datasets: 'bundled+subject389', kind: 'labelled' },
  { name: 'subject390/heldout', dir: fixtures('subject390', 'heldout'), datasets: 'bundled+subject390', kind: 'labelled' },
  { name: 'subject391/heldout', dir: fixtures('subject391', 'heldout'), datasets: 'bundled+subject391', kind: 'labelled' },
  { name: 'subject392/heldout', dir: fixtures('subject392', 'heldout'), datasets: 'bundled+subject392', kind: 'labelled' },
  { name: 'subject393/heldout', dir: fixtures('subject393', 'heldout'), datasets: 'bundled+subject393', kind: 'labelled' },
  { name: 'subject394/heldout', dir: fixtures('subject394', 'heldout'), datasets: 'bundled+subject394', kind: 'labelled' },
  { name: 'subject395/heldout', dir: fixtures('subject395', 'heldout'), datasets: 'bundled+subject395', kind: 'labelled' },
  { name: 'subject396/heldout', dir: fixtures('subject396', 'heldout'), datasets: 'bundled+subject396', kind: 'labelled' },
  { name: 'subject397/heldout', dir: fixtures('subject397', 'heldout'), datasets: 'bundled+subject397', kind: 'labelled' },
  { name: 'subject398/heldout', dir: fixtures('subject398', 'heldout'), datasets: 'bundled+subject398', kind: 'labelled' },
  { name: 'subject399/heldout', dir: fixtures('subject399', 'heldout'), datasets: 'bundled+subject399', kind: 'labelled' },
  { name: 'subject400/heldout', dir: fixtures('subject400', 'heldout'), datasets: 'bundled+subject400', kind: 'labelled' },
  { name: 'subject401/heldout', dir: fixtures('subject401', 'heldout'), datasets: 'bundled+subject401', kind: 'labelled' },
  { name: 'subject402/heldout', dir: fixtures('subject402', 'heldout'), datasets: 'bundled+subject402', kind: 'labelled' },
  { name: 'subject403/heldout', dir: fixtures('subject403', 'heldout'), datasets: 'bundled+subject403', kind: 'labelled' },
  { name: 'subject404/heldout', dir: fixtures('subject404', 'heldout'), datasets: 'bundled+subject404', kind: 'labelled' },
  { name: 'subject405/heldout', dir: fixtures('subject405', 'heldout'), datasets: 'bundled+subject405', kind: 'labelled' },
  { name: 'subject406/heldout', dir: fixtures('subject406', 'heldout'), datasets: 'bundled+subject406', kind: 'labelled' },
  { name: 'subject407/heldout', dir: fixtures('subject407', 'heldout'), datasets: 'bundled+subject407', kind: 'labelled' },
  { name: 'subject408/heldout', dir: fixtures('subject408', 'heldout'), datasets: 'bundled+subject408', kind: 'labelled' },
  { name: 'subject409/heldout', dir: fixtures('subject409', 'heldout'), datasets: 'bundled+subject409', kind: 'labelled' },
  { name: 'subject410/heldout', dir: fixtures('subject410', 'heldout'), datasets: 'bundled+subject410', kind: 'labelled' },
  { name: 'subject411/heldout', dir: fixtures('subject411', 'heldout'), datasets: 'bundled+subject411', kind: 'labelled' },
  { name: 'subject412/heldout', dir: fixtures('subject412', 'heldout'), datasets: 'bundled+subject412', kind: 'labelled' },
  { name: 'subject413/heldout', dir: fixtures('subject413', 'heldout'), datasets: 'bundled+subject413', kind: 'labelled' },
  { name: 'subject414/heldout', dir: fixtures('subject414', 'heldout'), datasets: 'bundled+subject414', kind: 'labelled' },
  { name: 'subject415/heldout', dir: fixtures('subject415', 'heldout'), datasets: 'bundled+subject415', kind: 'labelled' },
  { name: 'subject416/heldout', dir: fixtures('subject416', 'heldout'), datasets: 'bundled+subject416', kind: 'labelled' },
  { name: 'subject417/heldout', dir: fixtures('subject417', 'heldout'), datasets: 'bundled+subject417', kind: 'labelled' },
  { name: 'subject418/heldout', dir: fixtures('subject418', 'heldout'), datasets: 'bundled+subject418', kind: 'labelled' },
  { name: 'subject419/heldout', dir: fixtures('subject419', 'heldout'), datasets: 'bundled+subject419', kind: 'labelled' },
  { name: 'subject420/heldout', dir: fixtures('subject420', 'heldout'), datasets: 'bundled+subject420', kind: 'labelled' },
  { name: 'subject421/heldout', dir: fixtures('subject421', 'heldout'), datasets: 'bundled+subject421', kind: 'labelled' },
  { name: 'subject422/heldout', dir: fixtures('subject422', 'heldout'), datasets: 'bundled+subject422', kind: 'labelled' },
  { name: 'subject423/heldout', dir: fixtures('subject423', 'heldout'), datasets: 'bundled+subject423', kind: 'labelled' },
  { name: 'subject424/heldout', dir: fixtures('subject424', 'heldout'), datasets: 'bundled+subject424', kind: 'labelled' },
  { name: 'subject425/heldout', dir: fixtures('subject425', 'heldout'), datasets: 'bundled+subject425', kind: 'labelled' },
  { name: 'subject426/heldout', dir: fixtures('subject426', 'heldout'), datasets: 'bundled+subject426', kind: 'labelled' },
  { name: 'subject427/heldout', dir: fixtures('subject427', 'heldout'), datasets: 'bundled+subject427', kind: 'labelled' },
  { name: 'subject428/heldout', dir: fixtures('subject428', 'heldout'), datasets: 'bundled+subject428', kind: 'labelled' },
  { name: 'subject429/heldout', dir: fixtures('subject429', 'heldout'), datasets: 'bundled+subject429', kind: 'labelled' },
  { name: 'subject430/heldout', dir: fixtures('subject430', 'heldout'), datasets: 'bundled+subject430', kind: 'labelled' },
  { name: 'subject431/heldout', dir: fixtures('subject431', 'heldout'), datasets: 'bundled+subject431', kind: 'labelled' },
  { name: 'subject432/heldout', dir: fixtures('subject432', 'heldout'), datasets: 'bundled+subject432', kind: 'labelled' },
  { name: 'subject433/heldout', dir: fixtures('subject433', 'heldout'), datasets: 'bundled+subject433', kind: 'labelled' },
  { name: 'subject434/heldout', dir: fixtures('subject434', 'heldout'), datasets: 'bundled+subject434', kind: 'labelled' },
  { name: 'subject435/heldout', dir: fixtures('subject435', 'heldout'), datasets: 'bundled+subject435', kind: 'labelled' },
  { name: 'subject436/heldout', dir: fixtures('subject436', 'heldout'), datasets: 'bundled+subject436', kind: 'labelled' },
  { name: 'subject437/heldout', dir: fixtures('subject437', 'heldout'), datasets: 'bundled+subject437', kind: 'labelled' },
  { name: 'subject438/heldout', dir: fixtures('subject438', 'heldout'), datasets: 'bundled+subject438', kind: 'labelled' },
  { name: 'subject439/heldout', dir: fixtures('subject439', 'heldout'), datasets: 'bundled+subject439', kind: 'labelled' },
  { name: 'subject440/heldout', dir: fixtures('subject440', 'heldout'), datasets: 'bundled+subject440', kind: 'labelled' },
  { name: 'subject441/heldout', dir: fixtures('subject441', 'heldout'), datasets: 'bundled+subject441', kind: 'labelled' },
  { name: 'subject442/heldout', dir: fixtures('subject442', 'heldout'), datasets: 'bundled+subject442', kind: 'labelled' },
  { name: 'subject443/heldout', dir: fixtures('subject443', 'heldout'), datasets: 'bundled+subject443', kind: 'labelled' },
  { name: 'subject444/heldout', dir: fixtures('subject444', 'heldout'), datasets: 'bundled+subject444', kind: 'labelled' },
  { name: 'subject445/heldout', dir: fixtures('subject445', 'heldout'), datasets: 'bundled+subject445', kind: 'labelled' },
  { name: 'subject446/heldout', dir: fixtures('subject446', 'heldout'), datasets: 'bundled+subject446', kind: 'labelled' },
  { name: 'subject447/heldout', dir: fixtures('subject447', 'heldout'), datasets: 'bundled+subject447', kind: 'labelled' },
  { name: 'subject448/heldout', dir: fixtures('subject448', 'heldout'), datasets: 'bundled+subject448', kind: 'labelled' },
  { name: 'subject449/heldout', dir: fixtures('subject449', 'heldout'), datasets: 'bundled+subject449', kind: 'labelled' },
  { name: 'subject450/heldout', dir: fixtures('subject450', 'heldout'), datasets: 'bundled+subject450', kind: 'labelled' },
  { name: 'subject451/heldout', dir: fixtures('subject451', 'heldout'), datasets: 'bundled+subject451', kind: 'labelled' },
  { name: 'subject452/heldout', dir: fixtures('subject452', 'heldout'), datasets: 'bundled+subject452', kind: 'labelled' },
  { name: 'subject453/heldout', dir: fixtures('subject453', 'heldout'), datasets: 'bundled+subject453', kind: 'labelled' },
  { name: 'subject454/heldout', dir: fixtures('subject454', 'heldout'), datasets: 'bundled+subject454', kind: 'labelled' },
  { name: 'subject455/heldout', dir: fixtures('subject455', 'heldout'), datasets: 'bundled+subject455', kind: 'labelled' },
  { name: 'subject456/heldout', dir: fixtures('subject456', 'heldout'), datasets: 'bundled+subject456', kind: 'labelled' },
  { name: 'subject457/heldout', dir: fixtures('subject457', 'heldout'), datasets: 'bundled+subject457', kind: 'labelled' },
  { name: 'subject458/heldout', dir: fixtures('subject458', 'heldout'), datasets: 'bundled+subject458', kind: 'labelled' },
  { name: 'subject459/heldout', dir: fixtures('subject459', 'heldout'), datasets: 'bundled+subject459', kind: 'labelled' },
  { name: 'subject460/heldout', dir: fixtures('subject460', 'heldout'), datasets: 'bundled+subject460', kind: 'labelled' },
  { name: 'subject461/heldout', dir: fixtures('subject461', 'heldout'), datasets: 'bundled+subject461', kind: 'labelled' },
  { name: 'subject462/heldout', dir: fixtures('subject462', 'heldout'), datasets: 'bundled+subject462', kind: 'labelled' },
  { name: 'subject463/heldout', dir: fixtures('subject463', 'heldout'), datasets: 'bundled+subject463', kind: 'labelled' },
  { name: 'subject464/heldout', dir: fixtures('subject464', 'heldout'), datasets: 'bundled+subject464', kind: 'labelled' },
  { name: 'subject465/heldout', dir: fixtures('subject465', 'heldout'), datasets: 'bundled+subject465', kind: 'labelled' },
  { name: 'subject466/heldout', dir: fixtures('subject466', 'heldout'), datasets: 'bundled+subject466', kind: 'labelled' },
  { name: 'subject467/heldout', dir: fixtures('subject467', 'heldout'), datasets: 'bundled+subject467', kind: 'labelled' },
  { name: 'subject468/heldout', dir: fixtures('subject468', 'heldout'), datasets: 'bundled+subject468', kind: 'labelled' },
  { name: 'subject469/heldout', dir: fixtures('subject469', 'heldout'), datasets: 'bundled+subject469', kind: 'labelled' },
  { name: 'subject470/heldout', dir: fixtures('subject470', 'heldout'), datasets: 'bundled+subject470', kind: 'labelled' },
  { name: 'subject471/heldout', dir: fixtures('subject471', 'heldout'), datasets: 'bundled+subject471', kind: 'labelled' },
  { name: 'subject472/heldout', dir: fixtures('subject472', 'heldout'), datasets: 'bundled+subject472', kind: 'labelled' },
  { name: 'subject473/heldout', dir: fixtures('subject473', 'heldout'), datasets: 'bundled+subject473', kind: 'labelled' },
  { name: 'subject474/heldout', dir: fixtures('subject474', 'heldout'), datasets: 'bundled+subject474', kind: 'labelled' },
  { name: 'subject475/heldout', dir: fixtures('subject475', 'heldout'), datasets: 'bundled+subject475', kind: 'labelled' },
  { name: 'subject476/heldout', dir: fixtures('subject476', 'heldout'), datasets: 'bundled+subject476', kind: 'labelled' },
  { name: 'subject477/heldout', dir: fixtures('subject477', 'heldout'), datasets: 'bundled+subject477', kind: 'labelled' },
  { name: 'subject478/heldout', dir: fixtures('subject478', 'heldout'), datasets: 'bundled+subject478', kind: 'labelled' },
  { name: 'subject479/heldout', dir: fixtures('subject479', 'heldout'), datasets: 'bundled+subject479', kind: 'labelled' },
  { name: 'subject480/heldout', dir: fixtures('subject480', 'heldout'), datasets: 'bundled+subject480', kind: 'labelled' },
  { name: 'subject481/heldout', dir: fixtures('subject481', 'heldout'), datasets: 'bundled+subject481', kind: 'labelled' },
  { name: 'subject482/heldout', dir: fixtures('subject482', 'heldout'), datasets: 'bundled+subject482', kind: 'labelled' },
  { name: 'subject483/heldout', dir: fixtures('subject483', 'heldout'), datasets: 'bundled+subject483', kind: 'labelled' },
  { name: 'subject484/heldout', dir: fixtures('subject484', 'heldout'), datasets: 'bundled+subject484', kind: 'labelled' },
  { name: 'subject485/heldout', dir: fixtures('subject485', 'heldout'), datasets: 'bundled+subject485', kind: 'labelled' },
  { name: 'subject486/heldout', dir: fixtures('subject486', 'heldout'), datasets: 'bundled+subject486', kind: 'labelled' },
  { name: 'subject487/heldout', dir: fixtures('subject487', 'heldout'), datasets: 'bundled+subject487', kind: 'labelled' },
  { name: 'subject488/heldout', dir: fixtures('subject488', 'heldout'), datasets: 'bundled+subject488', kind: 'labelled' },
  { name: 'subject489/heldout', dir: fixtures('subject489', 'heldout'), datasets: 'bundled+subject489', kind: 'labelled' },
  { name: 'subject490/heldout', dir: fixtures('subject490', 'heldout'), datasets: 'bundled+subject490', kind: 'labelled' },
  { name: 'subject491/heldout', dir: fixtures('subject491', 'heldout'), datasets: 'bundled+subject491', kind: 'labelled' },
  { name: 'subject492/heldout', dir: fixtures('subject492', 'heldout'), datasets: 'bundled+subject492', kind: 'labelled' },
  { name: 'subject493/heldout', dir: fixtures('subject493', 'heldout'), datasets: 'bundled+subject493', kind: 'labelled' },
  { name: 'subject494/heldout', dir: fixtures('subject494', 'heldout'), datasets: 'bundled+subject494', kind: 'labelled' },
  { name: 'subject495/heldout', dir: fixtures('subject495', 'heldout'), datasets: 'bundled+subject495', kind: 'labelled' },
  { name: 'subject496/heldout', dir: fixtures('subject496', 'heldout'), datasets: 'bundled+subject496', kind: 'labelled' },
  { name: 'subject497/heldout', dir: fixtures('subject497', 'heldout'), datasets: 'bundled+subject497', kind: 'labelled' },
  { name: 'subject124/heldout', dir: fixtures('subject124', 'heldout'), datasets: 'bundled+subject124', kind: 'labelled' },
  { name: 'subject123/heldout', dir: fixtures('subject123', 'heldout'), datasets: 'bundled+subject123', kind: 'labelled' },
  { name: 'subject122/heldout', dir: fixtures('subject122', 'heldout'), datasets: 'bundled+subject122', kind: 'labelled' },
  { name: 'subject121/heldout', dir: fixtures('subject121', 'heldout'), datasets: 'bundled+subject121', kind: 'labelled' },
  { name: 'subject119/heldout', dir: fixtures('subject119', 'heldout'), datasets: 'bundled+subject119', kind: 'labelled' },
  { name: 'subject120/heldout', dir: fixtures('subject120', 'heldout'), datasets: 'bundled+subject120', kind: 'labelled' },
  { name: 'subject118/heldout', dir: fixtures('subject118', 'heldout'), datasets: 'bundled+subject118', kind: 'labelled' },
  { name: 'subject116/heldout', dir: fixtures('subject116', 'heldout'), datasets: 'bundled+subject116', kind: 'labelled' },
  { name: 'real cameras/heldout', dir: articles('cameras', 'heldout'), datasets: 'bundled', kind: 'real', verifiedAreWrong: true },
  { name: 'real subject2/heldout', dir: articles('subject2', 'heldout'), datasets: 'bundled+subject2', kind: 'real' },
];

export function corpusFiles(corpus: Corpus): string[] {
  if (!existsSync(corpus.dir)) return [];
  return readdirSync(corpus.dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

const indexes = new Map<DatasetSet, FactIndex>();

/** The index a corpus is checked against; fails loudly if a dataset does not load cleanly. */
export function indexFor(set: DatasetSet): FactIndex {
  let index = indexes.get(set);
  if (!index) {
    const inputs: DatasetInput[] = [...BUNDLED_DATASETS];
    const added = ADDED_DATASET[set];
    if (added) inputs.push({ file: added, text: readFileSync(join(repoRoot(), added), 'utf8') });
    const loaded = loadDatasets(inputs);
    if (loaded.problems.length > 0) throw new Error(`datasets have problems: ${JSON.stringify(loaded.problems.slice(0, 5))}`);
    index = buildIndex(loaded.datasets);
    indexes.set(set, index);
  }
  return index;
}

/** The datasets a corpus needs are there (the second subject's may not be, in an old checkout). */
export function corpusAvailable(corpus: Corpus): boolean {
  const added = ADDED_DATASET[corpus.datasets];
  return corpusFiles(corpus).length > 0 && (added === undefined || existsSync(join(repoRoot(), added)));
}
