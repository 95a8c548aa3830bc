/** Rules for instructions of which only the last one in a stage counts (CMD, ENTRYPOINT, HEALTHCHECK). */
import type { Instruction } from "../../src/ast/types.js";
import type { Rule, RuleMeta } from "../../src/engine/types.js";
import { stagesOf } from "./stages.js";

/** A rule reporting every `kind` instruction in a stage except the last one, like BuildKit's MultipleInstructionsDisallowed. */
export function onlyLastCounts(kind: Instruction["kind"], meta: RuleMeta): Rule {
  return {
    meta,
    create(context) {
      return {
        "Dockerfile:exit"(ast) {
          for (const stage of stagesOf(ast).stages) {
            const found = stage.instructions.filter((i) => i.kind === kind);
            const final = found.at(-1);
            for (const ins of found.slice(0, -1)) {
              context.report({
                range: ins.keyword.range,
                message: `${ins.keyword.value} is overridden by the ${kind} on line ${final?.startLine}; only the last ${kind} in a stage takes effect`,
              });
            }
          }
        },
      };
    },
  };
}
