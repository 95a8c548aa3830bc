/** EXPOSE 80/TCP: the protocol must be lower case. */
import type { Rule } from "../src/engine/types.js";

const rule: Rule = {
  meta: {
    id: "expose-proto-casing",
    aliases: ["ExposeProtoCasing"],
    severity: "warning",
    category: "style",
    fix: { safe: true },
    docs: {
      description: "The protocol in EXPOSE is not lower case",
      why: "Docker lower-cases the protocol anyway (`80/TCP` means `80/tcp`); writing it lower case matches what `docker inspect` shows and what BuildKit expects.",
      bad: "FROM nginx:1.27\nEXPOSE 80/TCP\n",
      good: "FROM nginx:1.27\nEXPOSE 80/tcp\n",
    },
  },
  create(context) {
    return {
      EXPOSE(node) {
        for (const port of node.ports) {
          const proto = port.protocol;
          if (proto === null || proto === proto.toLowerCase() || proto.includes("$")) continue;
          const raw = port.raw;
          const start = raw.range.start.offset + raw.value.length - proto.length;
          const contiguous = raw.range.end.offset - raw.range.start.offset === raw.value.length;
          const range = contiguous ? context.rangeOf(start, raw.range.end.offset) : raw.range;
          context.report({
            range,
            message: `protocol "${proto}" in EXPOSE ${raw.value} should be lower case`,
            ...(contiguous
              ? { fix: { description: "Lower-case the protocol", safe: true, edits: [{ start, end: raw.range.end.offset, text: proto.toLowerCase() }] } }
              : {}),
          });
        }
      },
    };
  },
};

export default rule;
