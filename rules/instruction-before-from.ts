/** Parser diagnostic `instruction-before-from`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "instruction-before-from",
  aliases: ["DL3061"],
  severity: "error",
  docs: {
    description: "An instruction other than ARG comes before the first FROM",
    why: "Only ARG may precede the first FROM (to parameterize it); anything else has no build stage to run in. " + BUILD_FAILS,
    bad: "RUN echo hi\nFROM alpine:3.20\n",
    good: "FROM alpine:3.20\nRUN echo hi\n",
  },
});
