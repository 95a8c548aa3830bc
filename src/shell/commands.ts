/**
 * Command-level helpers used by rules: finding commands by name through
 * wrappers (`sudo`, `env`, `xargs`, ...), pipelines, failure masking and
 * tool option parsing.
 *
 * @module
 */
import { shellFromExec } from "./exec.js";
import { parseOptions, type ParsedOptions } from "./options.js";
import { parseShell } from "./parser.js";
import { getChainOf, getPipelineOf } from "./relations.js";
import { canonicalToolName, specFor, WRAPPERS } from "./tools/index.js";
import type { AndOrList, Command, Pipeline, ShellScript, SimpleCommand, Word } from "./types.js";
import { basename, wordShape } from "./words.js";

/** A simple command seen through its wrappers. */
export interface CommandView {
  /** The underlying simple command. */
  readonly command: SimpleCommand;
  /** Effective command name: basename of the static name word (`/usr/bin/apt-get` → `apt-get`), or the module of `python -m`. */
  readonly name: string;
  /** The word holding the effective name. */
  readonly nameWord: Word;
  /** Arguments after the effective name. */
  readonly args: readonly Word[];
  /** Wrappers looked through, outermost first (`["sudo", "env"]`; `python -m pip` gives `["python3"]`). */
  readonly wrappers: readonly string[];
}

const PYTHON_RE = /^python[0-9.]*$/;
/** Python interpreter options that take a value. */
const PYTHON_VALUE_OPTS = new Set(["W", "X", "Q"]);

/** `python -m MODULE args` → index of MODULE word and its name; undefined when not a `-m` invocation. */
function pythonModule(argv: readonly Word[], i: number): { moduleIndex: number; module: string; attached: boolean } | undefined {
  for (let j = i + 1; j < argv.length; j++) {
    const s = argv[j].value;
    if (s === undefined || !s.startsWith("-") || s === "-") return undefined;
    if (s === "--") return undefined;
    if (s.startsWith("--")) continue;
    for (let k = 1; k < s.length; k++) {
      const ch = s[k];
      if (ch === "c") return undefined;
      if (ch === "m") {
        if (k + 1 < s.length) return { moduleIndex: j, module: s.slice(k + 1), attached: true };
        const mod = argv[j + 1]?.value;
        return mod === undefined ? undefined : { moduleIndex: j + 1, module: mod, attached: false };
      }
      if (PYTHON_VALUE_OPTS.has(ch)) {
        if (k + 1 === s.length) j++;
        break;
      }
    }
  }
  return undefined;
}

/**
 * All views of a command, outermost first: one per wrapper level and one for
 * the effective command. `sudo -u x env A=1 apt-get install` gives views named
 * `sudo`, `env` and `apt-get`. Empty when the command name is dynamic or absent.
 */
export function commandLevels(command: SimpleCommand): CommandView[] {
  const argv = command.argv;
  const levels: CommandView[] = [];
  const wrappers: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const w = argv[i];
    if (w.value === undefined) break;
    const name = basename(w.value);
    if (name === "") break;
    levels.push({ command, name, nameWord: w, args: argv.slice(i + 1), wrappers: wrappers.slice() });
    if (PYTHON_RE.test(name)) {
      const m = pythonModule(argv, i);
      if (m === undefined) break;
      wrappers.push(name);
      levels.push({ command, name: m.module, nameWord: argv[m.moduleIndex], args: argv.slice(m.moduleIndex + 1), wrappers: wrappers.slice() });
      break;
    }
    const spec = WRAPPERS[name];
    if (spec === undefined) break;
    const rest = argv.slice(i + 1);
    const parsed = parseOptions(rest, spec.options);
    if (spec.notWrappingWith !== undefined && parsed.options.some((o) => spec.notWrappingWith?.includes(o.name))) break;
    // index (in argv) of the first operand
    let next = -1;
    let skipped = 0;
    for (const op of parsed.operands) {
      const idx = i + 1 + rest.indexOf(op);
      if (op.value !== undefined && spec.skipWords?.includes(op.value) === true) continue;
      if (spec.skipAssignments === true && skipped === 0 && op.value !== undefined && /^[A-Za-z_][A-Za-z0-9_]*=/.test(op.value)) continue;
      if (skipped < (spec.skipOperands ?? 0)) {
        skipped++;
        continue;
      }
      next = idx;
      break;
    }
    if (next < 0) break;
    wrappers.push(name);
    i = next;
  }
  return levels;
}

/** The effective command (innermost level of {@link commandLevels}), or undefined for dynamic/absent names. */
export function resolveCommand(command: SimpleCommand): CommandView | undefined {
  const levels = commandLevels(command);
  return levels.length === 0 ? undefined : levels[levels.length - 1];
}

