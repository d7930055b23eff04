// The engine's façade: hosts import from here only.
export * from './types';
export { FactIndex, buildIndex } from './factIndex';
export { checkDocument, checkInSlicesFrom, partialResults, SectionChecker, SLICED_FROM_CHARS } from './check';
export { warmUpSteps } from './warmUp';
export { formatFigureLike } from './format';
export { describeFact, formatValue } from './describe';
export { LineIndex } from './lineIndex';
export { citationEdits, applyTextEdits, formatSourceDate, CITATION_STYLES, type CitationStyle, type CitationRequest, type TextEdit } from './citations';
export { suppressionEdit } from './suppressionEdit';
export { buildFactSheet, measureFamily, type FactSheet, type SheetSubject, type SheetFigure, type SheetChart, type EntitySheet, type DatasetSheet, type MapSeries } from './factSheet';
