/** The first WORKDIR of a stage is relative, so it depends on the base image's working directory. */
import type { Rule } from "../src/engine/types.js";
import { lineage, stagesOf } from "./support/stages.js";

const isAbsolute = (p: string) => p.startsWith("/") || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\");

const rule: Rule = {
  meta: {
    id: "workdir-relative",
    aliases: ["WorkdirRelativePath", "DL3000", "DS009", "CKV_DOCKER_10"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "The first WORKDIR of a stage is a relative path",
      why:
        "A relative WORKDIR is resolved against the working directory of the base image, which the base image's " +
        "publisher can change in any release. Start each stage's WORKDIR chain with an absolute path. Like " +
        "BuildKit, only the first WORKDIR of a stage (and of the stages it builds on) is checked.",
      bad: "FROM node:22-alpine\nWORKDIR app\n",
      good: "FROM node:22-alpine\nWORKDIR /app\nWORKDIR src\n",
    },
  },
  create(context) {
    return {
      WORKDIR(node) {
        if (node.onbuild || !node.value) return;
        const model = stagesOf(context.ast);
        const stage = model.stageOf.get(node);
        if (!stage) return;
        for (const s of lineage(stage)) {
          const earlier = s.instructions.find((i) => i.kind === "WORKDIR" && (s !== stage || i.range.start.offset < node.range.start.offset));
          if (earlier) return;
        }
        const raw = node.value.value;
        // WORKDIR removes simple surrounding quotes; templates ({{ }}) are not Dockerfile syntax.
        const path = /^(["']).*\1$/s.test(raw) ? raw.slice(1, -1) : raw;
        if (isAbsolute(path) || path.startsWith("$") || path.includes("{{")) return;
        context.report({
          range: node.value.range,
          message: `relative WORKDIR "${path}" depends on the base image's working directory; use an absolute path`,
        });
      },
    };
  },
};

export default rule;
