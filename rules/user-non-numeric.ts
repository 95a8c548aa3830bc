/** hadolint DL3066: USER names a user instead of a numeric UID. */
import type { Rule } from "../src/engine/types.js";
import { isVerbatim, wordValue } from "./support/semantic.js";

const rule: Rule = {
  meta: {
    id: "user-non-numeric",
    aliases: ["DL3066"],
    severity: "info",
    category: "security",
    docs: {
      description: "USER names a user instead of a numeric UID",
      why:
        "A user name is resolved through the image's /etc/passwd, which the host and orchestrators cannot see: " +
        "Kubernetes' `runAsNonRoot` refuses to start an image whose USER is a name it cannot verify, and volume " +
        "ownership is decided by UID. Create the user with a fixed UID and refer to it by number " +
        "(`USER 10001:10001`). A USER from a variable is checked when the variable's value is known.",
      bad: "FROM node:22-alpine\nUSER node\n",
      good: "FROM node:22-alpine\nUSER 1000:1000\n",
    },
  },
  create(context) {
    return {
      USER(node) {
        if (node.onbuild || !node.value) return;
        const { value, dynamic } = wordValue(context.ast, node, node.value);
        if (value === undefined) return;
        const colon = value.indexOf(":");
        const uid = colon < 0 ? value : value.slice(0, colon);
        // An empty or blank-holding value is broken in other ways (inline-comment, BuildKit) and no user name.
        if (uid === "" || /\s/.test(uid) || /^[0-9]+$/.test(uid)) return;
        const word = node.value;
        const range = !dynamic && isVerbatim(word) ? context.rangeOf(word.range.start.offset, word.range.start.offset + uid.length) : word.range;
        context.report({ range, message: `USER "${uid}" is a name, which the host cannot resolve; use a numeric UID` });
      },
    };
  },
};

export default rule;
