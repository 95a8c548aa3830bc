/** Parser diagnostic `invalid-directive`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "invalid-directive",
  aliases: [],
  severity: "error",
  docs: {
    description: "A parser directive is repeated or has an invalid value",
    why: "Parser directives (`# syntax=`, `# escape=`, `# check=`) may appear once each at the top of the file; `escape` accepts only a backslash or a backtick. " + BUILD_FAILS,
    bad: "# escape=|\nFROM alpine:3.20\n",
    good: "# escape=`\nFROM alpine:3.20\n",
  },
});
