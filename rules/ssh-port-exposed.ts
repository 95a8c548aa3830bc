/**
 * EXPOSE of port 22 (SSH), including `22/tcp`, a host mapping to container port 22 and a port range
 * that covers 22. Ports from variables count when their value is known (`ARG SSH_PORT=22`).
 */
import type { Rule } from "../src/engine/types.js";
import { modelOf } from "./support/buildkit.js";

/** Why `item` (one EXPOSE word after expansion) exposes SSH, or `null`. */
export function exposesSsh(item: string): string | null {
  const slash = item.indexOf("/");
  const protocol = slash < 0 ? "tcp" : item.slice(slash + 1).toLowerCase();
  if (protocol !== "tcp") return null;
  const port = (slash < 0 ? item : item.slice(0, slash)).split(":").at(-1) ?? "";
  const range = /^(\d+)-(\d+)$/.exec(port);
  if (range !== null) {
    const [lo, hi] = [Number(range[1]), Number(range[2])];
    return lo <= 22 && 22 <= hi && lo !== hi ? `the port range ${port} includes port 22 (SSH)` : lo === 22 && hi === 22 ? "port 22 is SSH" : null;
  }
  return /^0*22$/.test(port) ? "port 22 is SSH" : null;
}

const rule: Rule = {
  meta: {
    id: "ssh-port-exposed",
    aliases: ["DS004", "CKV_DOCKER_1"],
    severity: "warning",
    category: "security",
    docs: {
      description: "EXPOSE lists port 22 (SSH)",
      why:
        "An SSH server in a container is a second way in, with its own keys or passwords to leak, and it is " +
        "rarely needed: `docker exec` (or `kubectl exec`) gives a shell without opening a port. If the image " +
        "really serves SSH (a git or SFTP server), suppress the finding for that line. Port ranges that cover 22 " +
        "and host mappings to container port 22 count; `22/udp` does not, since SSH runs over TCP.",
      bad: "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server\nEXPOSE 22 8080\n",
      good: "FROM debian:12\nEXPOSE 8080\n",
    },
  },
  create(context) {
    return {
      EXPOSE(node) {
        for (const port of node.ports) {
          const word = port.raw;
          let values: string[] = [word.value];
          if (word.value.includes("$")) {
            if (node.onbuild) continue;
            values = modelOf(context.ast).expandInstructionWord(node, word).words ?? [];
          }
          for (const value of values) {
            const why = exposesSsh(value);
            if (why === null) continue;
            const shown = value === word.value ? value : `${word.value} (${value})`;
            context.report({ range: word.range, message: `EXPOSE ${shown}: ${why}; use docker exec for a shell instead of running an SSH server in the container` });
          }
        }
      },
    };
  },
};

export default rule;
