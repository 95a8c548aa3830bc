/**
 * A unified diff of two texts by lines (Myers' O(ND) algorithm), in the format of `diff -u` / `git diff`:
 * `---`/`+++` headers, `@@ -l,s +l,s @@` hunks with context lines, and `\ No newline at end of file`.
 * A CR of a CRLF line stays part of the line, as in git's output.
 * @module
 */

export interface DiffOptions {
  /** Label after `--- `, e.g. `a/Dockerfile`. */
  fromFile: string;
  /** Label after `+++ `, e.g. `b/Dockerfile`. */
  toFile: string;
  /** Unchanged lines shown around each change; default 3. */
  context?: number;
}

type Op = " " | "-" | "+";

/** Lines with their `\n` kept (the last one may have none). */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The shortest edit script turning `a` into `b`, as one op per line. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  // Common prefix and suffix are equal lines; diff only the middle.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const x0 = a.slice(pre, a.length - suf);
  const y0 = b.slice(pre, b.length - suf);
  const middle = myers(x0, y0);
  return [...Array<Op>(pre).fill(" "), ...middle, ...Array<Op>(suf).fill(" ")];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[off + k - 1] < vd[off + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[off + prevK];
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(" ");
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? "+" : "-");
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function range(start: number, length: number): string {
  if (length === 0) return `${start},0`;
  return length === 1 ? `${start + 1}` : `${start + 1},${length}`;
}

function emit(prefix: Op, line: string): string {
  return line.endsWith("\n") ? `${prefix}${line}` : `${prefix}${line}\n\\ No newline at end of file\n`;
}

/** The unified diff from `before` to `after`; empty when they are equal. */
export function unifiedDiff(before: string, after: string, options: DiffOptions): string {
  if (before === after) return "";
  const context = options.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);
  // Line positions in `a` and `b` before each op.
  const ai: number[] = [];
  const bi: number[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    ai.push(i);
    bi.push(j);
    if (op !== "+") i++;
    if (op !== "-") j++;
  }
  ai.push(i);
  bi.push(j);

  const changed = ops.flatMap((op, k) => (op === " " ? [] : [k]));
  let out = `--- ${options.fromFile}\n+++ ${options.toFile}\n`;
  let g = 0;
  while (g < changed.length) {
    // A hunk runs from one change to the last change less than 2*context+1 equal lines after the previous one.
    let last = changed[g];
    let h = g + 1;
    while (h < changed.length && changed[h] - last - 1 <= 2 * context) last = changed[h++];
    const from = Math.max(0, changed[g] - context);
    const to = Math.min(ops.length, last + 1 + context);
    out += `@@ -${range(ai[from], ai[to] - ai[from])} +${range(bi[from], bi[to] - bi[from])} @@\n`;
    for (let k = from; k < to; k++) out += emit(ops[k], ops[k] === "+" ? b[bi[k]] : a[ai[k]]);
    g = h;
  }
  return out;
}
