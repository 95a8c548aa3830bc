/**
 * The stage graph: how `COPY --from` and `RUN --mount=from=` resolve (BuildKit's `toCommand` and
 * `detectRunMount`), and which stages the target needs (`allReachableStages`).
 * @module
 */
import type { Flag, Instruction, Range } from "../ast/types.js";
import { expandWord } from "./expand.js";
import { csvFields } from "./sites.js";
import type { Stage, StageReference, StageReferenceKind, StageReferenceTarget } from "./types.js";

/** Stages by lower-cased name; a duplicated name resolves to its last stage, as in BuildKit. */
export function stagesByName(stages: readonly Stage[]): Map<string, Stage> {
  const map = new Map<string, Stage>();
  for (const s of stages) if (s.name !== null) map.set(s.name, s);
  return map;
}

/** Go's `strconv.Atoi` on a `--from` value: an optional sign and ASCII digits, within 64 bits. */
function atoi(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** One `from` value to resolve. */
export interface FromValue {
  kind: StageReferenceKind;
  instruction: Instruction;
  text: string;
  range: Range;
}

/** The `--from` of a COPY (BuildKit reads only COPY's; ADD has none). */
export function copyFromValue(instruction: Instruction): FromValue | undefined {
  if (instruction.kind !== "COPY") return undefined;
  const flag = instruction.flags.find((f) => f.name === "from");
  if (!flag || flag.value === null || flag.value === "") return undefined;
  return { kind: "copy-from", instruction, text: flag.value, range: flag.valueRange ?? flag.range };
}

/** The `from=` fields of a RUN's `--mount` flags. */
export function mountFromValues(instruction: Instruction): FromValue[] {
  if (instruction.kind !== "RUN") return [];
  const out: FromValue[] = [];
  for (const flag of instruction.flags as Flag[]) {
    if (flag.name !== "mount" || flag.value === null) continue;
    for (const field of csvFields(flag.value)) {
      const eq = field.text.indexOf("=");
      if (eq === -1 || field.text.slice(0, eq).toLowerCase() !== "from") continue;
      const text = field.text.slice(eq + 1);
      if (text === "") continue;
      out.push({ kind: "mount-from", instruction, text, range: flag.valueRange ?? flag.range });
    }
  }
  return out;
}

/**
 * Resolves a `from` value for an instruction running in `stage`:
 * COPY accepts a stage name, a stage index or an image and rejects variables; a mount accepts a
 * stage name or an image (an index is taken as an image name) and rejects `$` before the last character.
 */
export function resolveFrom(
  value: FromValue,
  stage: Stage,
  stages: readonly Stage[],
  byName: ReadonlyMap<string, Stage>,
  escape: string,
  onbuild: boolean,
): StageReference {
  let target: StageReferenceTarget;
  if (value.kind === "copy-from") {
    const literal = expandWord(value.text, () => undefined, { escape, unsetAsEmpty: true });
    if (literal.value !== value.text) target = { kind: "unsupported-expansion" };
    else {
      const index = atoi(value.text);
      if (index !== undefined) {
        const s = stages[index];
        target = index >= 0 && s ? { kind: "stage", stage: s, byIndex: true } : { kind: "invalid-index", index };
      } else {
        const s = byName.get(value.text.toLowerCase());
        target = s ? { kind: "stage", stage: s, byIndex: false } : { kind: "image", name: value.text };
      }
    }
  } else {
    const dollar = value.text.indexOf("$");
    if (dollar !== -1 && dollar !== value.text.length - 1) target = { kind: "unsupported-expansion" };
    else {
      const s = byName.get(value.text.toLowerCase());
      target = s ? { kind: "stage", stage: s, byIndex: false } : { kind: "image", name: value.text };
    }
  }
  const targetIndex = target.kind === "stage" ? target.stage.index : -1;
  return {
    kind: value.kind,
    instruction: value.instruction,
    stage,
    text: value.text,
    range: value.range,
    target,
    forward: targetIndex > stage.index,
    self: targetIndex === stage.index,
    onbuild,
  };
}

/** Marks the stages `target` needs (itself, its parent chain, and what they copy or mount from). */
export function markReachable(target: Stage): void {
  const todo: Stage[] = [target];
  while (todo.length > 0) {
    const s = todo.pop() as Stage;
    if (s.reachable) continue;
    s.reachable = true;
    for (const d of s.dependencies) if (!d.reachable) todo.push(d);
  }
}
