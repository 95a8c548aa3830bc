/** BuildKit's FromPlatformFlagConstDisallowed: `FROM --platform=linux/amd64` with a constant value. */
import type { Rule } from "../src/engine/types.js";
import { expandFromWord, parsePlatform } from "./support/buildkit.js";

const rule: Rule = {
  meta: {
    id: "from-platform-flag-const",
    aliases: ["FromPlatformFlagConstDisallowed"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "FROM --platform uses a constant platform",
      why:
        "A constant `--platform` pins the stage to one platform, so the Dockerfile cannot build a multi-platform " +
        "image, and on other machines the stage runs under emulation. Leave the platform to the build " +
        "(`docker build --platform`) or use `$BUILDPLATFORM`/`$TARGETPLATFORM`-derived values. Like BuildKit, " +
        "the rule accepts a constant when the stage name mentions its OS or architecture (`AS build-arm64`), " +
        "which marks a deliberately platform-specific stage.",
      bad: "FROM --platform=linux/amd64 node:22 AS build\nRUN npm ci\n",
      good: "FROM --platform=$BUILDPLATFORM node:22 AS build\nRUN npm ci\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        const flag = node.platform;
        if (node.onbuild || !flag || flag.value === null) return;
        const result = expandFromWord(context.ast, node, flag.value);
        if (result.references.length > 0 || result.value === undefined || result.errors.length > 0) return;
        const platform = parsePlatform(result.value);
        if (!platform) return;
        const stageName = node.stageName?.value.toLowerCase() ?? "";
        if (stageName.includes(platform.os) || stageName.includes(platform.architecture)) return;
        context.report({ range: flag.range, message: `FROM --platform flag should not use constant value "${result.value}"` });
      },
    };
  },
};

export default rule;
