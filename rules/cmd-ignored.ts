/** A CMD that can never take effect because the stage's ENTRYPOINT is in shell form. */
import type { EntrypointInstruction, Instruction } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { lineage, looksWindows, stagesOf, type Stage } from "./support/stages.js";

const last = <K extends Instruction["kind"]>(stage: Stage, kind: K) =>
  stage.instructions.filter((i): i is Extract<Instruction, { kind: K }> => i.kind === kind).at(-1);

/** The ENTRYPOINT in force at the end of `stage`: its own last one, else one inherited from a parent stage. */
function effectiveEntrypoint(stage: Stage): EntrypointInstruction | undefined {
  for (const s of lineage(stage)) {
    const e = last(s, "ENTRYPOINT");
    if (e) return e;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: "cmd-ignored",
    aliases: [],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "CMD has no effect because the ENTRYPOINT is in shell form",
      why:
        "A shell-form ENTRYPOINT runs as `/bin/sh -c \"<entrypoint>\"` and the CMD is appended as arguments to " +
        "`sh` itself, where nothing reads them: the CMD (and any arguments given to `docker run`) is silently " +
        "dropped. Write the ENTRYPOINT in exec form so CMD supplies its default arguments, or fold the CMD " +
        "into the ENTRYPOINT.",
      bad: "FROM nginx:1.27\nENTRYPOINT nginx\nCMD [\"-g\", \"daemon off;\"]\n",
      good: "FROM nginx:1.27\nENTRYPOINT [\"nginx\"]\nCMD [\"-g\", \"daemon off;\"]\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        for (const stage of stagesOf(ast).stages) {
          // On Windows, shell form is `cmd /S /C <entrypoint> <cmd...>`: the CMD does reach the command.
          if (looksWindows(ast.escapeChar, stage)) continue;
          const cmd = last(stage, "CMD");
          if (!cmd || (cmd.command.form === "exec" && cmd.command.exec.length === 0) || (cmd.command.form === "shell" && !cmd.command.shell)) continue;
          const entrypoint = effectiveEntrypoint(stage);
          if (!entrypoint || entrypoint.command.form !== "shell" || !entrypoint.command.shell) continue;
          const where = stagesOf(ast).stageOf.get(entrypoint) === stage ? `line ${entrypoint.startLine}` : `line ${entrypoint.startLine} (inherited)`;
          context.report({
            range: cmd.keyword.range,
            message: `${cmd.keyword.value} is ignored: the ENTRYPOINT on ${where} is in shell form, which runs /bin/sh -c and never passes CMD on`,
          });
        }
      },
    };
  },
};

export default rule;
