// Says where and why a JSON text is malformed, in words a dataset author understands. Only used after
// JSON.parse has failed: engines word (and place) their errors differently, so this scans the text.

function describeChar(text: string, at: number): string {
  if (at >= text.length) return 'end of file';
  const code = text.codePointAt(at)!;
  const ch = String.fromCodePoint(code);
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${ch}'`;
}

/**
 * Where JSON.parse gave up and why; engines word (and place) their errors differently, so this scans
 * the text itself. Returns undefined when it finds no error (JSON.parse's message is used then).
 */
export function locateJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  class Stop {
    constructor(
      readonly offset: number,
      readonly message: string,
    ) {}
  }
  const stop = (offset: number, message: string): never => {
    throw new Stop(offset, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (what: string): never =>
    stop(i, `expected ${what}, found ${describeChar(text, i)}${text[i] === '/' ? ' (comments are not allowed in JSON)' : ''}`);
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else stop(i, `unexpected ${describeChar(text, i)}`);
  };
  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= text.length) stop(start, 'unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) stop(i, `unescaped ${describeChar(text, i)} in string (a line break inside a string?)`);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop(i, 'invalid \\u escape in string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop(i, `invalid escape ${e === undefined ? '\\' : `'\\${e}'`} in string`);
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) stop(i, `invalid number`);
    i += m![0].length;
    if (i < text.length && /[\d.eE]/.test(text[i]!)) stop(i, 'invalid number');
  };
  const value = (depth: number): void => {
    if (depth > 2000) stop(i, 'nested more than 2000 levels deep; the error could not be located');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') {
          if (text[i] === '}') stop(i, "unexpected '}' after ',' (trailing commas are not allowed in JSON)");
          expect('a property name in double quotes');
        }
        string();
        ws();
        if (text[i] !== ':') expect("':' after the property name");
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        expect("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] === ']') stop(i, "unexpected ']' after ',' (trailing commas are not allowed in JSON)");
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        expect("',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === "'") stop(i, "unexpected \"'\" (JSON strings use double quotes)");
    if (c === '/') stop(i, "unexpected '/' (comments are not allowed in JSON)");
    stop(i, `unexpected ${describeChar(text, i)}`);
  };
  try {
    value(0);
    ws();
    if (i < text.length) stop(i, `unexpected ${describeChar(text, i)} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return { offset: error.offset, message: error.message };
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Zod issues → problems
