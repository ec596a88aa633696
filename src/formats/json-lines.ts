// A strict JSON reader that remembers the line of every value, so that a model file's
// validation errors can say "line 42" rather than only a path. JSON.parse cannot do that.

import type { Param } from '../problems/index.ts';

export interface Located {
  value: unknown;
  /** Line (1-based) of each value, keyed by path: `""` is the root, `a.b[2].c` below. */
  lines: Map<string, number>;
}

/** A syntax error with its line; `id` and `params` name it for the catalogue of i18n/problems/model.ts. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly id: string,
    readonly params: Record<string, Param>,
    readonly line: number,
  ) {
    super(id);
  }
}

const MAX_DEPTH = 64;

/** Parses `text` as JSON; throws JsonSyntaxError (with the line) when it is not. */
export function parseJsonWithLines(text: string): Located {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const fail = (id: string, params: Record<string, Param> = {}): never => {
    throw new JsonSyntaxError(id, params, line);
  };
  /** What stands at the cursor, for "expected …, found …"; the end of the file has its own message. */
  const found = (): string => (i >= text.length ? fail('json.unexpectedEnd') : JSON.stringify(text[i]));
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      // A line ends with LF, CRLF or a lone CR (old Mac files): count CRLF once.
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };

  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('json.nestingTooDeep');
    ws();
    lines.set(path, line);
    const c = text[i];
    if (c === '{') return object(path, depth);
    if (c === '[') return array(path, depth);
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return fail('json.unexpectedChar', { char: found() });
  };

  const object = (path: string, depth: number) => {
    const out: Record<string, unknown> = {};
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('json.expectedKey', { found: found() });
      const key = string();
      ws();
      if (text[i] !== ':') fail('json.expectedColon', { key, found: found() });
      i++;
      if (Object.prototype.hasOwnProperty.call(out, key)) fail('json.duplicateKey', { key });
      const childPath = path === '' ? key : `${path}.${key}`;
      Object.defineProperty(out, key, {
        value: value(childPath, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      fail('json.expectedCommaOrBrace', { found: found() });
    }
  };

  const array = (path: string, depth: number) => {
    const out: unknown[] = [];
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value(`${path}[${out.length}]`, depth + 1));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      fail('json.expectedCommaOrBracket', { found: found() });
    }
  };

  const string = () => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '"') break;
      else if (c === '\n' || c === '\r') fail('json.lineBreakInString');
    }
    if (i >= text.length) fail('json.unterminatedString');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('json.invalidEscape');
    }
  };

  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('json.invalidNumber', { found: found() });
    i += m[0].length;
    return Number(m[0]);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = value('', 0);
  ws();
  if (i < text.length) fail('json.trailingContent', { found: found() });
  return { value: root, lines };
}
