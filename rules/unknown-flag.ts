/** Parser diagnostic `unknown-flag`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "unknown-flag",
  aliases: [],
  severity: "error",
  docs: {
    description: "An instruction has a flag it does not accept",
    why: "Flags are checked per instruction (`COPY --from`, `RUN --mount`, `ADD --checksum`); a misspelled or misplaced flag is an error. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nCOPY --form=build /a /b\n",
    good: "FROM alpine:3.20\nCOPY --from=build /a /b\n",
  },
});
