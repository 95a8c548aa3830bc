/**
 * Shared plumbing of the security rules: every shell script an instruction runs (including the
 * `sh -c "..."` strings nested in it), every command with its wrapper levels, the environment
 * assignments a command makes (`FOO=1 cmd`, `env FOO=1 cmd`, `export FOO=1`), the text a RUN writes
 * into files (`echo ... > file`, `cat > file <<EOF`, `sed -i 's/../../'`, `COPY <<EOF file`), and
 * narrow source ranges inside words.
 * @module
 */
import type { Dockerfile, Instruction, Range, Word as AstWord } from "../../src/ast/types.js";
import { shellScripts, type InstructionScript } from "../../src/analysis/shell.js";
import { commandLevels, nestedShellScript, pipelineOf, resolveCommand, type CommandView } from "../../src/shell/commands.js";
import type { Command, SimpleCommand, Word } from "../../src/shell/types.js";
import { subWord, wordShape } from "../../src/shell/words.js";
import type { RuleContext } from "../../src/engine/types.js";
import { expandWord } from "../../src/model/expand.js";

/** One simple command of an instruction, with the script it belongs to. */
export interface SecurityCommand {
  readonly command: SimpleCommand;
  /** Views through wrappers, outermost first (empty for assignment-only commands). */
  readonly levels: readonly CommandView[];
  /** The effective command (innermost level), if it has a static name. */
  readonly view: CommandView | undefined;
  readonly source: InstructionScript;
}

const NESTED_SHELLS = /^(sh|bash|dash|ash|ksh|mksh|zsh)$/;
const scriptsCache = new WeakMap<Instruction, readonly InstructionScript[]>();

/** The scripts of {@link shellScripts} plus the scripts of `sh -c "..."` commands inside them (two levels deep). */
export function allScripts(instruction: Instruction, ast: Dockerfile): readonly InstructionScript[] {
  let out = scriptsCache.get(instruction) as InstructionScript[] | undefined;
  if (out !== undefined) return out;
  out = [];
  const add = (source: InstructionScript, depth: number) => {
    out!.push(source);
    if (depth >= 2) return;
    for (const command of source.script.commands) {
      const view = resolveCommand(command);
      if (view === undefined || !NESTED_SHELLS.test(view.name)) continue;
      const nested = nestedShellScript(view);
      if (nested === undefined) continue;
      const { offset, word } = nested;
      add(
        {
          instruction,
          script: nested.script,
          kind: source.kind,
          exact: source.exact && offset !== undefined,
          toRange: offset !== undefined ? (s, e) => source.toRange(offset + s, offset + e) : () => source.toRange(word.start, word.end),
        },
        depth + 1,
      );
    }
  };
  for (const source of shellScripts(instruction, ast)) add(source, 0);
  scriptsCache.set(instruction, out);
  return out;
}

/** Every simple command of every script of `instruction`, in script order. */
export function securityCommands(instruction: Instruction, ast: Dockerfile): SecurityCommand[] {
  const out: SecurityCommand[] = [];
  for (const source of allScripts(instruction, ast)) {
    for (const command of source.script.commands) {
      const levels = commandLevels(command);
      out.push({ command, levels, view: levels.at(-1), source });
    }
  }
  return out;
}

