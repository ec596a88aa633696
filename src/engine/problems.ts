// Collects located, bilingual problems while a file or an input is checked, so that a
// validator reports every problem at once instead of stopping at the first.

import type { Problem, Text } from './types.ts';

export class Problems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

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

  error(path: string, fr: string, en: string, line = this.lineOf(path)): void {
    this.errors.push(withLine({ path, message: { fr, en }, severity: 'error' }, line));
  }

  warn(path: string, fr: string, en: string, line = this.lineOf(path)): void {
    this.warnings.push(withLine({ path, message: { fr, en }, severity: 'warning' }, line));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }
}

function withLine(p: Problem, line: number | undefined): Problem {
  return line === undefined ? p : { ...p, line };
}

/** One problem as a line of text: `ligne 12 — variables[2].id : …`. */
export function formatProblem(p: Problem, lang: keyof Text = 'fr'): string {
  const where = [p.line !== undefined ? `${lang === 'fr' ? 'ligne' : 'line'} ${p.line}` : '', p.path]
    .filter(Boolean)
    .join(', ');
  return where ? `${where} — ${p.message[lang]}` : p.message[lang];
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
