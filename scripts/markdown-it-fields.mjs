// markdown-it's published bundle initialises its classes' fields through Babel's `_defineProperty`
// helper: `_defineProperty(this, "map", null)` instead of `this.map = null`. The helper stores under a
// computed key, so each store is one megamorphic keyed store shared by every field of every class, and a
// Token (13 fields, made for every token of every parse) is built through the slow path. This plugin
// turns each call on `this` with a string literal key back into the assignment it stands for. The two
// differ only for a key that is an accessor or read-only on the prototype; markdown-it's prototypes hold
// methods only, and the unit tests parse with the transformed code. A call that does not have the
// expected form is left as it is.
import { readFile } from 'node:fs/promises';

/** `_defineProperty(this, /* comment *\/ "name", value);` on one logical statement. */
const FIELD_CALL = /_defineProperty\(\s*this,\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)?"([A-Za-z_$][\w$]*)",\s*([^\n;]*?)\s*\);/g;

/**
 * Rules that do nothing unless an option the engine leaves off is on (src/core/prose.ts: `typographer: false`,
 * `linkify: false`): each opens by returning when its option is off. Their bodies go, and with them the
 * helpers only they call, which the bundles would otherwise carry. Each entry is the function's first line and
 * its guard; a release written otherwise keeps the function whole.
 */
const TURNED_OFF = [
  ['function replace(state) {', '\tlet blkIdx;\n\tif (!state.md.options.typographer) return;'],
  ['function smartquotes(state) {', '\tif (!state.md.options.typographer) return;'],
  ['function linkify$1(state) {', '\tconst blockTokens = state.tokens;\n\tif (!state.md.options.linkify) return;'],
  ['function linkify(state, silent) {', '\tif (!state.md.options.linkify) return false;'],
];

/** The source with each TURNED_OFF function cut to its guard (the options are read as before). */
function withoutRulesTurnedOff(source) {
  let text = source;
  let changed = false;
  for (const [opening, guard] of TURNED_OFF) {
    const start = text.indexOf(`${opening}\n${guard}\n`);
    const end = start < 0 ? -1 : text.indexOf('\n}\n', start);
    if (end < 0) continue;
    const option = guard.includes('typographer') ? 'typographer' : 'linkify';
    const result = guard.endsWith('return false;') ? 'false' : 'undefined';
    text = `${text.slice(0, start)}${opening}\n\tif (!state.md.options.${option}) return ${result};\n\treturn optionRulesLeftOut('${option}');${text.slice(end)}`;
    changed = true;
  }
  // One thrower for all of them, declared once at the end (a function declaration is hoisted).
  return changed ? `${text}\nfunction optionRulesLeftOut(option) { throw new Error(\`markdown-it: the \${option} rules are left out of this build\`); }\n` : text;
}

/**
 * markdown-it's renderer (HTML out of tokens), which the engine never calls: it reads the tokens. The class
 * stays, with its rules table empty (plugins may still add rules to it) and every method throwing; its
 * default rules and their helpers go. A release written otherwise keeps the renderer whole.
 */
const RENDERER_REGION = '//#region src/renderer.ts\n';
const LEFT_OUT_RENDERER = `${RENDERER_REGION}function rendererLeftOut() { throw new Error('markdown-it: the renderer is left out of this build'); }
var Renderer = class {
\tconstructor() { this.rules = {}; }
${['renderAttrs', 'renderToken', 'renderInline', 'renderInlineAsText', 'render'].map((method) => `\t${method}() { return rendererLeftOut(); }`).join('\n')}
};
`;

/** The source with the renderer's region replaced by LEFT_OUT_RENDERER. */
function withoutRenderer(source) {
  const start = source.indexOf(RENDERER_REGION);
  const classStart = start < 0 ? -1 : source.indexOf('var Renderer = class {', start);
  const end = classStart < 0 ? -1 : source.indexOf('\n};\n//#endregion', classStart);
  if (end < 0) return source;
  return `${source.slice(0, start)}${LEFT_OUT_RENDERER}${source.slice(end + '\n};\n'.length)}`;
}

/**
 * markdown-it's text_join rule and its helper: the engine's parser disables the rule (src/core/prose.ts keeps
 * escapes and entities as tokens of their own), so its body goes, and enabling it fails with a reason. A
 * release written otherwise keeps it.
 */
const TEXT_JOIN_START = 'function join_alt(tokens) {\n';
const TEXT_JOIN_OPENING = 'function text_join(state) {\n';
const LEFT_OUT_TEXT_JOIN = "function text_join() { throw new Error('markdown-it: the text_join rule is left out of this build (src/core/prose.ts disables it)'); }";

/** The source with text_join and join_alt replaced by LEFT_OUT_TEXT_JOIN. */
function withoutTextJoin(source) {
  const start = source.indexOf(TEXT_JOIN_START);
  const opening = start < 0 ? -1 : source.indexOf(TEXT_JOIN_OPENING, start);
  const end = opening < 0 ? -1 : source.indexOf('\n}\n', opening);
  // Only the helper may stand between the two functions' openings.
  if (end < 0 || source.slice(start, opening).split('\nfunction ').length !== 1) return source;
  return `${source.slice(0, start)}${LEFT_OUT_TEXT_JOIN}${source.slice(end + '\n}'.length)}`;
}

/**
 * markdown-it's "zero" and "commonmark" presets: the engine's parser is made with the default one
 * (src/core/prose.ts), so the other two go. Asking for either then fails with markdown-it's own error for an
 * unknown preset. A release written otherwise keeps them.
 */
const PRESETS_START = '\tzero: {\n';
const PRESETS_END = '\n\t}\n};\nvar BAD_PROTO_RE';

/** The source with the presets other than "default" left out of markdown-it's config table. */
function withoutUnusedPresets(source) {
  const table = source.indexOf('var config = {\n\tdefault: {');
  const start = table < 0 ? -1 : source.indexOf(PRESETS_START, table);
  const end = start < 0 ? -1 : source.indexOf(PRESETS_END, start);
  if (end < 0 || !source.slice(start, end).includes('\tcommonmark: {')) return source;
  // The default preset's closing brace and comma stay; the table closes after it.
  return `${source.slice(0, start)}${source.slice(end + '\n\t}'.length + 1)}`;
}

export function markdownItFieldsPlugin() {
  return {
    name: 'markdown-it-fields',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]markdown-it[\\/]dist[\\/]markdown-it\.(?:mjs|cjs\.js)$/ }, async (args) => {
        const contents = withoutTextJoin(withoutUnusedPresets(withoutRenderer(withoutRulesTurnedOff((await readFile(args.path, 'utf8')).replace(FIELD_CALL, 'this.$1 = $2;')))));
        // A markdown-it release written differently keeps its calls: the build says so instead of failing.
        const left = contents.match(/_defineProperty\(\s*this\b/g)?.length ?? 0;
        const warnings = left > 0 ? [{ text: `${left} field initialisers of markdown-it left as _defineProperty calls (scripts/markdown-it-fields.mjs)` }] : [];
        return { contents, loader: 'js', warnings };
      });
    },
  };
}
