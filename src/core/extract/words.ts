// Word lists the extractor uses to pick a figure's measure words out of its sentence. They are English
// function words and the words of qualifiers and periods: no subject's words (those come from the source).

/** Function words, auxiliaries and reporting words: never a measure. */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about above below ' +
    'than then as per via across among between through during since until till after before within around near ' +
    'this that these those there here it its it’s they them their theirs he she his her we our you your i me my ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'not no only also just even still already again such same other another each every all any some both either neither ' +
    'which who whom whose what when where why how while whereas although though because if unless whether ' +
    'more most less least fewer many much few several nearly almost approximately roughly around about some over ' +
    'up down out off just very too alone own new total ' +
    'said says say told according reported reports shows show showed shown noted added ' +
    'year years month months week weeks day days quarter quarters half decade decades ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'last first second third next past previous recent current ' +
    'percent per cent million billion thousand trillion hundred mn bn mln bln usd eur ' +
    'one two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands millions ' +
    'mr ms mrs dr country countries nation nations'
  ).split(/\s+/),
);

/** Words of a clause that speaks of what may be, not of what is: such a figure goes to review. */
export const HYPOTHETICAL_NOTE = 'the sentence speaks of what could or would be, not of what is';
