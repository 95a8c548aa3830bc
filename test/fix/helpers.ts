/** Small text-based rules for testing the fixer engine, independent of the real rule set. */
import type { Rule, TextEdit } from "../../src/engine/types.js";

export interface Match {
  index: number;
  text: string;
}

/**
 * A rule reporting every match of `pattern` (global; overlapping matches when `overlapping`) with a fix
 * made by `edits(match)`; `message(match)` defaults to the rule id.
 */
export function textRule(
  id: string,
  pattern: RegExp,
  edits: ((m: Match, text: string) => TextEdit[]) | null,
  options: { safe?: boolean; message?: (m: Match, text: string) => string; overlapping?: boolean } = {},
): Rule {
  const safe = options.safe ?? true;
  return {
    meta: {
      id,
      aliases: [],
      severity: "warning",
      category: "style",
      ...(edits ? { fix: { safe } } : {}),
      docs: { description: `test rule ${id}`, why: "test", bad: "", good: "" },
    },
    create(context) {
      return {
        Dockerfile() {
          const text = context.text;
          const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
          for (let m = re.exec(text); m; m = re.exec(text)) {
            const match = { index: m.index, text: m[0] };
            context.report({
              range: context.rangeOf(m.index, m.index + m[0].length),
              message: options.message?.(match, text) ?? `${id} here`,
              ...(edits ? { fix: { description: `fix ${id}`, safe, edits: edits(match, text) } } : {}),
            });
            if (options.overlapping) re.lastIndex = m.index + 1;
            else if (m[0].length === 0) re.lastIndex++;
          }
        },
      };
    },
  };
}

/** A rule replacing each match of `pattern` with `replacement`. */
export function replaceRule(id: string, pattern: RegExp, replacement: string, options: { safe?: boolean; message?: (m: Match, text: string) => string; overlapping?: boolean } = {}): Rule {
  return textRule(id, pattern, (m) => [{ start: m.index, end: m.index + m.text.length, text: replacement }], options);
}
