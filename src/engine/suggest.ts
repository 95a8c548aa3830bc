/** "Did you mean" help for misspelt rule names and config keys. @module */
import { levenshtein } from "../util/suggest.js";

/** The candidate closest to `input` (case-insensitive), when it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** `" (did you mean 'x'?)"` or `""`. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? "" : ` (did you mean '${match}'?)`;
}
