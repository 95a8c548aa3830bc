/**
 * The label rules (hadolint's DL3048–DL3058): LABEL pairs with their keys and values as BuildKit sees
 * them, and a factory for the rules that check a label's value against its type in the label schema.
 */
import type { LabelInstruction, KeyValue, Range } from "../../src/ast/types.js";
import type { Dockerfile } from "../../src/ast/types.js";
import type { Rule, RuleMeta, RuleSettings } from "../../src/engine/types.js";
import { wordValue } from "./semantic.js";

/** One LABEL pair: `key` is `undefined` when it uses a variable whose value is not known. */
export interface LabelPair {
  pair: KeyValue;
  key: string | undefined;
  /** The value as BuildKit sets it; `undefined` when a variable's value is not known. */
  value: string | undefined;
  /** The value is written with variables. */
  dynamicValue: boolean;
}

/** The pairs of a LABEL, keys and values expanded. */
export function labelPairs(ast: Dockerfile, node: LabelInstruction): LabelPair[] {
  return node.pairs.map((pair) => {
    const key = wordValue(ast, node, pair.key);
    const value = pair.value ? wordValue(ast, node, pair.value) : { value: "", dynamic: false };
    return { pair, key: key.value, value: value.value, dynamicValue: value.dynamic };
  });
}

/** The range to report a value problem on: the value, or the pair when the value is empty text. */
export function valueRange(pair: KeyValue): Range {
  return pair.value && pair.value.range.end.offset > pair.value.range.start.offset ? pair.value.range : pair.range;
}

type LabelType = RuleSettings["labelSchema"][string];

/**
 * A rule checking the labels the schema gives type `type`: `check` returns why a (non-empty, known)
 * value is invalid, or `null`. Empty values are left to `label-empty`.
 */
export function labelTypeRule(type: LabelType, what: string, meta: RuleMeta, check: (value: string) => string | null): Rule {
  return {
    meta,
    create(context) {
      const keys = new Set(Object.entries(context.settings.labelSchema).flatMap(([k, t]) => (t === type ? [k] : [])));
      if (keys.size === 0) return {};
      return {
        LABEL(node) {
          for (const p of labelPairs(context.ast, node)) {
            if (p.key === undefined || !keys.has(p.key) || p.value === undefined || p.value === "") continue;
            const why = check(p.value);
            if (why === null) continue;
            const shown = p.dynamicValue ? ` (= "${p.value}")` : "";
            context.report({ range: valueRange(p.pair), message: `Label "${p.key}"${shown} is not a valid ${what}: ${why}` });
          }
        },
      };
    },
  };
}

/** The `label-schema` the docs examples of the label rules are written for. */
export const DOCS_LABEL_SCHEMA = `label-schema:
  org.opencontainers.image.source: url
  org.opencontainers.image.created: rfc3339
  org.opencontainers.image.licenses: spdx
  org.opencontainers.image.revision: hash
  org.opencontainers.image.version: semver
  org.opencontainers.image.authors: email`;
