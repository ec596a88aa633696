// How every layer reports a problem in a file or an input: a message id with parameters and a
// place (field path, file line). The words live in i18n/, so the rules below never pick a language.
// This module sits below the benefit rules and the engine and imports nothing.

export type Severity = 'error' | 'warning';

/** A value shown inside a message: a number (formatted for the reader's language) or a literal text. */
export type Param = string | number;

/** A problem found in a file or an input, located for the person who has to fix it. */
export interface Problem {
  /** Message id, a key of the catalogues in i18n/ (`household.adultAge`, `model.binsGap`…). */
  id: string;
  params?: Record<string, Param>;
  /** Where in the structure: `variables[3].coefficient.value`, `adults[0].age`. */
  path: string;
  /** 1-based line in the file, when the input was a file. */
  line?: number;
  severity: Severity;
}

/**
 * How many problems of one kind are kept word for word. A table of 130,000 rows can raise the same
 * warning on every row: past this many, one `problems.more` entry counts the rest (`of`: their id), so that a reader
 * sees every kind of problem (and the first lines of each) and a large file stays fast to check.
 */
export const KEPT_PER_KIND = 20;

/** Collects problems while a file or an input is checked, so that every kind of problem is reported at once. */
export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** Per `severity:id`: how many were seen, and the entry that counts those beyond KEPT_PER_KIND. */
  readonly #seen = new Map<string, { count: number; more?: Problem & { params: { count: number; of: string } } }>();

  /** `lines` maps a path to its line in the file (see formats/json-lines.ts). */
  constructor(private readonly lines?: Map<string, number>) {}

  /** The line of `path`, or of its nearest located parent. */
  lineOf(path: string): number | undefined {
    if (!this.lines) return undefined;
    for (let p = path; ;) {
      const line = this.lines.get(p);
      if (line !== undefined) return line;
      if (p === '') return undefined;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? '' : p.slice(0, cut);
    }
  }

  error(path: string, id: string, params?: Record<string, Param>, line?: number): void {
    this.#add(this.errors, 'error', path, id, params, line);
  }

  warn(path: string, id: string, params?: Record<string, Param>, line?: number): void {
    this.#add(this.warnings, 'warning', path, id, params, line);
  }

  #add(list: Problem[], severity: Severity, path: string, id: string, params?: Record<string, Param>, line?: number) {
    const key = `${severity}:${id}`;
    const seen = this.#seen.get(key) ?? { count: 0 };
    this.#seen.set(key, seen);
    seen.count++;
    if (seen.count <= KEPT_PER_KIND) list.push(problem(severity, path, id, params, line ?? this.lineOf(path)));
    else if (seen.more) seen.more.params.count++;
    else {
      // Located where the uncounted ones start, so a reader (and a test) knows where to look.
      const at = line ?? this.lineOf(path);
      seen.more = { id: 'problems.more', path: '', severity, params: { count: 1, of: id } };
      if (at !== undefined) seen.more.line = at;
      list.push(seen.more);
    }
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

/** One problem, for the places that report a single one. */
export function problem(
  severity: Severity,
  path: string,
  id: string,
  params?: Record<string, Param>,
  line?: number,
): Problem {
  return { id, path, severity, ...(params ? { params } : {}), ...(line !== undefined ? { line } : {}) };
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A short, printable view of any decoded value for a message. It never calls a method of the
 * value (no `String(v)`, no `JSON.stringify`): a hostile `{"toString": …}` cannot throw here.
 */
export function rawText(v: unknown, max = 20): string {
  switch (typeof v) {
    case 'string':
      return v.length > max ? `${v.slice(0, max)}…` : v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${v}`;
    case 'undefined':
      return 'undefined';
    default:
      return v === null ? 'null' : Array.isArray(v) ? '[…]' : '{…}';
  }
}

/** Limits shared by every decoder of a household (the app's, the `droits` CLI's). */
export const LIMITS = {
  /** A monthly amount above this is a typing error, not an income. */
  maxAmount: 100_000,
  maxChildren: 20,
  /** A person of 25 or more is no longer a dependent child for any CAF benefit (RSA, PPA, AF, aides au logement). */
  maxChildAge: 24,
  minAdultAge: 18,
  maxAge: 120,
  /**
   * Months a household may be described in. The rules start with the prime d'activité (January
   * 2016); parameters stay in force until a new text changes them, so later months use the latest
   * amounts. Beyond 2030 a month is a typing error, not a situation.
   */
  firstMonth: '2016-01',
  lastMonth: '2030-12',
} as const;
