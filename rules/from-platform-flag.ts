/** hadolint DL3029: FROM --platform pins a stage to one platform. */
import type { Rule } from "../src/engine/types.js";
import { expandWord } from "../src/model/index.js";

/** Predefined args whose value follows the build's own platforms (`docker build --platform`). */
const PLATFORM_ARGS = new Set(["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"]);

const rule: Rule = {
  meta: {
    id: "from-platform-flag",
    aliases: ["DL3029"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "FROM --platform pins a stage to a fixed platform",
      why:
        "A hard-coded `--platform=linux/amd64` makes the image build for that platform whatever `docker build " +
        "--platform` asks for, so multi-platform builds silently produce amd64 images (run under emulation on " +
        "ARM). Let the build choose the platform. `--platform=$BUILDPLATFORM` (run a build stage natively and " +
        "cross-compile, as Docker recommends) and the other predefined platform args (`$TARGETPLATFORM`, " +
        "`$BUILDOS/$BUILDARCH`, ...) are fine; other variables, whose value is chosen elsewhere, are reported, " +
        "as in hadolint.",
      bad: "FROM --platform=linux/amd64 node:22-alpine\n",
      good: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\n",
    },
  },
  create(context) {
    return {
      FROM(node) {
        const flag = node.platform;
        if (node.onbuild || !flag || flag.value === null) return;
        const names = expandWord(flag.value, () => undefined, { escape: context.ast.escapeChar }).references.map((r) => r.name);
        if (names.some((n) => PLATFORM_ARGS.has(n))) return;
        context.report({ range: flag.range, message: `Do not pin the platform with FROM --platform=${flag.value}; let the build choose it (or use $BUILDPLATFORM for build stages)` });
      },
    };
  },
};

export default rule;
