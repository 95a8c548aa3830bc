/** Parser diagnostic `syntax-error`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "syntax-error",
  aliases: [],
  severity: "error",
  docs: {
    description: "An instruction cannot be parsed",
    why: "Unbalanced quotes, a bad heredoc delimiter, an exec-form array that is valid JSON but not all strings, or `ENV key` without a value. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nCMD [\"sleep\", 5]\n",
    good: "FROM alpine:3.20\nCMD [\"sleep\", \"5\"]\n",
  },
});
