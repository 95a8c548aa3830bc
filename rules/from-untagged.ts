/** FROM an image with neither a tag nor a digest: the build takes whatever `latest` is that day. */
import type { Rule } from "../src/engine/types.js";
import { resolveBase } from "./support/image.js";

const rule: Rule = {
  meta: {
    id: "from-untagged",
    aliases: ["DL3006", "CKV_DOCKER_7"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "FROM names an image without a tag or digest",
      why:
        "Without a tag Docker pulls `latest`, which moves whenever the publisher pushes. Builds stop being " +
        "reproducible and can break or change behavior overnight. Pin a version tag, or a digest for full reproducibility.",
      bad: "FROM ubuntu\nRUN echo hi\n",
      good: "FROM ubuntu:24.04\nRUN echo hi\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        // A template placeholder (`{{installerImageTag}}`) is not an image name yet.
        if (!node.image || node.image.raw.includes("{{")) return;
        const base = resolveBase(context.ast, node);
        if (base.kind !== "image" || base.tag !== null || base.digest !== null) return;
        const shown = base.expanded ? `"${node.image.raw}" (= "${base.text}")` : `"${base.text}"`;
        context.report({
          range: node.image.range,
          message: `base image ${shown} has no tag or digest, so the build uses whatever "latest" points to`,
        });
      },
    };
  },
};

export default rule;
