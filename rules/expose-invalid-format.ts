/** BuildKit's ExposeInvalidFormat: EXPOSE with an IP address or a host port (`8080:80`). */
import type { Rule } from "../src/engine/types.js";
import { modelOf } from "./support/buildkit.js";

/** BuildKit's `splitParts`: `[ip:]hostPort:containerPort`, IPv6 addresses keeping their colons. */
function splitParts(raw: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = raw.split(":");
  if (parts.length === 1) return { ip: "", hostPort: "", containerPort: parts[0] };
  if (parts.length === 2) return { ip: "", hostPort: parts[0], containerPort: parts[1] };
  const n = parts.length;
  return { ip: parts.slice(0, n - 2).join(":"), hostPort: parts[n - 2], containerPort: parts[n - 1] };
}

const rule: Rule = {
  meta: {
    id: "expose-invalid-format",
    aliases: ["ExposeInvalidFormat"],
    severity: "warning",
    category: "correctness",
    fix: { safe: true },
    docs: {
      description: "EXPOSE gives an IP address or a host port",
      why:
        "EXPOSE only documents which container ports the image listens on; publishing to a host port or address is " +
        "decided by `docker run -p`. BuildKit ignores the IP and host-port parts of `EXPOSE 127.0.0.1:8080:80` (it " +
        "exposes 80) and will reject them in a future release. The fix keeps the container port, which is what " +
        "the image gets today.",
      bad: "FROM nginx:1.27\nEXPOSE 8080:80\n",
      good: "FROM nginx:1.27\nEXPOSE 80\n",
    },
  },
  create(context) {
    return {
      EXPOSE(node) {
        if (node.onbuild) return;
        for (const port of node.ports) {
          const word = port.raw;
          let values: string[];
          const literal = !word.value.includes("$");
          if (literal) values = [word.value];
          else {
            const expansion = modelOf(context.ast).expandInstructionWord(node, word);
            if (!expansion.words) continue;
            values = expansion.words;
          }
          for (const raw of values) {
            const { ip, hostPort, containerPort } = splitParts(raw);
            if (ip === "" && hostPort === "") continue;
            const contiguous = literal && values.length === 1 && word.range.end.offset - word.range.start.offset === word.value.length;
            context.report({
              range: word.range,
              message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'`,
              ...(contiguous && containerPort !== ""
                ? { fix: { description: `Expose only the container port ${containerPort}`, safe: true, edits: [{ start: word.range.start.offset, end: word.range.end.offset, text: containerPort }] } }
                : {}),
            });
          }
        }
      },
    };
  },
};

export default rule;
