/** FROM an image hosted outside the registries the project trusts (`settings.trustedRegistries`). */
import type { Range } from "../src/ast/types.js";
import type { Rule } from "../src/engine/types.js";
import { resolveBase } from "./support/image.js";

const DOCKER_HUB = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

/** Whether `registry` matches `pattern` (exact, case-insensitive; `*` matches within the host). */
function matches(registry: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  const r = registry.toLowerCase();
  if (DOCKER_HUB.has(p) && DOCKER_HUB.has(r)) return true;
  if (!p.includes("*")) return p === r;
  const re = new RegExp("^" + p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*") + "$");
  return re.test(r);
}

const rule: Rule = {
  meta: {
    id: "from-untrusted-registry",
    aliases: ["DL3026"],
    severity: "error",
    category: "security",
    docs: {
      description: "FROM pulls from a registry that is not in `trustedRegistries`",
      why:
        "When a project restricts where base images may come from, an image from anywhere else bypasses " +
        "that supply-chain control. The rule is inert until `trustedRegistries` is set (the examples assume " +
        "`trustedRegistries: [registry.example.com]`); images without a registry come from docker.io.",
      bad: "FROM quay.io/evil/base:1.0\n",
      good: "FROM registry.example.com/base:1.0\n",
    },
  },
  create(context) {
    const trusted = context.settings.trustedRegistries ?? [];
    if (trusted.length === 0) return {};
    return {
      FROM(node) {
        const image = node.image;
        if (!image) return;
        const base = resolveBase(context.ast, node);
        if (base.kind !== "image") return;
        const registry = base.registry ?? "docker.io";
        if (trusted.some((p) => matches(registry, p))) return;
        let range: Range = image.range;
        const contiguous = image.range.end.offset - image.range.start.offset === image.raw.length;
        if (base.registry !== null && !base.expanded && contiguous && image.raw.startsWith(base.registry)) {
          range = context.rangeOf(image.range.start.offset, image.range.start.offset + base.registry.length);
        }
        const where = base.registry === null ? `"${base.text}" comes from docker.io, which` : `registry "${registry}"`;
        context.report({ range, message: `${where} is not in trustedRegistries (${trusted.join(", ")})` });
      },
    };
  },
};

export default rule;
