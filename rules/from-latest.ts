/** FROM an image pinned to the moving `latest` tag. */
import type { Range } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { resolveBase } from "./support/image.js";

const rule: Rule = {
  meta: {
    id: "from-latest",
    aliases: ["DL3007", "DS001"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "FROM uses the `latest` tag",
      why:
        "`latest` is just the tag a publisher moves with every release: the image you tested is not the " +
        "image the next build gets. Pin a version tag (or a digest).",
      bad: "FROM node:latest\nCMD [\"node\"]\n",
      good: "FROM node:22.11-alpine\nCMD [\"node\"]\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        const image = node.image;
        if (!image) return;
        const base = resolveBase(context.ast, node);
        if (base.kind !== "image" || base.tag !== "latest" || base.digest !== null) return;
        let range: Range = image.range;
        const at = image.raw.lastIndexOf(":latest");
        const contiguous = image.range.end.offset - image.range.start.offset === image.raw.length;
        if (!base.expanded && at !== -1 && contiguous) {
          range = context.rangeOf(image.range.start.offset + at + 1, image.range.start.offset + at + ":latest".length);
        }
        const name = base.expanded ? `"${image.raw}" (= "${base.text}")` : `"${base.path}"`;
        context.report({ range, message: `base image ${name} uses the "latest" tag, which changes whenever a new version is pushed` });
      },
    };
  },
};

export default rule;
