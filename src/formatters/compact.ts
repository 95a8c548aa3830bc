/**
 * `--format compact` (alias `gnu`): one line per finding, `file:line:col: severity rule-id: message`.
 * The `file:line:col:` prefix is the GNU convention that editors' quickfix lists and CI log parsers read
 * (Vim's default 'errorformat', Emacs' compilation mode). Line breaks in messages become spaces so
 * every finding stays on one line.
 * @module
 */
import type { Formatter } from "./types.js";

const compact: Formatter = (results) => {
  const out: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      out.push(`${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message.replace(/\r\n|[\r\n]/g, " ")}`);
    }
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
};

export default compact;
