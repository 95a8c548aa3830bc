/** Small inline rules for engine tests. */
import type { Instruction } from "../../src/ast/types.js";
import type { Rule, RuleContext, RuleMeta, RuleVisitors } from "../../src/engine/types.js";

export function testRule(meta: Partial<RuleMeta> & { id: string }, create: (ctx: RuleContext) => RuleVisitors): Rule {
  return {
    meta: {
      aliases: [],
      severity: "warning",
      category: "correctness",
      docs: { description: meta.id, why: "", bad: "", good: "" },
      ...meta,
    },
    create,
  };
}

/** Reports every instruction of `kind` at its keyword. */
export function flagKind(id: string, kind: Instruction["kind"], meta: Partial<RuleMeta> = {}): Rule {
  return testRule({ id, ...meta }, (ctx) => ({
    [kind]: (node: Instruction) => ctx.report({ message: `${id}: ${node.name}`, range: node.keyword.range }),
  }));
}
