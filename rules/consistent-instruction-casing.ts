/** BuildKit's ConsistentInstructionCasing: instruction keywords not in the file's majority case. */
import type { Instruction } from "../src/ast/types.js";
import type { Rule, TextEdit } from "../src/engine/types.js";

const isConsistent = (s: string) => s === s.toLowerCase() || s === s.toUpperCase();

const rule: Rule = {
  meta: {
    id: "consistent-instruction-casing",
    aliases: ["ConsistentInstructionCasing"],
    severity: "style",
    category: "style",
    fix: { safe: true },
    docs: {
      description: "An instruction keyword is not in the case most keywords of the file use",
      why:
        "Instruction keywords are case-insensitive, but a file that mixes `RUN` and `run` (or writes `Copy`) is " +
        "harder to scan and usually a sign of pasted fragments. Like BuildKit, the rule counts the FROM keywords and " +
        "the instructions inside stages written all upper or all lower case, takes the majority (upper case on a tie), " +
        "and reports every keyword that differs, mixed-case ones included. ARGs before the first FROM and ONBUILD " +
        "triggers are not counted. The fix rewrites the keyword (and a FROM's `AS`) in the majority case.",
      bad: "FROM alpine:3.20\nrun apk add --no-cache curl\nCOPY app /app\nCMD [\"/app\"]\n",
      good: "FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app /app\nCMD [\"/app\"]\n",
    },
  },
  create(context) {
    return {
      "Dockerfile:exit"(ast) {
        const counted: Instruction[] = [];
        let inStage = false;
        for (const ins of ast.instructions) {
          if (ins.kind === "FROM") inStage = true;
          if (inStage && ins.kind !== "UNKNOWN") counted.push(ins);
        }
        let lower = 0;
        let upper = 0;
        for (const ins of counted) {
          const k = ins.keyword.value;
          if (!isConsistent(k)) continue;
          if (k === k.toLowerCase()) lower++;
          else upper++;
        }
        const majorityLower = lower > upper;
        const casing = majorityLower ? "lowercase" : "uppercase";
        const recase = (s: string) => (majorityLower ? s.toLowerCase() : s.toUpperCase());
        for (const ins of counted) {
          const k = ins.keyword;
          if (recase(k.value) === k.value) continue;
          const edits: TextEdit[] = [{ start: k.range.start.offset, end: k.range.end.offset, text: recase(k.value) }];
          if (ins.kind === "FROM" && ins.asKeyword) {
            const as = ins.asKeyword;
            if (as.range.end.offset - as.range.start.offset === as.value.length) {
              edits.push({ start: as.range.start.offset, end: as.range.end.offset, text: recase(as.value) });
            }
          }
          context.report({
            range: k.range,
            message: `Command '${k.value}' should match the case of the command majority (${casing})`,
            fix: { description: `Write ${ins.name} in ${casing}`, safe: true, edits },
          });
        }
      },
    };
  },
};

export default rule;
