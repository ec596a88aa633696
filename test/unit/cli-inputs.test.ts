// What the population, rank and droits commands do with hostile arguments and files: a number of
// draws out of bounds is refused with a sentence (exit 2, no stack trace), a household saved in
// UTF-16 reads as `score` reads it, and a binary file is named as not text, not as a JSON.parse message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo, type Main } from '../../src/cli/io.ts';
import { main as population } from '../../src/cli/population.ts';
import { DEFAULT_POPULATION } from '../../src/cli/population-common.ts';
import { main as rank } from '../../src/cli/rank.ts';
import { main as droits } from '../../src/cli/droits.ts';
import { main as score } from '../../src/cli/score.ts';

const PROFILE = 'test/cases/cli/household.json';
const text = readFileSync(PROFILE, 'utf8');
/** The same household as Windows Notepad saves "Unicode": UTF-16 LE with its byte order mark. */
const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
/** The first bytes of an .xlsx workbook (a zip), with NUL bytes. */
const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
const files = {
  [DEFAULT_POPULATION]: readFileSync(DEFAULT_POPULATION),
  'foyer-utf16.json': utf16,
  'classeur.json': binary,
  /** Five bytes with NUL ones that a text decoder may still take for UTF-16: its JSON error is said, not JSON.parse's. */
  'court.bin': new Uint8Array([0, 1, 2, 0x50, 0x4b]),
};
const run = async (main: Main, args: string[]) => {
  const io = memoryIo(files);
  const status = await main(args, io);
  return { status, stdout: io.out, stderr: io.err };
};
const MODEL = ['--model', 'dmde-2026-modele-1'];

describe('--samples of population and rank', () => {
  for (const n of ['999999999', '5001', '0', '1e3']) {
    it(`refuses --samples ${n} with a sentence and exit 2`, async () => {
      for (const [main, args] of [
        [population, [...MODEL, '--controlled', '--samples', n]],
        [rank, [...MODEL, '--profile', PROFILE, '--samples', n]],
      ] as const) {
        const r = await run(main, [...args]);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(/^--samples est un nombre entier de 1 à 5\s000 .*« .+ »/);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        const en = await run(main, [...args, '--lang', 'en']);
        expect(en.stderr).toMatch(/^--samples is a whole number from 1 to 5,000/);
      }
    });
  }
});

describe('a household file in UTF-16', () => {
  it('is read by rank as score reads it', async () => {
    const s = await run(score, ['--model', 'dmde-2026-modele-1', '--profile', 'foyer-utf16.json']);
    expect(s.status, s.stderr).toBe(0);
    const r = await run(rank, [...MODEL, '--profile', 'foyer-utf16.json', '--samples', '5']);
    expect(r.status, r.stderr).toBe(0);
    const same = await run(rank, [...MODEL, '--profile', PROFILE, '--samples', '5']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(same.stdout));
  });
});

describe('droits on a binary file', () => {
  it('says the file is not text, in the chosen language, without a JSON.parse message', async () => {
    const r = await run(droits, ['classeur.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/classeur\.json.*n’est pas du texte/);
    expect(r.stderr).not.toMatch(/Unexpected|position|JSON invalide/);
    const en = await run(droits, ['--lang', 'en', 'classeur.json']);
    expect(en.stderr).toMatch(/classeur\.json.*is not text/);
  });
});

describe('a short binary file read as text', () => {
  it('gets a located JSON sentence from droits and rank, never JSON.parse’s own message', async () => {
    for (const [main, args] of [
      [droits, ['court.bin']],
      [rank, [...MODEL, '--profile', 'court.bin', '--samples', '2']],
    ] as const) {
      const r = await run(main, [...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/court\.bin/);
      expect(r.stderr).not.toMatch(/Unexpected token|is not valid JSON/);
    }
  });
});
