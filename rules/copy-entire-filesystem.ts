/** hadolint DL3067: `COPY --from=<stage> / /` copies a whole filesystem. */
import type { Rule } from "../src/engine/types.js";
import { semanticModel, stageLineage, wordValue } from "./support/semantic.js";

/** `/`, `//`, `/.`, `"/"` ... all name the root. */
const isRoot = (path: string | undefined) => path !== undefined && path.replace(/\/\.(?=\/|$)/g, "/").replace(/\/+/g, "/") === "/";

const rule: Rule = {
  meta: {
    id: "copy-entire-filesystem",
    aliases: ["DL3067"],
    severity: "warning",
    category: "performance",
    docs: {
      description: "COPY --from copies the whole filesystem of a stage or image onto /",
      why:
        "`COPY --from=build / /` drags everything of the other stage into the image: compilers, package caches, " +
        "shells and whatever it downloaded. The image gets large, its attack surface grows, and the point of a " +
        "multi-stage build is lost. Copy the directories the application needs. Copying into a subdirectory " +
        "(`/ /rootfs`) is not reported, nor is copying a stage built FROM scratch, which holds only the files " +
        "copied into it (the usual \"export\" stage).",
      bad: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build / /\n",
      good: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM scratch\nCOPY --from=build /out/app /app\n",
    },
  },
  create(context) {
    return {
      COPY(node) {
        const from = node.flags.find((f) => f.name === "from");
        if (!from || !from.value || !node.destination) return;
        const value = (w: typeof node.sources[number]) => (node.onbuild && w.value.includes("$") ? undefined : wordValue(context.ast, node, w).value);
        if (!isRoot(value(node.destination))) return;
        const root = node.sources.find((s) => isRoot(value(s)));
        if (!root) return;
        // A stage built FROM scratch holds only what was copied into it (an "export" stage): copying all of it is the point.
        const ref = semanticModel(context.ast).stageReferences.find((r) => r.instruction === node);
        if (ref?.target.kind === "stage" && [...stageLineage(ref.target.stage)].at(-1)?.base.kind === "scratch") return;
        context.report({
          range: { start: root.range.start, end: node.destination.range.end },
          message: `COPY --from=${from.value} copies its entire filesystem into /; copy only the paths the image needs`,
        });
      },
    };
  },
};

export default rule;
