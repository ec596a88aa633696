// Minimal `--name value` parsing shared by the command-line tools; unknown flags are errors.

export function parseArgs(
  argv: string[],
  known: string[],
): { ok: true; value: Record<string, string | undefined>; rest: string[] } | { ok: false; error: string } {
  const value: Record<string, string | undefined> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (!known.includes(name))
      return { ok: false, error: `unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ')})` };
    const v = inline ?? argv[++i];
    if (v === undefined) return { ok: false, error: `--${name} needs a value` };
    value[name] = v;
  }
  return { ok: true, value, rest };
}
