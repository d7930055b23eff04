// The engine's own working fields for a figure's reading (FigureContext, the document reader's per-block
// facts, a figure's place for binding its period): long names read hundreds of times, never in JSON, a dataset, a setting or another program's API.
// Production bundles give them short names (esbuild's mangleProps), the same in every bundle through a fixed
// cache, so that an object one bundle made reads the same in another. It keeps dist/extension-main.js,
// read at every activation, under its 400 KB budget (about 5 KB saved). A name here must never be written
// as a string in the sources: test/unit/node/mangledProps.test.ts checks that, and that the bundles use
// the short names.
export const MANGLED_PROPS = [
  'sentenceStart', 'sentenceEnd', 'clauseStart', 'clauseEnd', 'blockIndex', 'entityHits', 'vendorHits', 'nextStart', 'windowStart',
  'figureBefore', 'bindEnd', 'datingBlock', 'nounAfter', 'ownNames', 'refersBack', 'antecedent', 'worldScope', 'datingPeriods',
  'blockFacts', 'conceptSet', 'figureStart', 'figureEnd', 'nextFigureStart', 'previousFigureEnds',
  'indexed', 'conceptOf', 'isCountedNoun', 'countryOf', 'onlyASource', 'isSpecificMeasureConcept', 'conceptOfStem', 'columnHeader',
  'monthWithoutYear', 'keywordConcepts', 'worldEntity', 'byEntity', 'otherPlace', 'lineStarts', 'scaledUnits', 'countryPositions',
  'anyMeasureWordConcepts', 'anyMeasureConcepts', 'monthsWithoutYear', 'entitiesByCountry', 'quarterWithoutYear', 'indexedAt', 'isGeneric',
  'asides', 'placeNamesByText', 'isSubjectConcept', 'isDatasetWord', 'countedNoun', 'anyKeywordWords', 'sameValue', 'measureSet',
  'entityOnlyAnOrigin', 'allMeasureConcepts', 'statedFacts', 'yearBeforeUnnamed', 'unitAbbreviations', 'measureVocabulary', 'keywordsByMeasure',
  'startingPoint', 'entityOnlyPastNextFigure', 'pointsArePercent', 'numberedKeywords', 'longPhraseStarts', 'descriptionsRead', 'lowerNames',
  'firstWords', 'variantNouns', 'keywordWords', 'genericNouns', 'measureSets', 'periodNames', 'otherParties',
  'ownedByAnotherCountry', 'subjectsBeforeScope', 'otherEntitiesBefore', 'entityOpensSentence', 'statedExactly', 'lastFigureEnd', 'vendorsFromHeading',
  'entityNamesItsTime', 'datedByItsRowLabel', 'nounBeforePassive', 'entityNamedBefore', 'precisionClaimed', 'datedByAnEdition', 'ledeCountry',
  'shareOfAnAmount', 'ownMeasureFacts', 'framingEntities', 'ownEntityFacts', 'entitiesAround', 'countedToADate', 'negatedBound', 'nationalScope',
  'entityCounts', 'subjectConcepts', 'paragraphBefore', 'specificConceptsOf', 'periodNamesByYear', 'forecastFacts',
  'unitNouns', 'ordinalVariants', 'inStructure', 'onlyGenericKeywords', 'vendorSet', 'otherEntities', 'nounSet', 'sourcesNamed',
  'counterparts', 'baseYear', 'revisedEstimate', 'earlierEstimate', 'namedAsATarget', 'constantPrices', 'statedByMates', 'listItemMates',
  'labelEntities', 'spanYears', 'ordinalCount', 'measureConcepts', 'factsNearValue', 'longPhraseConcept', 'openingBlocks', 'isGenericNoun',
  'specificConcepts', 'keywordsOf', 'wholeOwners', 'inQuotation', 'rowMates', 'nameStart', 'nameEnd', 'firstOfKind', 'datelineEnd',
  'writtenIn', 'firstBlock', 'ownFacts', 'fromHeading', 'nameBeforeParen', 'afterKnownName', 'typosChecked', 'nearSpecific', 'yearlyRate',
  'insideName', 'belowANorm', 'sentenceConcepts', 'nearConcepts', 'nearWords', 'measureWords', 'onTopic', 'wrongWhole', 'reduction',
  'topicPattern', 'withoutUnnamedDescriptions', 'anotherMeasureThanTheList', 'publishedBy', 'indexedList', 'longestPhrase',
  'timeNamed', 'ownsFacts', 'scannedFacts', 'percentChangesInPoints', 'judgeDated', 'conceptCache', 'vendorPositions', 'scaledUnitAfter',
  'conceptsPerWord', 'indexedAboutWithValue', 'wrongValues', 'soleCurrencies', 'seasonStart', 'questionBefore', 'ownedByAnUnknownName',
  'namedSinceLastFigure', 'measureWordsOf', 'indexedFact', 'fiscalStart', 'definitionsKey', 'countryIndexed', 'claimedNeutral',
  'candidateBases', 'passiveOf', 'monthOfTheTimeNamed', 'keywordsWithNumbers', 'currencyWrittenWith', 'candidatesInCountry',
  'publishedSets', 'countryByUnit', 'contextBlocks', 'byCountryUnit', 'sourceOnly', 'positionOf', 'ownAndCountryFacts',
  'namesAMeasureAfter', 'isModifier', 'inLongList', 'fuzzyCache', 'factsAbout', 'eventNames', 'entityKind', 'earlierInItsSeries',
  'clauseTime', 'verdict', 'memory', 'precision', 'qualifierWritten', 'fromANorm', 'unitScale',
  'sourcesPossessive', 'readOpeningBlocks', 'measuresForecasts', 'descriptionStands', 'abbreviationAfter', 'writtenSpans', 'wordConcepts',
  'tableOnTopic', 'leadInGoesOn', 'blocksAround', 'withNamedPeriods', 'seasonStartMonth', 'judgeAYearBefore', 'bringsAnyConcept',
  'judgedAs', 'byVendor', 'writtenSpan', 'wordCache', 'timeOfItsClause', 'tableTopics', 'stemCache', 'pairConcept', 'listedNames',
  'listOnTopic', 'knowsPhrase', 'judgeInTime', 'isNeutral', 'hasEntityNearby', 'fiscalYearStart', 'conceptsOfWords', 'byInitial', 'computedValues', 'ofItsLevels', 'fromItsSentence', 'lowBound', 'highBound', 'token', 'generation',
  // markdown-it's block and inline state and its tokens' working fields: read by the engine's parser steps and the plugins, bundled with the same names.
  'blkIndent', 'sCount', 'bMarks', 'tShift', 'eMarks', 'parentType', 'delimiters', 'posMax', 'tokens_meta', 'markup', 'nesting', 'attrs', '__rules__', '__cache__', 'bsCount', 'marker',
  'writtenInMonth', 'withoutOwnName', 'unitGluedAfter', 'soleCurrencyOf', 'sentenceStarts', 'ownedAsItsMate', 'namesOfThePart',
  'bareEventNames', 'vendorSets', 'unitNounAt', 'placeNames', 'pairStarts', 'listTopics', 'goesOnFrom', 'cachedStem', 'sourceClauses',
  'originOfGoods', 'namesForecast', 'namesAMeasure', 'isMeasureWord', 'candidatesFor', 'partNames', 'lineLabel',
  'levelEnd', 'rowLabel', 'relation', 'question',
  'thingWordsAfter', 'counterpart', 'worldId', 'homeOfParty', 'hedgedWrong', 'yearAt', 'firstEnd', 'byYear', 'fileStarts', 'partyHomes', 'ofTheMonth', 'addGroups', 'byFirst', 'byCountry', 'pathEnd', 'namesNorm', 'perWord', 'inHeading', 'byMeasure', 'nounSets', 'levelSet', 'ownAside', 'yearsAgo', 'timeless', 'perClaim', 'scopeOf', 'framing', 'ownLink', 'spanEnd', 'ownLine', 'byUnit', 'listOf', 'demonym', 'concept', 'concepts', 'leadIn',
  'lastRechecked', 'skipLinkTail', 'sourceUrls', 'listItems', 'isHeading', 'isForeign',
  'sentenceAsides', 'sentencePlaces', 'inAThingsName', 'openingLabels', 'sentenceNames', 'thingPhrases', 'keywordCache', 'blockOnTopic', 'ordinalNouns', 'inTheOpening', 'startReading', 'unitNounsOf', 'namedPeriod', 'eventsNamed', 'isSourceUrl', 'clauseJoins', 'learnStated', 'prefixLines', 'fuseIndex', 'askedNoun', 'namedHits', 'capitalOf', 'offColumn', 'measureKeywords',
  'directives', 'htmlBlock', 'frontMatter', 'continuations', 'footnotes',
  'workspaceCollection', 'checkerKey', 'keptResultsReadLocally', 'renderedEmitter', 'showsNothing', 'prevalidated', 'rememberEditor',
  'checkWhenReady', 'notShown', 'storedKeys', 'reloadSoon', 'keptDocument', 'isLongFirstCheck', 
  'readIdPositions', 'currentSubject', 'togetherMemory', 'readKeptResult', 'checkerFor', 'entryUri', 'workspaceUris', 'readsLocally',
  'keptReads', 'onLiveResult', 'keptFirst', 'checkLive', 'forgetResult', 'factLocation', 'datasetKeys', 'showPartial', 'removeFiles',
  'removeNames', 'fireSoon', 'lookAround', 'keepResult', 'resultFor', 'storeFor', 'statsFor', 'readKept', 'showKept',
  'addTypos', 'readLede', 'onStale', 'addPath', 'nounsOf',
  'blocks', 'reader', 'related', 'workspaceDatasets', 'onDidUpdate', 'onDidLoad',
];

/** Each name's short name: "$" and its place in base 36, fixed, so every bundle agrees. */
export function mangleCacheOf(names) {
  return Object.fromEntries(names.map((name, i) => [name, `$${i.toString(36)}`]));
}
