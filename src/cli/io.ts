// What a command line touches outside the engine, passed in: tests call `main(argv, io)` in the
// same process with an Io that records, instead of spawning a Node per case. The entry file of
// each command is the only place that hands it the real process.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bytes of a file; throws as `fs.readFileSync` does (the command turns that into a sentence). */
  readFile(path: string): Uint8Array;
}

/** Thrown by a command's `fail`: `main` catches it and returns its code (2 for bad input). */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** A command: reads its arguments, writes through `io`, returns its exit code (never calls process.exit). */
export type Main = (argv: string[], io: Io) => Promise<number> | number;

/** Runs a command's body: the code it returns (0 by default), or the code of the Exit it throws. */
export async function exitCode(body: () => number | void | Promise<number | void>): Promise<number> {
  try {
    return (await body()) ?? 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    throw e;
  }
}

/** Whether the module of `url` (its `import.meta.url`) is the script Node was started with, not an import. */
export function isEntry(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && resolve(script) === fileURLToPath(url);
}

/** The real process's Io. */
export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => readFileSync(p),
  };
}

/** Runs `main` as the command: its code becomes the process's exit code once the output is flushed. */
export async function runMain(main: Main, argv = process.argv.slice(2), io = processIo()): Promise<void> {
  try {
    process.exitCode = await main(argv, io);
  } catch (e) {
    if (e instanceof Exit) process.exitCode = e.code;
    else throw e;
  }
}

/** An Io that records what a command writes and reads files from a map (or the disk): for tests. */
export function memoryIo(files: Record<string, string | Uint8Array> = {}): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: (p: string): Uint8Array => {
      const f = files[p];
      if (f === undefined) return readFileSync(p);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
  return io;
}
