/**
 * `ADD https://...` without `--checksum=sha256:...`: the build takes whatever the server returns.
 * Git sources (`ADD https://github.com/x/y.git#v1.2`, `git@...`) are pinned by their ref, not a checksum.
 */
import type { Rule } from "../src/engine/types.js";

const URL = /^(https?|ftp):\/\//i;
/** BuildKit reads these as Git repositories, not downloads. */
const GIT = /^(git@|git:\/\/|ssh:\/\/)|\.git\/?([?#].*)?$/i;
/** A server on the build machine (test fixtures serving files to the build): no network path, nothing to pin against. */
const LOCAL = /^[a-z]+:\/\/(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)([:/]|$)/i;

const rule: Rule = {
  meta: {
    id: "add-url-without-checksum",
    aliases: [],
    severity: "warning",
    category: "security",
    docs: {
      description: "ADD downloads a URL without --checksum",
      why:
        "ADD from a URL adds whatever the server sends at build time: a compromised or changed server, a hijacked " +
        "domain or a man in the middle (for plain http) changes the image silently, and rebuilds are not " +
        "reproducible. `ADD --checksum=sha256:<digest> <url> <dest>` (Dockerfile syntax 1.6 and later) makes the " +
        "build fail when the content differs. Git sources (`.git` URLs, also with `?ref=` or `#ref`, and `git@`) are " +
        "not reported: pin them with a commit in the ref. Neither are servers on the build machine (localhost, " +
        "127.0.0.1, 0.0.0.0).",
      bad: "FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
      good:
        "# syntax=docker/dockerfile:1\nFROM alpine:3.20\n" +
        "ADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
    },
  },
  create(context) {
    return {
      ADD(node) {
        if (node.flags.some((f) => f.name === "checksum" && f.value !== null && f.value !== "")) return;
        for (const source of node.sources) {
          if (!URL.test(source.value) || GIT.test(source.value) || LOCAL.test(source.value)) continue;
          context.report({ range: source.range, message: `ADD downloads ${source.value} without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>` });
        }
      },
    };
  },
};

export default rule;
