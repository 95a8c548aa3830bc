/**
 * BuildKit's "did you mean" helper (`util/suggest`): the closest option by Levenshtein distance
 * over code points, only when closer than 3 edits, earliest option winning ties.
 * @module
 */

/** Levenshtein distance between two strings, counted in code points (unit costs). */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prev = new Array<number>(t.length + 1);
  let curr = new Array<number>(t.length + 1);
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[t.length];
}

function matchCase(value: string, original: string): string {
  if (original === original.toLowerCase()) return value.toLowerCase();
  if (original === original.toUpperCase()) return value.toUpperCase();
  return value;
}

/**
 * BuildKit's `suggest.Search`: the option closest to `value` (fewer than 3 edits), or `undefined`.
 * An exact match means there is nothing to suggest. BuildKit compares case-sensitively on Linux,
 * which is the default here.
 */
export function suggestName(value: string, options: Iterable<string>, caseSensitive = true): string | undefined {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = "";
  let minDistance = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (val === opt) return undefined;
    const distance = levenshtein(val, opt);
    if (distance < minDistance) {
      match = caseSensitive ? opt : matchCase(opt, value);
      minDistance = distance;
    }
  }
  return match === "" ? undefined : match;
}
