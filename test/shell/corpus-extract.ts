/**
 * Crude extraction of shell-form RUN texts from a Dockerfile, for the shell
 * corpus property test only. It will be replaced by the real Dockerfile parser.
 *
 * Handles: the `escape` parser directive, line continuations (the escape
 * character and newline are removed, as BuildKit does), comment and empty
 * lines inside continuations, `RUN --flag=...` flags, exec-form RUNs (skipped),
 * Dockerfile-level heredocs (`RUN <<EOF`, included verbatim with their body),
 * and non-POSIX shells (`SHELL ["powershell", ...]`, Windows base images:
 * skipped until the next FROM).
 */

/** One extracted RUN. */
export interface ExtractedRun {
  /** 1-based line of the RUN keyword. */
  line: number;
  /** Shell text passed to `/bin/sh -c`. */
  script: string;
}

const DIRECTIVE_RE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const HEREDOC_RE = /<<-?\s*(["']?)([A-Za-z0-9_.-]+)\1/g;
const WINDOWS_FROM_RE = /windows|nanoserver|servercore|mcr\.microsoft\.com\/(?:powershell|dotnet\/framework)/i;

/** Extracts shell-form RUN scripts. */
export function extractRuns(source: string): ExtractedRun[] {
  const text = source.replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  let escape = "\\";
  let i = 0;
  // parser directives
  for (; i < lines.length; i++) {
    const m = DIRECTIVE_RE.exec(lines[i]);
    if (m === null) break;
    if (m[1].toLowerCase() === "escape") escape = m[2].trim() === "`" ? "`" : "\\";
  }
  const runs: ExtractedRun[] = [];
  // non-POSIX default shells announced to linters, and escape directives not on the first lines
  if (/^#\s*hadolint\s+shell=(powershell|pwsh|cmd)/im.test(text) || /^\}*#\s*escape\s*=\s*`/im.test(text)) return runs;
  let posix = true;
  i = 0;
  while (i < lines.length) {
    const first = lines[i];
    const trimmed = first.trim();
    if (trimmed === "" || trimmed.startsWith("#")) {
      i++;
      continue;
    }
    const startLine = i + 1;
    // join continuation lines
    let instr = "";
    let line = first;
    for (;;) {
      const stripped = line.replace(/[ \t]+$/, "");
      if (stripped.endsWith(escape) && i + 1 < lines.length) {
        instr += stripped.slice(0, -1);
        i++;
        // skip comment lines and empty lines inside continuations
        while (i < lines.length && (lines[i].trim() === "" || lines[i].trim().startsWith("#"))) i++;
        if (i >= lines.length) break;
        line = lines[i];
        continue;
      }
      instr += stripped.endsWith(escape) ? stripped.slice(0, -1) : line;
      i++;
      break;
    }
    const m = /^\s*([A-Za-z]+)(?:\s+|$)([\s\S]*)$/.exec(instr);
    if (m === null) continue;
    const keyword = m[1].toUpperCase();
    let rest = m[2];
    if (keyword === "FROM") {
      posix = !WINDOWS_FROM_RE.test(rest);
      continue;
    }
    if (keyword === "SHELL") {
      posix = !/powershell|pwsh|cmd(\.exe)?"/i.test(rest);
      continue;
    }
    if (keyword !== "RUN") continue;
    while (/^--[a-zA-Z-]+(=\S*)?\s+/.test(rest)) rest = rest.replace(/^--[a-zA-Z-]+(=\S*)?\s+/, "");
    if (rest.trimStart().startsWith("[")) continue; // exec form
    // Dockerfile-level heredocs: append bodies verbatim
    const delims: string[] = [];
    for (const hm of rest.matchAll(HEREDOC_RE)) delims.push(hm[2]);
    let script = rest;
    for (const d of delims) {
      while (i < lines.length) {
        script += "\n" + lines[i];
        const done = lines[i].replace(/^\t+/, "") === d;
        i++;
        if (done) break;
      }
    }
    if (!posix || escape === "`") continue;
    runs.push({ line: startLine, script });
  }
  return runs;
}
