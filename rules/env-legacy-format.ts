/** `ENV key value` / `LABEL key value`: the legacy whitespace-separated form. */
import type { KeyValueInstruction } from "../src/ast/types.js";
import type { Fix, Rule, RuleContext } from "../src/engine/types.js";
import { findInlineComment } from "./support/inline-comment.js";

/** Whether `value` is one word in BuildKit's quote-aware splitting (quotes balanced, no blank outside them). */
function singleWord(value: string, escape: string): boolean {
  let quote = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
      else if (ch === escape && quote === '"') i++;
    } else if (ch === escape) i++;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (/\s/.test(ch)) return false;
  }
  return quote === "";
}

function toKeyValue(context: RuleContext, node: KeyValueInstruction): Fix | undefined {
  const pair = node.pairs[0];
  if (!pair?.value || node.pairs.length !== 1) return undefined;
  const { key, value } = pair;
  // The value must sit on the key's line, with no comment that the inline-comment rule should move first.
  if (value.range.start.line !== value.range.end.line || key.range.end.line !== value.range.start.line) return undefined;
  if (findInlineComment(context.ast, node)) return undefined;
  const raw = value.value;
  const escape = context.ast.escapeChar;
  let text: string;
  if (singleWord(raw, escape)) text = raw;
  else if (/["']/.test(raw) || raw.includes(escape)) return undefined; // quoting would change how it is read
  else text = `"${raw}"`;
  return {
    description: `Rewrite as ${node.name} ${key.value}=value`,
    safe: true,
    edits: [{ start: key.range.end.offset, end: value.range.end.offset, text: "=" + text }],
  };
}

const rule: Rule = {
  meta: {
    id: "env-legacy-format",
    aliases: ["LegacyKeyValueFormat"],
    severity: "warning",
    category: "maintainability",
    fix: { safe: true },
    docs: {
      description: "ENV or LABEL uses the legacy `key value` form",
      why:
        "In `ENV key value` everything after the first space is the value, including spaces, quotes and any " +
        "would-be comment, and only one variable can be set. `ENV key=value` is unambiguous, allows several pairs " +
        "per line, and is the form BuildKit recommends; the legacy form may be removed. The fix adds `=` and, when " +
        "the value contains spaces, double quotes (`$VAR` still expands inside them); values with quotes or escapes " +
        "are left for a human.",
      bad: "FROM alpine:3.20\nENV LANG C.UTF-8\nLABEL description A small image\n",
      good: 'FROM alpine:3.20\nENV LANG=C.UTF-8\nLABEL description="A small image"\n',
    },
  },
  create(context) {
    const check = (node: KeyValueInstruction) => {
      if (!node.legacy) return;
      const pair = node.pairs.find((p) => p.legacy);
      if (!pair) return;
      const fix = toKeyValue(context, node);
      context.report({
        range: pair.key.range,
        message: `${node.keyword.value} ${pair.key.value} uses the legacy "key value" form; write ${node.name} ${pair.key.value}=value`,
        ...(fix ? { fix } : {}),
      });
    };
    return { ENV: check, LABEL: check };
  },
};

export default rule;
