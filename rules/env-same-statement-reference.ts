/** hadolint DL3044: an ENV value refers to a variable set earlier in the same ENV instruction. */
import type { Rule } from "../src/engine/types.js";
import { semanticModel } from "./support/semantic.js";

const rule: Rule = {
  meta: {
    id: "env-same-statement-reference",
    aliases: ["DL3044"],
    severity: "error",
    category: "correctness",
    docs: {
      description: "An ENV value uses a variable set earlier in the same ENV instruction",
      why:
        "All values of one ENV instruction are expanded before any of its variables is set, so in " +
        "`ENV DIR=/opt/app BIN=$DIR/bin` the `$DIR` is still the old value (usually empty) and BIN becomes `/bin`. " +
        "Split the instruction: `ENV DIR=/opt/app` then `ENV BIN=$DIR/bin`. A variable used in its own value " +
        "(`ENV PATH=/opt/bin:$PATH`) or before the pair that sets it is fine. Unlike hadolint, a variable " +
        "already set by an earlier ARG or ENV is reported too, since the reference still misses the new value.",
      bad: "FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin\n",
      good: "FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n",
    },
  },
  create(context) {
    return {
      ENV(node) {
        const model = semanticModel(context.ast);
        const setAt = new Map<string, number>();
        node.pairs.forEach((pair, j) => {
          if (pair.value) {
            for (const ref of model.expandInstructionWord(node, pair.value).references) {
              const i = setAt.get(ref.name);
              if (i === undefined) continue;
              context.report({
                range: ref.range,
                message: `${ref.name} is set earlier in this ENV (${node.pairs[i].key.value}=...), but ENV expands all values first: this still sees the value from before the instruction; split the ENV`,
              });
            }
          }
          if (!setAt.has(pair.key.value)) setAt.set(pair.key.value, j);
        });
      },
    };
  },
};

export default rule;
