/** Parser diagnostic `invalid-flag`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "invalid-flag",
  aliases: [],
  severity: "error",
  docs: {
    description: "An instruction flag has an invalid value",
    why: "A boolean flag with a non-boolean value, a flag given twice, a flag missing its value, an unknown network or mount type, or a bad duration. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nRUN --network=fast true\n",
    good: "FROM alpine:3.20\nRUN --network=none true\n",
  },
});