/** An environment variable a command sets. */
export interface EnvAssignment {
  readonly name: string;
  /** The value word (for `env NAME=value`, the part after `=`); `undefined` for an empty value. */
  readonly value: Word | undefined;
  /** The whole `NAME=value` word. */
  readonly word: Word;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const EXPORTERS = new Set(["export", "declare", "typeset", "readonly", "local"]);

/** `FOO=1 cmd`, `FOO=1` alone, `env FOO=1 cmd`, `sudo FOO=1 cmd`, `export FOO=1`. */
export function envAssignments(c: SecurityCommand): EnvAssignment[] {
  const out: EnvAssignment[] = c.command.assignments.map((a) => ({ name: a.name, value: a.value.start === a.value.end ? undefined : a.value, word: a.word }));
  const fromWord = (w: Word) => {
    const m = ASSIGNMENT.exec(wordShape(w));
    if (m === null || !w.text.startsWith(m[1])) return;
    out.push({ name: m[1], value: subWord(w, m[0].length), word: w });
  };
  c.levels.forEach((level, i) => {
    const next = c.levels[i + 1];
    if (level.name === "env" || level.name === "sudo") {
      for (const w of level.args) {
        if (next !== undefined && w === next.nameWord) break;
        fromWord(w);
      }
    }
  });
  if (c.view !== undefined && EXPORTERS.has(c.view.name)) c.view.args.forEach(fromWord);
  return out;
}

/** A piece of text a RUN (or COPY/ADD heredoc) writes into a file. */
export interface WrittenText {
  /** The text as written to the file (quotes removed). */
  readonly text: string;
  /** Source range of `text[index, index + length)`, or of the whole carrier when that cannot be exact. */
  rangeOf(index: number, length: number): Range;
  /** Files written, when known (`>`/`>>` targets, tee operands, COPY destinations, sed operands). */
  readonly targets: readonly string[];
}

const WRITES_STDOUT = new Set([">", ">>", ">|", "&>", "&>>"]);

function stdoutTargets(command: SimpleCommand): string[] {
  return command.redirections.filter((r) => WRITES_STDOUT.has(r.operator) && (r.fd === undefined || r.fd === 1) && r.target !== undefined).map((r) => wordShape(r.target!));
}

/** Files `tee` writes, downstream of `command` in its pipeline. */
function teeTargets(command: SimpleCommand): string[] | null {
  const out: string[] = [];
  let tee = false;
  for (const next of pipelineOf(command).downstream) {
    if (next.kind !== "simple") continue;
    const view = resolveCommand(next);
    if (view?.name !== "tee") continue;
    tee = true;
    for (const a of view.args) if (!wordShape(a).startsWith("-")) out.push(wordShape(a));
  }
  return tee ? out : null;
}

/** Range of `[index, index + length)` of a shell word's value, exact when the source spells the value verbatim. */
export function shellWordRange(source: InstructionScript, word: Word, index: number, length: number): Range {
  const value = word.value ?? wordShape(word);
  if (source.exact) {
    if (word.text === value) return source.toRange(word.start + index, word.start + index + length);
    const q = word.text[0];
    if ((q === '"' || q === "'") && word.text.length === value.length + 2 && word.text.endsWith(q) && word.text.slice(1, -1) === value) {
      return source.toRange(word.start + 1 + index, word.start + 1 + index + length);
    }
    // a quoted substring spelled verbatim (`'a'"b"` rarely; `--x="v"` often): search the needle in the source
    const needle = value.slice(index, index + length);
    const at = word.text.indexOf(needle);
    if (needle !== "" && at >= 0 && word.text.indexOf(needle, at + 1) < 0) return source.toRange(word.start + at, word.start + at + needle.length);
  }
  return source.toRange(word.start, word.end);
}

/** The value of an ENV/ARG/LABEL word with BuildKit's quote processing, or `undefined` when it references variables. */
export function literalValue(word: AstWord): string | undefined {
  const r = expandWord(word.value, () => undefined);
  return r.references.length > 0 || r.errors.length > 0 ? undefined : r.value;
}

/**
 * Range of `[index, index + length)` of a Dockerfile word's literal value ({@link literalValue}), exact when
 * the source spells the value verbatim or inside one pair of quotes; the whole word otherwise.
 */
export function astWordRange(context: RuleContext, word: AstWord, index: number, length: number): Range {
  const start = word.range.start.offset;
  const src = context.text.slice(start, word.range.end.offset);
  const literal = literalValue(word);
  let base = -1;
  if (src === literal) base = 0;
  else if (literal !== undefined && (src[0] === '"' || src[0] === "'") && src === src[0] + literal + src[0]) base = 1;
  if (base < 0) return word.range;
  return context.rangeOf(start + base + index, start + base + index + length);
}

/** The `s/x/y/` replacements of a sed command's script words. */
function sedReplacements(view: CommandView): Word[] {
  return view.args.filter((a) => /^(-e)?s(.).*\2.*\2/.test(wordShape(a)));
}

/**
 * Text the instruction writes into files: `echo`/`printf` output redirected to a file or piped to
 * `tee`, heredocs fed to `cat > file` / `tee file` (Dockerfile heredocs and heredocs inside a heredoc
 * script), the replacement of `sed -i 's/old/new/'`, and COPY/ADD heredocs.
 */
export function writtenTexts(instruction: Instruction, ast: Dockerfile, context: RuleContext): WrittenText[] {
  const out: WrittenText[] = [];
  if (instruction.kind === "COPY" || instruction.kind === "ADD") {
    const dest = instruction.destination?.value ?? "";
    for (const h of instruction.heredocs) {
      const base = h.bodyRange.start.offset;
      out.push({ text: h.content, targets: [dest], rangeOf: (i, n) => context.rangeOf(base + i, base + i + n) });
    }
    return out;
  }
  if (instruction.kind !== "RUN") return out;
  // Dockerfile heredocs attached to commands of a shell-form RUN, in marker order
  const dockerHeredocs = new Map<SimpleCommand, typeof instruction.heredocs>();
  for (const source of shellScripts(instruction, ast)) {
    if (source.kind !== "shell-form" || instruction.heredocs.length === 0) continue;
    const redirects = source.script.commands
      .flatMap((c) => c.redirections.filter((r) => r.operator === "<<" || r.operator === "<<-").map((r) => ({ c, r })))
      .sort((a, b) => a.r.start - b.r.start);
    if (redirects.length !== instruction.heredocs.length) continue;
    redirects.forEach(({ c }, i) => dockerHeredocs.set(c, [...(dockerHeredocs.get(c) ?? []), instruction.heredocs[i]]));
  }
  for (const c of securityCommands(instruction, ast)) {
    const view = c.view;
    if (view === undefined) continue;
    const targets = [...stdoutTargets(c.command), ...(teeTargets(c.command) ?? [])];
    const toFile = targets.length > 0 || teeTargets(c.command) !== null;
    if ((view.name === "echo" || view.name === "printf") && toFile) {
      for (const w of view.args) {
        const text = wordShape(w);
        if (text.startsWith("-") && /^-[neE]+$/.test(text)) continue;
        out.push({ text: text.replace(/\\n/g, "\n"), targets, rangeOf: (i, n) => shellWordRange(c.source, w, i, n) });
      }
    }
    if (view.name === "cat" || view.name === "tee") {
      const files = view.name === "tee" ? view.args.map(wordShape).filter((a) => !a.startsWith("-")) : targets;
      if (files.length === 0 && !toFile) continue;
      for (const r of c.command.redirections) {
        if (r.operator !== "<<" && r.operator !== "<<-") continue;
        if (r.heredoc !== undefined && r.heredoc.body !== "") {
          const base = r.heredoc.bodyStart;
          out.push({ text: r.heredoc.body, targets: files, rangeOf: (i, n) => c.source.toRange(base + i, base + i + n) });
        }
      }
      for (const h of dockerHeredocs.get(c.command) ?? []) {
        const base = h.bodyRange.start.offset;
        out.push({ text: h.content, targets: files, rangeOf: (i, n) => context.rangeOf(base + i, base + i + n) });
      }
    }
    if (view.name === "sed" && view.args.some((a) => /^-[a-zA-Z]*i/.test(wordShape(a)) || wordShape(a).startsWith("--in-place"))) {
      const files = view.args.map(wordShape).filter((a) => a.startsWith("/"));
      for (const w of sedReplacements(view)) {
        const shape = wordShape(w);
        const expr = shape.startsWith("-e") ? shape.slice(2) : shape;
        const delim = expr[1];
        const parts = expr.slice(2).split(delim);
        if (parts.length < 2) continue;
        const offset = shape.length - expr.length + 2 + parts[0].length + 1;
        out.push({ text: parts[1], targets: files, rangeOf: (i, n) => shellWordRange(c.source, w, offset + i, n) });
      }
    }
  }
  return out;
}

/** Index and text of the first match of `re` in `text`, or `null`. */
export function firstMatch(re: RegExp, text: string): { index: number; text: string; groups: string[] } | null {
  const m = re.exec(text);
  return m === null ? null : { index: m.index, text: m[0], groups: m.slice(1) };
}

/** True for a word whose value comes from an expansion (`$X`, `${X}`, `$(cmd)`) rather than literal text. */
export function isDynamic(word: Word): boolean {
  return word.value === undefined;
}

/** Range of a short option letter inside its bundle (`k` of `-fsSLk`), or of the whole word. */
export function shortOptionRange(source: InstructionScript, word: Word, letter: string): Range {
  const value = word.value ?? wordShape(word);
  if (source.exact && word.text === value && value.startsWith("-") && !value.startsWith("--")) {
    const at = value.indexOf(letter, 1);
    if (at > 0 && value.length > 2) return source.toRange(word.start + at, word.start + at + 1);
  }
  return source.toRange(word.start, word.end);
}

export type { Command };
