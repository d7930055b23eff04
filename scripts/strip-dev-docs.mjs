// The reading rules' `doc` and `example` lines, the evidence weights' `reason` strings and the period
// forms' `pattern`s (the specification their hand-written matchers are tested against) are for the
// engine's developers: the tests, the fit and docs/calibration.md read them, the running engine never does. The production bundles leave them out (dist/extension-main.js, read at every activation,
// must stay under 400 KB). Only a property written on one line with a plain string is removed; any other
// stays, so a rule written differently costs bytes, never behaviour.
/** `doc: '…',` or `example: "…",` alone on its line, in a reading rule. */
const RULE_DOC_LINE = /^[ \t]*(?:doc|example):[ \t]*(['"`])(?:\\.|(?!\1)[^\\\n])*\1,[ \t]*\n/gm;
/** `, reason: '…'` inside a weight's or threshold's entry. */
const REASON = /,[ \t]*reason:[ \t]*(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g;
/** `pattern: `…`,` in a period form, on its own line or inline ("match: match.half, pattern: `…`, read: …"). */
const FORM_PATTERN = /[ \t]*pattern:[ \t]*`(?:\\.|[^`\\\n])*`,[ \t]*\n?/g;

/** The files whose developer docs production bundles leave out. */
const DEV_DOC_FILES = /[\\/]src[\\/]core[\\/](?:reading[\\/][\w-]+|evidence[\\/]weights|periods)\.ts$/;

/** The source of `path` without its rules' docs, weights' reasons and period forms' patterns. */
export function stripDevDocs(path, source) {
  if (!DEV_DOC_FILES.test(path)) return source;
  return source.replace(RULE_DOC_LINE, '').replace(REASON, '').replace(FORM_PATTERN, '');
}
