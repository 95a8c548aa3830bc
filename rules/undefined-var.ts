/**
 * BuildKit's UndefinedVar: an instruction inside a stage expands a variable that no ARG or ENV defines
 * at that point. Shell-form RUN/CMD/ENTRYPOINT text is left to the shell and not checked.
 */
import type { Instruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { levenshtein, type SemanticModel, type UndefinedReference } from "../src/model/index.js";
import { modelOf } from "./support/buildkit.js";

/**
 * Whether an ARG or ENV after `from` defines `name` (used before being defined). The instruction itself does
 * not count: `ENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH` extends a value the image may set.
 */
function definedLater(instructions: readonly Instruction[], from: Instruction, name: string): boolean {
  let after = false;
  for (const ins of instructions) {
    if (ins === from) {
      after = true;
      continue;
    }
    if (!after) continue;
    if ((ins.kind === "ARG" || ins.kind === "ENV") && ins.pairs.some((p) => p.key.value === name)) return true;
  }
  return false;
}

/** Whether the stage most likely builds a Windows image, whose ENV holds mixed-case names ($ProgramFiles). */
function windowsStage(model: SemanticModel, stageIndex: number | null): boolean {
  if (model.ast.escapeChar === "`") return true;
  let stage = stageIndex === null ? undefined : model.stages[stageIndex];
  for (let depth = 0; stage && depth < 64; depth++) {
    const base = stage.base;
    if (base.kind !== "stage") return base.kind === "image" && /(^|[/:-])(windows|nanoserver|servercore|windowsservercore)/i.test(base.text ?? base.reference?.raw ?? "");
    stage = base.stage;
  }
  return false;
}

/**
 * For an upper-case name in a stage built on an external image (whose ENV may define it): whether the
 * use is still most likely a mistake. It is when the stage defines the name later (used too early),
 * or when the close match is a name the Dockerfile defines, or the instruction itself sets the close
 * match (`ENV PATH=$PAHT:/bin`). A close match to an image variable alone (`$GOPATH` ~ `PATH`) is not.
 */
function likelyMistake(model: SemanticModel, u: UndefinedReference): boolean {
  const stage = u.stageIndex === null ? undefined : model.stages[u.stageIndex];
  if (stage && definedLater(stage.instructions, u.instruction, u.name)) return true;
  const suggestion = u.suggestion;
  if (suggestion === undefined) return false;
  const binding = model.scopeAt(u.instruction).lookup(suggestion);
  // One edit away from a name the Dockerfile defines ($DIR_ASSET for $DIR_ASSETS); two edits is too loose
  // for short names ($HOME is not a typo of $ROLE).
  if (binding && (binding.kind === "arg" || binding.kind === "env") && levenshtein(u.name, suggestion) === 1) return true;
  const ins = u.instruction;
  return (ins.kind === "ENV" || ins.kind === "ARG") && ins.pairs.some((p) => p.key.value === suggestion);
}

const rule: Rule = {
  meta: {
    id: "undefined-var",
    aliases: ["UndefinedVar"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "An instruction uses a variable that is not defined at that point",
      why:
        "Dockerfile instructions (COPY, ENV, WORKDIR, LABEL, ... but not shell-form RUN/CMD/ENTRYPOINT, where the " +
        "shell expands) replace `$NAME` with the value of an ARG or ENV defined earlier in the stage or in the stage " +
        "it builds on; anything else becomes an empty string without an error. Global ARGs need an `ARG NAME` " +
        "inside the stage. A typo (`$PAHT`) or an ARG declared after its use silently changes paths and values; " +
        "the message suggests a close defined name, as BuildKit does. A stage built on an external image may get " +
        "variables from the image's ENV (`$GOPATH`, `$JAVA_HOME`), which a static linter cannot see: there, " +
        "upper-case names (any name in a Windows stage) are assumed to come from the image unless the stage defines " +
        "them later, they are one edit away from a name the Dockerfile defines, or the instruction sets the name they " +
        "are close to (`ENV PATH=$PAHT:/bin`) (set the rule option `assumeImageEnv: false` to report them all, " +
        "as BuildKit would for an image without ENV).",
      bad: "FROM alpine:3.20\nCOPY $APP_DIR /app\nARG APP_DIR=dist\n",
      good: "FROM alpine:3.20\nARG APP_DIR=dist\nCOPY $APP_DIR /app\n",
    },
  },
  create(context) {
    const assumeImageEnv = context.settings.ruleOptions["undefined-var"]?.assumeImageEnv !== false;
    return {
      "Dockerfile:exit"(ast) {
        const model = modelOf(ast);
        const seen = new Set<string>();
        for (const u of model.undefinedReferences) {
          if (u.context !== "instruction") continue;
          const key = `${u.instruction.range.start.offset}:${u.name}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (u.baseImageMayDefine && assumeImageEnv) {
            const imageLike = u.name === u.name.toUpperCase() || windowsStage(model, u.stageIndex);
            if (imageLike && !likelyMistake(model, u)) continue;
          }
          context.report({
            range: u.range,
            message: `Usage of undefined variable '$${u.name}'${u.suggestion !== undefined ? ` (did you mean $${u.suggestion}?)` : ""}`,
          });
        }
      },
    };
  },
};

export default rule;
