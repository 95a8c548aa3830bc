/** Parser diagnostic `line-too-long`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "line-too-long",
  aliases: [],
  severity: "error",
  docs: {
    description: "A physical line is longer than the 65535 bytes BuildKit reads",
    why: "BuildKit reads Dockerfiles line by line with a 64 KiB buffer and fails on longer lines; split long commands with line continuations or move generated data into a file that is COPYed. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nRUN echo " + "x".repeat(65536) + "\n",
    good: "FROM alpine:3.20\nRUN echo \\\n    " + "x ".repeat(100) + "\n",
  },
});
