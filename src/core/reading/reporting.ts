// The verbs with which a body reports or counts a figure: one list for every rule that asks whether a
// name is a figure's source rather than its subject ("Ruristat said", ", the ministry reported.",
// "CLIA counted").

/** A body reports a figure, its own or another's: "said", "estimated", "put it at", "forecasts". */
export const REPORTING_VERB =
  '(?:said|says|told|tells|reported|reports|estimated|estimates|announced|announces|published|publishes|wrote|writes|' +
  'noted|notes|added|adds|confirmed|confirms|called|calls|described|describes|puts?|forecast|forecasts|expected|expects)';

/**
 * A body counts a figure: a national office counts its own country's births, an industry body the world's
 * passengers. Only where the body's figure is no place's of its own is the count read as another's.
 */
const COUNTING_VERB = '(?:counted|counts|recorded|records)';

const AFTER_A_NAME = `^['’]?\\s+(?:(?:has|had|have|now)\\s+)?`;

/** A reporting verb right after a name: "Ruristat said", "the agency has said", "Istat had put it". */
export const REPORTS_AFTER = new RegExp(`${AFTER_A_NAME}${REPORTING_VERB}\\b`);

/** A reporting or counting verb right after a body's name: "CLIA counted", "the agency forecasts". */
export const REPORTS_OR_COUNTS_AFTER = new RegExp(`${AFTER_A_NAME}(?:${REPORTING_VERB}|${COUNTING_VERB})\\b`);
