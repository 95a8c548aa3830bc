/** Parser diagnostic `no-instructions`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "no-instructions",
  aliases: [],
  severity: "error",
  docs: {
    description: "The Dockerfile contains no instructions",
    why: "A file with only comments and blank lines (or nothing) cannot be built. " + BUILD_FAILS,
    bad: "# TODO: write the Dockerfile\n",
    good: "# The web app\nFROM alpine:3.20\n",
  },
});
