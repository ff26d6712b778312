/**
 * Whether a Node version satisfies a package's `engines.node` range, for the forms npm packages
 * use: `||` alternatives of space-separated comparators (`>=`, `>`, `<`, `<=`, `=`, `^`, `~`) with
 * partial or x-versions (`>=20.12`, `6.*`, `>= 10.x`, `*`). Prereleases do not occur there.
 */
export function satisfiesNodeRange(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  return range.split('||').some((set) =>
    set
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter((c) => c !== '')
      .every((comparator) => matches(v, comparator)),
  );
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function matches(v: number[], comparator: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+|[xX*])?(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/.exec(comparator);
  if (m === null) throw new Error(`unreadable engine comparator: ${comparator}`);
  const parts = [m[2], m[3], m[4]].map((p) => (p === undefined || /[xX*]/.test(p) ? undefined : Number(p)));
  const given = parts.findIndex((p) => p === undefined);
  const known = (given === -1 ? parts : parts.slice(0, given)) as number[];
  if (known.length === 0) return true; // *, x
  const op = m[1] ?? '=';
  const next = (index: number) => known.slice(0, index).map((n, i) => (i === index - 1 ? n + 1 : n));
  switch (op) {
    case '>=':
      return compare(v, known) >= 0;
    case '>':
      return known.length === 3 ? compare(v, known) > 0 : compare(v, next(known.length)) >= 0;
    case '<':
      return compare(v, known) < 0;
    case '<=':
      return known.length === 3 ? compare(v, known) <= 0 : compare(v, next(known.length)) < 0;
    case '^': {
      const first = known.findIndex((n) => n !== 0);
      const upper = next(first === -1 ? known.length : first + 1);
      return compare(v, known) >= 0 && compare(v, upper) < 0;
    }
    case '~':
      return compare(v, known) >= 0 && compare(v, next(known.length >= 2 ? 2 : 1)) < 0;
    default:
      return compare(v, known) >= 0 && compare(v, next(known.length)) < 0;
  }
}
