/**
 * From instructions to shell scripts: which text of a RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD a POSIX
 * shell runs, parsed once per instruction and mapped back to source ranges.
 *
 * Covered: shell form (the default shell or the stage's SHELL runs the text), a RUN whose command is
 * only a heredoc marker (`RUN <<EOF`: BuildKit runs the body as the script), a heredoc fed to a shell
 * (`RUN bash <<EOF`, `RUN <<EOF sh -e`), and exec form that starts a shell with `-c`
 * (`["/bin/sh", "-c", "..."]`). Nothing is analysed after a `SHELL` that selects PowerShell or cmd.
 * @module
 */
import { LineIndex } from "../ast/text.js";
import type { Dockerfile, Heredoc, Instruction, Range, Word as AstWord } from "../ast/types.js";
import { parseShell } from "../shell/parser.js";
import type { ShellScript, SimpleCommand } from "../shell/types.js";
import { resolveCommand, type CommandView } from "../shell/commands.js";
import { stageShellOf, shellInvocation, isPosixShellName } from "./shell-kind.js";

/** Where a script came from. */
export type ScriptKind = "shell-form" | "heredoc" | "exec-shell";

/** One shell script an instruction runs. */
export interface InstructionScript {
  readonly instruction: Instruction;
  readonly script: ShellScript;
  readonly kind: ScriptKind;
  /**
   * True when every script offset maps to its own source character. False for an exec-form string
   * with JSON escapes or a line continuation: then {@link toRange} gives the whole JSON element.
   */
  readonly exact: boolean;
  /** Source range of the script span `[start, end)`. */
  toRange(start: number, end: number): Range;
}

const scriptCache = new WeakMap<Instruction, readonly InstructionScript[]>();
const lineIndexCache = new WeakMap<Dockerfile, LineIndex>();

function lineIndex(ast: Dockerfile): LineIndex {
  let index = lineIndexCache.get(ast);
  if (index === undefined) {
    index = new LineIndex(ast.text);
    lineIndexCache.set(ast, index);
  }
  return index;
}

/** The shell scripts `instruction` runs (empty for other instructions, non-POSIX shells and unknown cases). */
export function shellScripts(instruction: Instruction, ast: Dockerfile): readonly InstructionScript[] {
  let scripts = scriptCache.get(instruction);
  if (scripts === undefined) {
    scripts = collect(instruction, ast);
    scriptCache.set(instruction, scripts);
  }
  return scripts;
}

function collect(ins: Instruction, ast: Dockerfile): InstructionScript[] {
  const command =
    ins.kind === "RUN" || ins.kind === "CMD" || ins.kind === "ENTRYPOINT" ? ins.command : ins.kind === "HEALTHCHECK" ? ins.command : null;
  if (command === null) return [];
  const out: InstructionScript[] = [];
  if (command.form === "shell") {
    if (command.shell === null || command.jsonFallback) return [];
    if (!isPosixShellName(stageShellOf(ins, ast).argv[0] ?? "")) return [];
    const text = command.shell.value;
    const offset = command.shellOffset;
    if (ins.kind === "RUN" && ins.heredocs.length > 0) {
      const only = isOnlyHeredocMarker(text);
      if (only) {
        const body = heredocScript(ins, ins.heredocs[0], ast);
        if (body !== null) out.push(body);
        return out;
      }
    }
    const script = parseShell(text);
    out.push({
      instruction: ins,
      script,
      kind: "shell-form",
      exact: true,
      toRange: (start, end) => ins.logical.range(offset + start, offset + end),
    });
    if (ins.kind === "RUN" && ins.heredocs.length > 0) out.push(...heredocsFedToShell(ins, script, ast));
    return out;
  }
  // exec form: ["/bin/sh", "-c", "..."]
  const argv = command.exec.map((w) => w.value);
  const inv = shellInvocation(argv);
  if (inv === null || !inv.posix || inv.scriptIndex < 0) return [];
  const element = command.exec[inv.scriptIndex];
  out.push(execScript(ins, element, ast));
  return out;
}

