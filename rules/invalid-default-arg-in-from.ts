/**
 * BuildKit's InvalidDefaultArgInFrom: with only the ARG defaults (no `--build-arg`), a FROM image
 * expands to an empty or invalid image name.
 */
import type { Rule } from "../src/engine/types.js";
import { expandFromWord, invalidImageName, modelOf } from "./support/buildkit.js";

const rule: Rule = {
  meta: {
    id: "invalid-default-arg-in-from",
    aliases: ["InvalidDefaultArgInFrom"],
    severity: "warning",
    category: "correctness",
    docs: {
      description: "A FROM image is empty or invalid when the global ARGs keep their defaults",
      why:
        "A Dockerfile should build without `--build-arg`. When `FROM image:$TAG` uses an ARG without a default (or " +
        "with a default that does not make a valid name), a plain `docker build` pulls `image:`, which fails. Give " +
        "the ARG a default, or use `${TAG:-default}`. An ARG may stay empty when the name is still valid without " +
        "it (`FROM busybox:stable${VARIANT}`).",
      bad: "ARG TAG\nFROM busybox:$TAG\n",
      good: "ARG TAG=1.37\nFROM busybox:$TAG\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const model = modelOf(ast);
        const checks: { from: (typeof model.stages)[number]["from"]; raw: string; value: string }[] = [];
        for (const stage of model.stages) {
          const from = stage.from;
          const word = from.args[0];
          if (!word || !from.image?.hasVariables) continue;
          const result = expandFromWord(ast, from, word.value);
          // BuildKit abandons this check when an expansion fails.
          if (result.errors.length > 0) return;
          if (result.value === undefined || result.value.includes("\u0000")) continue;
          checks.push({ from, raw: word.value, value: result.value });
        }
        for (const c of checks) {
          if (invalidImageName(c.value) === null) continue;
          context.report({
            range: c.from.args[0].range,
            message: `Default value for ARG ${c.raw} results in empty or invalid base image name`,
          });
        }
      },
    };
  },
};

export default rule;
