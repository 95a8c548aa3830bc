/** hadolint DL3048: a LABEL key that does not follow Docker's key format. */
import type { Rule } from "../src/engine/types.js";
import { labelPairs } from "./support/labels.js";

const RESERVED = ["com.docker.", "io.docker.", "org.dockerproject."];

/** Why `key` is not a valid label key, or `null`. */
export function labelKeyProblem(key: string): string | null {
  if (key === "") return "it is empty";
  const reserved = RESERVED.find((ns) => key.startsWith(ns));
  if (reserved) return `the namespace ${reserved}* is reserved for Docker`;
  if (!/^[a-z]/.test(key)) return "it must start with a lower-case letter";
  const bad = /[^a-z0-9._/-]/.exec(key);
  if (bad) return `"${bad[0]}" is not allowed: use lower-case letters, digits, '.', '-', '_' and '/'`;
  if (!/[a-z0-9]$/.test(key)) return "it must end with a lower-case letter or a digit";
  if (key.includes("..") || key.includes("--")) return "it has consecutive separators ('..' or '--')";
  return null;
}

const rule: Rule = {
  meta: {
    id: "label-key-invalid",
    aliases: ["DL3048"],
    severity: "style",
    category: "style",
    docs: {
      description: "A LABEL key does not follow Docker's label key format",
      why:
        "Docker recommends label keys in reverse-DNS form made of lower-case letters, digits, '.', '-' (and, as " +
        "hadolint allows, '_' and '/'), starting with a letter and ending with a letter or digit, without '..' or " +
        "'--', and outside the namespaces Docker reserves (com.docker.*, io.docker.*, org.dockerproject.*). Keys " +
        "in other forms are hard to query (`docker ps --filter label=...`) and may clash with Docker's own. Keys " +
        "built from variables whose value is not known are not checked.",
      bad: 'FROM alpine:3.20\nLABEL Maintainer="platform@example.com" com.docker.compose.project=shop\n',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="platform@example.com" com.example.project=shop\n',
    },
  },
  create(context) {
    return {
      LABEL(node) {
        for (const p of labelPairs(context.ast, node)) {
          if (p.key === undefined) continue;
          const why = labelKeyProblem(p.key);
          if (why) context.report({ range: p.pair.key.range, message: `Invalid label key "${p.key}": ${why}` });
        }
      },
    };
  },
};

export default rule;
