/** hadolint DL3011: an EXPOSE port (or port range end) above 65535. */
import type { Rule } from "../src/engine/types.js";
import { isVerbatim, wordValue } from "./support/semantic.js";

const MAX_PORT = 65535;

const rule: Rule = {
  meta: {
    id: "expose-port-out-of-range",
    aliases: ["DL3011"],
    severity: "error",
    category: "correctness",
    docs: {
      description: "EXPOSE gives a port outside 0-65535",
      why:
        "TCP and UDP ports are 16-bit numbers, so a port above 65535 (often a typo, or an extra digit) can never be " +
        "listened on and `docker run -P` cannot publish it. Both ends of a range (`8000-8100`) are checked. A port " +
        "from a variable is checked when the variable's value is known.",
      bad: "FROM nginx:1.27\nEXPOSE 80 84430\n",
      good: "FROM nginx:1.27\nEXPOSE 80 8443\n",
    },
  },
  create(context) {
    return {
      EXPOSE(node) {
        for (const port of node.ports) {
          const word = port.raw;
          const literal = isVerbatim(word);
          if (!literal && node.onbuild && word.value.includes("$")) continue;
          const text = literal ? word.value : wordValue(context.ast, node, word).value;
          if (text === undefined) continue;
          const values = text.split(/\s+/).filter((v) => v !== "");
          for (const value of values) {
            const spec = value.split("/")[0];
            // `ip:host:container`: only the container port is exposed (expose-invalid-format reports the rest).
            const container = spec.slice(spec.lastIndexOf(":") + 1);
            const base = spec.length - container.length;
            let offset = 0;
            for (const part of container.split("-")) {
              const start = base + offset;
              offset += part.length + 1;
              if (!/^[0-9]+$/.test(part) || Number(part) <= MAX_PORT) continue;
              const range = literal ? context.rangeOf(word.range.start.offset + start, word.range.start.offset + start + part.length) : word.range;
              context.report({ range, message: `Port ${part} is out of range: valid ports are 0 to ${MAX_PORT}` });
            }
          }
        }
      },
    };
  },
};

export default rule;
