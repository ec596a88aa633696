// Turns the bytes of a file into text, whatever a spreadsheet or an editor saved: UTF-8 with or
// without BOM, UTF-16 LE/BE with or without BOM, Windows-1252 (Excel's "CSV" on Windows). A file
// that is not text is named as such instead of reaching a parser as a string of odd characters.

import { problem, type Problem } from '../problems/index.ts';
import type { Result } from '../engine/types.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes are enough to tell UTF-16 without BOM from binary. */
const SNIFF = 4096;

/**
 * Decodes the bytes of a model, table or household file. The text has no BOM; `encoding` says
 * how it was read. Bytes that are no text (a workbook, a PDF, an image) give the error `model.binary`.
 */
export function decodeModelBytes(bytes: Uint8Array): Result<string> & { encoding?: Encoding } {
  const encoding = detectEncoding(bytes);
  if (!encoding) return { ok: false, errors: [problem('error', '', 'model.binary', undefined, 1)], warnings: [] };
  const bom = bomLength(bytes, encoding);
  const body = bytes.subarray(bom);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const text = decodeUtf16(body, encoding);
    return textProblem(text) ? binary() : { ok: true, value: text, warnings: [], encoding };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return textProblem(text) ? binary() : { ok: true, value: text, warnings: [], encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    if (textProblem(text)) return binary();
    const warning = problem('warning', '', 'model.decodedAsWindows1252', { line: firstBadUtf8Line(body) });
    return { ok: true, value: text, warnings: [warning], encoding: 'windows-1252' };
  }
}

const binary = (): Result<string> => ({
  ok: false,
  errors: [problem('error', '', 'model.binary', undefined, 1)],
  warnings: [],
});

/** The encoding of `bytes` from its BOM or, without one, from where NUL bytes fall; undefined for binary data. */
export function detectEncoding(bytes: Uint8Array): Encoding | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SNIFF);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNul++ : oddNul++;
  if (evenNul + oddNul === 0) return 'utf-8';
  // Text in UTF-16 is mostly ASCII: one byte of each pair is NUL, always the same one.
  const pairs = Math.floor(n / 2);
  if (oddNul >= pairs * 0.3 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul === 0) return 'utf-16be';
  return undefined;
}

function bomLength(bytes: Uint8Array, encoding: Encoding): number {
  if (encoding === 'utf-8') return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(body);
  // Swapped into little-endian: every runtime has the LE decoder, not every one the BE decoder.
  const swapped = new Uint8Array(body.length - (body.length % 2));
  for (let i = 0; i + 1 < body.length; i += 2) [swapped[i], swapped[i + 1]] = [body[i + 1]!, body[i]!];
  return new TextDecoder('utf-16le').decode(swapped);
}

/** 1-based line of the first byte sequence that is not UTF-8, for the warning (LF, CRLF or CR end a line). */
function firstBadUtf8Line(body: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const end = i === body.length || body[i] === 0x0a || (body[i] === 0x0d && body[i + 1] !== 0x0a);
    if (!end) continue;
    try {
      decoder.decode(body.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/**
 * What is wrong with a text that was decoded elsewhere (the browser's `File.text()` reads any
 * file as UTF-8): NUL characters in the UTF-16 pattern, or those of binary data. Undefined when it reads as text.
 */
export function textProblem(text: string): Problem | undefined {
  const n = Math.min(text.length, SNIFF);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x80 && c < 0xa0)) control++;
  }
  // A stray control character (a DOS end-of-file mark, a form feed) does not make a file binary.
  if (nul === 0 && control <= Math.max(2, n * 0.01)) return undefined;
  // UTF-16 read as UTF-8: every other character is NUL (after two U+FFFD for the BOM, if any).
  const head = text.charCodeAt(0) === 0xfffd && text.charCodeAt(1) === 0xfffd ? 2 : 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = head; i < n; i++) if (text.charCodeAt(i) === 0) (i - head) % 2 === 0 ? evenNul++ : oddNul++;
  const pairs = Math.floor((n - head) / 2);
  if (oddNul >= pairs * 0.3 && evenNul === 0) return problem('error', '', 'model.utf16', { order: 'LE' }, 1);
  if (evenNul >= pairs * 0.3 && oddNul === 0) return problem('error', '', 'model.utf16', { order: 'BE' }, 1);
  return problem('error', '', 'model.binary', undefined, 1);
}
