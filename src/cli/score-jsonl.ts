// `score --jsonl <file>`: one input per line, `{"id", "features": {…}}` (a model's own variables, as
// --features) or `{"id", "household": {…}}` (a household file, as --profile); one output line per
// input line, in order: `{"id", "score", "contributions": [{"variable", "term"}…]}`, or for a bad line
// `{"id"?, "line", "errors": [{"path", "message"}]}` while the other lines go on. Exit 2 when any line
// is bad (said on stderr), as `droits --jsonl`.

import { checkFeatures, evaluate, score, type Model, type Score } from '../engine/index.ts';
import { SCORE_CLI as SAY } from '../i18n/cli.ts';
import type { Lang } from '../i18n/index.ts';
import { interpolate, problemText } from '../i18n/messages.ts';
import type { Problem } from '../problems/index.ts';

type LineError = { path: string; message: string };
type Say = (key: keyof (typeof SAY)['fr'], params?: Record<string, string>) => string;

/** One output object per line: the score and its exact terms, or the line's located errors. */
export function scoreLine(model: Model, text: string, say: Say, lang: Lang): { ok: boolean; out: object } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return bad(undefined, [{ path: '', message: say('lineJson', { detail: (e as Error).message }) }]);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return bad(undefined, [{ path: '', message: say('lineShape') }]);
  const { id, features, household } = raw as { id?: unknown; features?: unknown; household?: unknown };
  const errors: LineError[] = [];
  if (typeof id !== 'string' && typeof id !== 'number') errors.push({ path: 'id', message: say('lineId') });
  if ((features === undefined) === (household === undefined)) {
    errors.push({ path: '', message: say('lineInput') });
    return bad(id, errors);
  }
  const located = (prefix: string, ps: Problem[]) =>
    ps.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: problemText(p, lang) }));
  let result: Score | undefined;
  if (features !== undefined) {
    const f = checkFeatures(model, features);
    if (f.ok) result = score(model, f.value);
    else errors.push(...located('features', f.errors));
  } else {
    const e = evaluate(model, household);
    if (e.ok) result = e.score;
    else errors.push(...located('household', e.errors));
  }
  if (errors.length || !result) return bad(id, errors);
  return {
    ok: true,
    out: {
      id,
      score: result.score,
      contributions: result.contributions.map((c) => ({ variable: c.variable, term: c.logodds })),
    },
  };
}

const bad = (id: unknown, errors: LineError[]) => ({
  ok: false,
  out: { ...(id === undefined ? {} : { id }), errors },
});

/** Scores every line of `text`; writes the output in blocks (16,384 lines are one write each 1,000). */
export function scoreJsonl(
  model: Model,
  text: string,
  path: string,
  lang: Lang,
  io: { stdout(t: string): void; stderr(t: string): void },
): number {
  const say: Say = (key, params = {}) => interpolate(SAY[lang][key], params, lang);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  let badCount = 0;
  let block: string[] = [];
  lines.forEach((t, i) => {
    const r = scoreLine(model, t, say, lang);
    if (!r.ok) badCount++;
    // The line number goes after the id, where `droits --jsonl` puts it.
    const out = r.ok ? r.out : { ...pickId(r.out), line: i + 1, ...r.out };
    block.push(JSON.stringify(out));
    if (block.length === 1000) {
      io.stdout(block.join('\n') + '\n');
      block = [];
    }
  });
  if (block.length) io.stdout(block.join('\n') + '\n');
  if (badCount) io.stderr(say('batchBad', { bad: String(badCount), total: String(lines.length), path }) + '\n');
  return badCount ? 2 : 0;
}

const pickId = (o: object) => ('id' in o ? { id: (o as { id: unknown }).id } : {});
