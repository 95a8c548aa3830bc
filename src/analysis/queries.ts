/**
 * Queries the shell rules share: package-manager calls of a RUN, ranges of shell words, cache mounts,
 * the stage an instruction belongs to.
 * @module
 */
import type { Dockerfile, Instruction, Range } from "../ast/types.js";
import type { Span } from "../shell/types.js";
import { wordShape } from "../shell/words.js";
import { packageCommand, type PackageCommand, type PackageTool } from "./packages.js";
import { commandsOf, type FoundCommand } from "./shell.js";

/** The package-manager calls `instruction` makes, optionally only those of `tools`. */
export function packageCommands(instruction: Instruction, ast: Dockerfile, ...tools: PackageTool[]): PackageCommand[] {
  const out: PackageCommand[] = [];
  for (const found of commandsOf(instruction, ast)) {
    const cmd = packageCommand(found);
    if (cmd !== null && (tools.length === 0 || tools.includes(cmd.tool))) out.push(cmd);
  }
  return out;
}

/** Package-manager calls running subcommand `sub` (canonical name). */
export function subcommandCalls(instruction: Instruction, ast: Dockerfile, tools: PackageTool[], ...subs: string[]): PackageCommand[] {
  return packageCommands(instruction, ast, ...tools).filter((c) => c.parsed.subcommand !== undefined && subs.includes(c.parsed.subcommandName ?? ""));
}

/** Source range of a node of a found command's script. */
export function spanRange(found: FoundCommand, span: Span): Range {
  return found.source.toRange(span.start, span.end);
}

/** Source range from the start of `from` to the end of `to` in the found command's script. */
export function spanRangeBetween(found: FoundCommand, from: Span, to: Span): Range {
  return found.source.toRange(from.start, to.end);
}

/** The `--mount=type=cache` targets of a RUN. */
export function cacheMountTargets(instruction: Instruction): string[] {
  const out: string[] = [];
  for (const flag of instruction.flags) {
    if (flag.name !== "mount" || flag.value === null) continue;
    const fields = new Map<string, string>();
    for (const part of flag.value.split(",")) {
      const eq = part.indexOf("=");
      fields.set((eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase(), eq < 0 ? "" : part.slice(eq + 1).trim());
    }
    if (fields.get("type") !== "cache") continue;
    const target = fields.get("target") ?? fields.get("dst") ?? fields.get("destination");
    if (target) out.push(target.replace(/\/+$/, "") || "/");
  }
  return out;
}

/** True when a cache mount of the RUN covers `path` (the mount is `path` or a parent of it). */
export function hasCacheMount(instruction: Instruction, path: string): boolean {
  return cacheMountTargets(instruction).some((t) => path === t || path.startsWith(t.endsWith("/") ? t : t + "/"));
}

/** True when a command of the instruction (other than `except`) has an argument starting with `prefix`. */
export function touchesPath(instruction: Instruction, ast: Dockerfile, prefix: string, names: readonly string[] = ["rm"]): boolean {
  return commandsOf(instruction, ast).some((c) => names.includes(c.name) && c.args.some((a) => wordShape(a).startsWith(prefix)));
}

/** Stage bookkeeping the rules need: for each instruction (ONBUILD triggers: their ONBUILD's) the stage's instructions. */
export interface StageInfo {
  /** 0-based stage index, -1 before the first FROM. */
  readonly index: number;
  /** Top-level instructions of the stage, FROM first. */
  readonly instructions: readonly Instruction[];
  /** The instruction's position among them (ONBUILD triggers: their ONBUILD's position). */
  readonly position: number;
}

const stageCache = new WeakMap<Dockerfile, { stages: Instruction[][]; of: Map<Instruction, [number, number]> }>();

function stageTable(ast: Dockerfile) {
  let table = stageCache.get(ast);
  if (table === undefined) {
    const stages: Instruction[][] = [];
    const of = new Map<Instruction, [number, number]>();
    let current: Instruction[] | null = null;
    for (const ins of ast.instructions) {
      if (ins.kind === "FROM") {
        current = [];
        stages.push(current);
      }
      if (current === null) continue;
      const at: [number, number] = [stages.length - 1, current.length];
      current.push(ins);
      of.set(ins, at);
      if (ins.kind === "ONBUILD" && ins.trigger) of.set(ins.trigger, at);
    }
    table = { stages, of };
    stageCache.set(ast, table);
  }
  return table;
}

/** The stage of `instruction`, or `null` before the first FROM. */
export function stageInfo(instruction: Instruction, ast: Dockerfile): StageInfo | null {
  const table = stageTable(ast);
  const at = table.of.get(instruction);
  if (at === undefined) return null;
  return { index: at[0], instructions: table.stages[at[0]], position: at[1] };
}

/** Indexes of the stages whose filesystem ends up in the last stage: the last one and the stages it is built `FROM`. */
export function finalStageIndexes(ast: Dockerfile): Set<number> {
  const table = stageTable(ast);
  const out = new Set<number>();
  const names = new Map<string, number>();
  const parents: (number | undefined)[] = [];
  table.stages.forEach((stage, i) => {
    const from = stage[0];
    if (from.kind !== "FROM") return;
    parents.push(from.image ? names.get(from.image.raw.toLowerCase()) : undefined);
    if (from.stageName) names.set(from.stageName.value.toLowerCase(), i);
  });
  for (let i: number | undefined = table.stages.length - 1; i !== undefined && i >= 0 && !out.has(i); i = parents[i]) out.add(i);
  return out;
}
