// A strict JSON reader that remembers the line of every value, so that a model file's
// validation errors can say "line 42" rather than only a path. JSON.parse cannot do that.

export interface Located {
  value: unknown;
  /** Line (1-based) of each value, keyed by path: `""` is the root, `a.b[2].c` below. */
  lines: Map<string, number>;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64;

/** Parses `text` as JSON; throws JsonSyntaxError (with the line) when it is not. */
export function parseJsonWithLines(text: string): Located {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(what, line);
  };
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
    }
  };
  const describe = () => (i >= text.length ? 'end of file' : JSON.stringify(text[i]));

  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
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
    return fail(`unexpected ${describe()}`);
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
      if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
      const key = string();
      ws();
      if (text[i] !== ':') fail(`expected ':' after "${key}", found ${describe()}`);
      i++;
      if (Object.prototype.hasOwnProperty.call(out, key)) fail(`duplicate key "${key}"`);
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
      fail(`expected ',' or '}', found ${describe()}`);
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
      fail(`expected ',' or ']', found ${describe()}`);
    }
  };

  const string = () => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '"') break;
      else if (c === '\n') fail('line break inside a string');
    }
    if (i >= text.length) fail('unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      return fail('invalid escape in string');
    }
  };

  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail(`invalid number at ${describe()}`);
    i += m[0].length;
    return Number(m[0]);
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = value('', 0);
  ws();
  if (i < text.length) fail(`unexpected ${describe()} after the end of the document`);
  return { value: root, lines };
}
