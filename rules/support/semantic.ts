/**
 * The semantic model for the rules that need stages, scopes and stage references, cached per AST, plus
 * the questions several of them ask: which stages produce an image that ships, a stage's lineage, and
 * a word's value as BuildKit sees it (quotes removed, variables expanded when their values are known).
 */
import type { Dockerfile, Instruction, Word } from "../../src/ast/types.js";
import type { SemanticModel, Stage } from "../../src/model/index.js";
import { modelOf } from "./buildkit.js";

/** The semantic model of `ast`, built once per AST and shared with the BuildKit-check rules. */
export function semanticModel(ast: Dockerfile): SemanticModel {
  return modelOf(ast);
}

/** The stage, then the stages it is built `FROM`, nearest first. */
export function* stageLineage(stage: Stage): Generator<Stage> {
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.parent) {
    seen.add(s);
    yield s;
  }
}

/**
 * The stages whose image can ship: no other stage builds `FROM` them, copies from them or mounts them.
 * That is the final stage (or the build target) and any other stage left as an alternative `--target`;
 * builder stages, whose files reach the image only through `COPY --from`, are not among them.
 */
export function shippingStages(model: SemanticModel): Stage[] {
  const consumed = new Set<Stage>();
  for (const stage of model.stages) {
    if (stage.parent && stage.parent !== stage) consumed.add(stage.parent);
    for (const ref of stage.references) {
      if (ref.target.kind === "stage" && ref.target.stage !== stage) consumed.add(ref.target.stage);
    }
  }
  const out = model.stages.filter((s) => !consumed.has(s));
  if (model.target && !out.includes(model.target)) out.push(model.target);
  return out.sort((a, b) => a.index - b.index);
}

/** A word's value as BuildKit uses it: `value` when it can be known, and whether it has variables. */
export interface WordValue {
  /** Quotes and escapes processed, variables expanded; `undefined` when a variable's value is not known. */
  value: string | undefined;
  /** The word references variables. */
  dynamic: boolean;
}

/** The value of an instruction's word (LABEL key or value, USER, COPY destination, EXPOSE port ...). */
export function wordValue(ast: Dockerfile, instruction: Instruction, word: Word): WordValue {
  const expansion = semanticModel(ast).expandInstructionWord(instruction, word);
  const dynamic = expansion.references.length > 0;
  if (expansion.errors.length > 0 || expansion.unresolved.length > 0 || expansion.unknown.length > 0) return { value: undefined, dynamic };
  return { value: expansion.value, dynamic };
}

/** True when the word's source text is exactly its value, so offsets inside the value map 1:1 to the source. */
export function isVerbatim(word: Word): boolean {
  return word.range.end.offset - word.range.start.offset === word.value.length && !/["'\\`$]/.test(word.value);
}
