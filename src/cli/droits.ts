// `npm run --silent droits -- [--lang en] <household.json>`: the rights of the household's month, with
// the computation month by month. The file is the app's household file (every right: prime d'activité,
// RSA, AF, CF, ASF, ARS, housing aid) or the PPA/RSA file `droits` read first (those two), told apart
// by their shape (droits-input.ts). `--jsonl <file>`: one `{"id", "input"}` per line in, one
// `{"id", …report}` (or a located error) per line out, in order. Problems are written in French by
// default; any invalid input exits with code 2; a household file's warnings go to stderr.

import { isLang, type Lang } from '../i18n/index.ts';
import { formatProblem, problemText } from '../i18n/messages.ts';
import { parseArgs } from './args.ts';
import { Exit, exitCode, isEntry, runMain, type Io } from './io.ts';
import { droitsOf } from './droits-input.ts';
import { decodeModelBytes } from '../formats/text.ts';
import { JsonSyntaxError, parseJsonWithLines } from '../formats/json-lines.ts';
import { problem } from '../problems/index.ts';

type LineError = { path: string; message: string };

/** One line of a batch: its report, or the errors that name the field (`input.` prefixed). */
function batchLine(
  text: string,
  lang: Lang,
): { ok: true; out: object } | { ok: false; id?: unknown; errors: LineError[] } {
  const say = (id: string, params?: Record<string, string>) => problemText({ id, params }, lang);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: say('droits.json', { detail: (e as Error).message }) }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, errors: [{ path: '', message: say('droits.batchLine') }] };
  const { id, input } = raw as { id?: unknown; input?: unknown };
  const errors: LineError[] = [];
  if (typeof id !== 'string' && typeof id !== 'number') errors.push({ path: 'id', message: say('droits.batchId') });
  const decoded = droitsOf(input);
  if (!decoded.ok)
    errors.push(
      ...decoded.errors.map((e) => ({ path: e.path ? `input.${e.path}` : 'input', message: problemText(e, lang) })),
    );
  if (errors.length || !decoded.ok) return { ok: false, id, errors };
  return { ok: true, out: { id, ...decoded.report } };
}

/** The command: its exit code (2 for bad input, said on stderr), never process.exit. */
export function main(argv: string[], io: Io): Promise<number> {
  return exitCode(() => {
    function fail(message: string): never {
      io.stderr(message + '\n');
      throw new Exit(2);
    }

    function read(file: string, lang: Lang): string {
      let bytes: Uint8Array;
      try {
        bytes = io.readFile(file);
      } catch (e) {
        return fail(`cannot read ${file}: ${(e as Error).message}`);
      }
      // Any encoding an editor saves, as `score` reads it; a binary file is said to be one.
      const text = decodeModelBytes(bytes);
      return text.ok ? text.value : fail(`${file}: ${problemText({ id: 'droits.notText' }, lang)}`);
    }

    function batch(file: string, lang: Lang): number {
      const lines = read(file, lang).split(/\r\n|\r|\n/);
      if (lines.at(-1) === '') lines.pop();
      let bad = 0;
      lines.forEach((text, i) => {
        const r = batchLine(text, lang);
        if (!r.ok) bad++;
        const out = r.ok ? r.out : { ...(r.id === undefined ? {} : { id: r.id }), line: i + 1, errors: r.errors };
        io.stdout(JSON.stringify(out) + '\n');
      });
      if (bad) io.stderr(`${bad} of ${lines.length} lines of ${file} are not valid households\n`);
      return bad ? 2 : 0;
    }

    const args = parseArgs(argv, ['jsonl', 'lang']);
    if (!args.ok) fail(args.error);
    const lang = args.value.lang ?? 'fr';
    if (!isLang(lang)) fail(`--lang: "fr" or "en" expected (got "${lang}")`);
    const usage = 'usage: npm run --silent droits -- [--lang en] <household.json> | --jsonl <households.jsonl>';
    if (args.value.jsonl !== undefined) {
      if (args.rest.length) fail(usage);
      return batch(args.value.jsonl, lang);
    }
    const [file, ...extra] = args.rest;
    if (!file || extra.length) fail(usage);
    let raw: unknown;
    const text = read(file, lang);
    try {
      raw = parseJsonWithLines(text).value;
    } catch (e) {
      // Located and in the chosen language, as `score` says it (not JSON.parse's own English).
      if (!(e instanceof JsonSyntaxError)) throw e;
      fail(`${file}: ${formatProblem(problem('error', '', e.id, e.params, e.line), lang)}`);
    }
    const input = droitsOf(raw);
    if (!input.ok) fail(`${file}:\n${input.errors.map((e) => `  ${formatProblem(e, lang)}`).join('\n')}`);
    for (const w of input.warnings) io.stderr(`${file}: ${formatProblem(w, lang)}\n`);
    io.stdout(JSON.stringify(input.report, null, 2) + '\n');
  });
}

if (isEntry(import.meta.url)) void runMain(main);
