/** Parser diagnostic `invalid-instruction`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "invalid-instruction",
  aliases: [],
  severity: "error",
  docs: {
    description: "An instruction has the wrong number or form of arguments",
    why: "Each instruction has rules for its arguments: FROM takes an image and optionally `AS name`, COPY needs a source and a destination, WORKDIR and USER take exactly one value, SHELL must be JSON. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nWORKDIR\n",
    good: "FROM alpine:3.20\nWORKDIR /app\n",
  },
});