/** `<<EOF`, `<<-EOF`, `<<"EOF"`: the whole command is one heredoc marker (BuildKit's "heredoc script"). */
function isOnlyHeredocMarker(text: string): boolean {
  return /^\s*\d*<<-?\s*(?:"[^"\s]+"|'[^'\s]+'|[^\s"'<>|&;]+)\s*$/.test(text);
}

/** Interpreter named by a `#!` line, or `null` when there is none. */
function shebang(content: string): string | null {
  if (!content.startsWith("#!")) return null;
  const line = content.slice(2, content.indexOf("\n") === -1 ? content.length : content.indexOf("\n")).trim();
  const words = line.split(/\s+/);
  if (words[0] !== undefined && /(^|\/)env$/.test(words[0])) return words.find((w, i) => i > 0 && !w.startsWith("-")) ?? "";
  return words[0] ?? "";
}

function heredocScript(ins: Instruction, heredoc: Heredoc, ast: Dockerfile): InstructionScript | null {
  const interpreter = shebang(heredoc.content);
  if (interpreter !== null && !isPosixShellName(interpreter)) return null;
  const base = heredoc.bodyRange.start.offset;
  const lines = lineIndex(ast);
  return {
    instruction: ins,
    script: parseShell(heredoc.content),
    kind: "heredoc",
    exact: true,
    toRange: (start, end) => lines.range(base + start, base + end),
  };
}

/** Heredoc bodies read as a script by a shell: `bash <<EOF`, `<<EOF sh -e`, `sh -s <<EOF`. */
function heredocsFedToShell(ins: Instruction, script: ShellScript, ast: Dockerfile): InstructionScript[] {
  const out: InstructionScript[] = [];
  let index = 0;
  const redirects = script.commands
    .flatMap((c) => c.redirections.filter((r) => r.operator === "<<" || r.operator === "<<-").map((r) => ({ c, r })))
    .sort((a, b) => a.r.start - b.r.start);
  if (redirects.length !== ins.heredocs.length) return out;
  for (const { c } of redirects) {
    const heredoc = ins.heredocs[index++];
    const name = c.name?.value;
    if (name === undefined) continue;
    const inv = shellInvocation([name, ...c.args.map((a) => a.value ?? "\0")]);
    if (inv === null || !inv.posix || inv.scriptIndex >= 0 || inv.operands > 0) continue;
    const body = heredocScript(ins, heredoc, ast);
    if (body !== null) out.push(body);
  }
  return out;
}

function execScript(ins: Instruction, element: AstWord, ast: Dockerfile): InstructionScript {
  const start = element.range.start.offset;
  const end = element.range.end.offset;
  const source = ast.text.slice(start, end);
  const exact = source.length === element.value.length + 2 && source.slice(1, -1) === element.value;
  const lines = lineIndex(ast);
  return {
    instruction: ins,
    script: parseShell(element.value),
    kind: "exec-shell",
    exact,
    toRange: exact ? (s, e) => lines.range(start + 1 + s, start + 1 + e) : () => element.range,
  };
}

/** A command as run (the shell model's view through `sudo`, `env`, `python -m` ...), with its script. */
export interface FoundCommand extends CommandView {
  readonly source: InstructionScript;
}

const commandCache = new WeakMap<Instruction, readonly FoundCommand[]>();

/** Every command `instruction` runs, in source order, seen through `sudo`, `env`, `xargs` and similar wrappers. */
export function commandsOf(instruction: Instruction, ast: Dockerfile): readonly FoundCommand[] {
  let found = commandCache.get(instruction);
  if (found === undefined) {
    const list: FoundCommand[] = [];
    found = list;
    for (const source of shellScripts(instruction, ast)) {
      for (const command of source.script.commands) {
        const inv = resolveCommand(command);
        if (inv !== undefined) list.push({ ...inv, source });
      }
    }
    commandCache.set(instruction, found);
  }
  return found;
}

/** The commands named one of `names` (basename of the command word: `/usr/bin/apt-get` is `apt-get`). */
export function findCommands(instruction: Instruction, ast: Dockerfile, ...names: string[]): FoundCommand[] {
  return commandsOf(instruction, ast).filter((c) => names.includes(c.name));
}

/** Source range of a span of a command's script. */
export function rangeIn(found: { source: InstructionScript }, start: number, end: number): Range {
  return found.source.toRange(start, end);
}

export type { SimpleCommand };
