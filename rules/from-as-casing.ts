/** BuildKit's FromAsCasing: `FROM ... as name` / `from ... AS name`, keyword cases that do not match. */
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "from-as-casing",
    aliases: ["FromAsCasing"],
    severity: "style",
    category: "style",
    fix: { safe: true },
    docs: {
      description: "The AS keyword of a FROM is not in the same case as FROM",
      why:
        "`FROM` and `AS` are keywords of the same instruction; mixing `FROM ... as` reads like a typo and is what " +
        "BuildKit warns about. Keywords are case-insensitive, so the fix (writing `AS` in the case of `FROM`) does " +
        "not change the build. When `FROM` itself is in mixed case (`From`), the instruction-casing rule applies instead.",
      bad: "FROM node:22 as build\nRUN npm ci\n",
      good: "FROM node:22 AS build\nRUN npm ci\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        const as = node.asKeyword;
        if (node.onbuild || !as || node.args.length < 3) return;
        const from = node.keyword.value;
        const lower = from === from.toLowerCase();
        const upper = from === from.toUpperCase();
        if (!lower && !upper) return;
        const wanted = lower ? as.value.toLowerCase() : as.value.toUpperCase();
        if (as.value === wanted) return;
        const contiguous = as.range.end.offset - as.range.start.offset === as.value.length;
        context.report({
          range: as.range,
          message: `'${as.value}' and '${from}' keywords' casing do not match`,
          ...(contiguous
            ? { fix: { description: `Write '${wanted}' like '${from}'`, safe: true, edits: [{ start: as.range.start.offset, end: as.range.end.offset, text: wanted }] } }
            : {}),
        });
      },
    };
  },
};

export default rule;
