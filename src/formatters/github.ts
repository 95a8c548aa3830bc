/**
 * `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the
 * pull request: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=rule-id::message`.
 * error→`error`, warning→`warning`, info/style→`notice`. Paths are relative to the current folder
 * (the workspace). GitHub columns are inclusive and only used within one line, so multi-line ranges
 * give lines only.
 *
 * Escaping is the runner's: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in properties
 * `:` and `,` also become `%3A` and `%2C`.
 * @module
 */
import type { Severity } from "../engine/types.js";
import type { Formatter } from "./types.js";
import { relativePath } from "./util.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice", style: "notice" };

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const github: Formatter = (results, context) => {
  const out: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const props = [`file=${escapeProperty(relativePath(f.file, context.cwd))}`, `line=${f.line}`];
      if (f.endLine === f.line) {
        props.push(`col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${Math.max(f.column, f.endColumn - 1)}`);
      } else {
        props.push(`endLine=${f.endLine}`);
      }
      props.push(`title=${escapeProperty(f.rule)}`);
      out.push(`::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`);
    }
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
};

export default github;
