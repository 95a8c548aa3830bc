/**
 * Build stages as the rules see them: the global ARGs before the first FROM, then each FROM with the
 * top-level instructions of its stage (ONBUILD triggers stay inside their ONBUILD and are not listed
 * as stage instructions). Computed once per AST.
 */
import type { Dockerfile, FromInstruction, Instruction } from "../../src/ast/types.js";

export interface Stage {
  /** 0-based position in the file. */
  index: number;
  from: FromInstruction;
  /** Stage name lower-cased (BuildKit compares names case-insensitively), `null` when unnamed. */
  name: string | null;
  /** Top-level instructions after the FROM, up to the next FROM. */
  instructions: Instruction[];
  /** The earlier stage this one is built on (`FROM builder`), when the base names one. */
  parent: Stage | null;
}

export interface StageModel {
  /** ARGs declared before the first FROM: name → default value as written (`null` without a default). */
  globalArgs: Map<string, string | null>;
  stages: Stage[];
  /** The stage each top-level instruction belongs to (absent for global ARGs). */
  stageOf: Map<Instruction, Stage>;
}

const cache = new WeakMap<Dockerfile, StageModel>();

/** The stage model of `ast`. */
export function stagesOf(ast: Dockerfile): StageModel {
  let model = cache.get(ast);
  if (!model) {
    model = build(ast);
    cache.set(ast, model);
  }
  return model;
}

function build(ast: Dockerfile): StageModel {
  const globalArgs = new Map<string, string | null>();
  const stages: Stage[] = [];
  const stageOf = new Map<Instruction, Stage>();
  let current: Stage | null = null;
  for (const ins of ast.instructions) {
    if (ins.kind === "FROM") {
      const base = ins.image?.raw.toLowerCase();
      const parent = base === undefined ? null : (findStage(stages, base) ?? null);
      current = { index: stages.length, from: ins, name: ins.stageName?.value.toLowerCase() ?? null, instructions: [], parent };
      stages.push(current);
      stageOf.set(ins, current);
      continue;
    }
    if (current === null) {
      if (ins.kind === "ARG") for (const p of ins.pairs) globalArgs.set(p.key.value, p.value?.value ?? null);
      continue;
    }
    current.instructions.push(ins);
    stageOf.set(ins, current);
  }
  return { globalArgs, stages, stageOf };
}

/** The last earlier stage named `name` (lower-cased). */
export function findStage(stages: readonly Stage[], name: string): Stage | undefined {
  for (let i = stages.length - 1; i >= 0; i--) if (stages[i].name === name) return stages[i];
  return undefined;
}

/** The stage, then its parent stages (`FROM base` chains), nearest first. */
export function* lineage(stage: Stage): Generator<Stage> {
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    yield s;
  }
}

/** The image a stage ultimately builds on (following `FROM <stage>` chains), as written. */
export function rootImage(stage: Stage): string | null {
  let root: Stage = stage;
  for (const s of lineage(stage)) root = s;
  return root.from.image?.raw ?? null;
}

/** Whether the stage most likely builds a Windows image (shell form then runs `cmd /S /C`). */
export function looksWindows(escapeChar: string, stage: Stage): boolean {
  if (escapeChar === "`") return true;
  return /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)/i.test(rootImage(stage) ?? "");
}