/**
 * Simple commands (in source order, including nested ones) whose effective
 * name, or one of whose wrappers, matches `names` (compared by basename).
 * The view returned is the matching level, so `findCommands(s, "sudo")`
 * yields the `sudo` level and `findCommands(s, "apt-get")` the `apt-get` one.
 */
export function findCommands(script: ShellScript, names: string | readonly string[]): CommandView[] {
  const wanted = new Set(typeof names === "string" ? [names] : names);
  const out: CommandView[] = [];
  for (const cmd of script.commands) {
    if (cmd.name === undefined) continue;
    const levels = commandLevels(cmd);
    for (let k = levels.length - 1; k >= 0; k--) {
      if (wanted.has(levels[k].name)) {
        out.push(levels[k]);
        break;
      }
    }
  }
  return out;
}

/** True when the command's failure is masked by `|| true`-like fallbacks (see {@link SimpleCommand.maskedFailure}). */
export function isFailureMasked(command: SimpleCommand): boolean {
  return command.maskedFailure;
}

/** A command's pipeline context. */
export interface PipelineInfo {
  readonly pipeline: Pipeline;
  /** Index of the command in `pipeline.commands`. */
  readonly index: number;
  /** All commands of the pipeline (including this one). */
  readonly commands: readonly Command[];
  /** Commands before this one (`curl` in `curl ... | sh` for `sh`). */
  readonly upstream: readonly Command[];
  /** Commands after this one (`sh` in `curl ... | sh` for `curl`). */
  readonly downstream: readonly Command[];
}

/** The pipeline containing a simple command (a one-command pipeline when it is not piped). */
export function pipelineOf(command: SimpleCommand): PipelineInfo {
  const pipeline = getPipelineOf(command) ?? {
    kind: "pipeline",
    commands: [command],
    operators: [],
    negated: command.negated,
    start: command.start,
    end: command.end,
  };
  const index = pipeline.commands.indexOf(command);
  return {
    pipeline,
    index,
    commands: pipeline.commands,
    upstream: pipeline.commands.slice(0, index),
    downstream: pipeline.commands.slice(index + 1),
  };
}

/** The and-or list (`a && b || c`) containing a simple command, if it was parsed as part of one. */
export function andOrListOf(command: SimpleCommand): AndOrList | undefined {
  const pl = getPipelineOf(command);
  return pl === undefined ? undefined : getChainOf(pl);
}

/** A command view with its options parsed by the tool's spec. */
export interface ToolInvocation {
  readonly view: CommandView;
  /** Canonical tool name (`pip` for `pip3`). */
  readonly tool: string;
  readonly parsed: ParsedOptions;
}

/** Parses a view's arguments with the spec of its tool; `undefined` when the tool has no spec. */
export function parseToolInvocation(view: CommandView): ToolInvocation | undefined {
  const spec = specFor(view.name);
  const tool = canonicalToolName(view.name);
  if (spec === undefined || tool === undefined) return undefined;
  return { view, tool, parsed: parseOptions(view.args, spec) };
}

/** Static (or best-effort shape) strings of a view's arguments, handy for quick checks. */
export function argShapes(view: CommandView): string[] {
  return view.args.map(wordShape);
}

/** A shell script passed as a string to `sh -c` / `bash -c` (see {@link nestedShellScript}). */
export interface NestedScript {
  /** The parsed inner script (its offsets are relative to the inner text). */
  readonly script: ShellScript;
  /** The word holding the script. */
  readonly word: Word;
  /**
   * Offset of the inner text in the outer text when positions map one-to-one
   * (`outer = offset + inner`): the word is unquoted, single-quoted, or
   * double-quoted without escapes. `undefined` otherwise.
   */
  readonly offset: number | undefined;
}

/**
 * Parses the script of `sh -c '...'`, `bash -ec "..."`, `su -c`-less shells
 * reached through wrappers (`sudo sh -c "..."`). Returns `undefined` when the
 * view is not a shell invocation with a static `-c` script.
 */
export function nestedShellScript(view: CommandView): NestedScript | undefined {
  const argv: string[] = [view.name];
  for (const w of view.args) {
    if (w.value === undefined) break;
    argv.push(w.value);
  }
  const found = shellFromExec(argv);
  if (found === undefined) return undefined;
  const word = view.args[found.scriptIndex - 1];
  const value = word.value;
  if (value === undefined) return undefined;
  return { script: parseShell(value), word, offset: exactOffset(word) };
}

function exactOffset(word: Word): number | undefined {
  if (word.parts.length !== 1 || word.value === undefined) return undefined;
  const part = word.parts[0];
  switch (part.kind) {
    case "literal":
      return part.text === part.value ? part.start : undefined;
    case "single-quoted":
      return part.start + 1;
    case "double-quoted":
      return part.text === `"${word.value}"` ? part.start + 1 : undefined;
    default:
      return undefined;
  }
}
