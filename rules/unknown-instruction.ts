/** Parser diagnostic `unknown-instruction`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "unknown-instruction",
  aliases: [],
  severity: "error",
  docs: {
    description: "A line starts with a word that is not a Dockerfile instruction",
    why: "Docker stops at the first unknown instruction. Typical causes: a misspelled keyword (`FORM`), a comment written as `// ...` or `-- ...` (Dockerfile comments start with `#`), a shell command that lost the `RUN` in front of it, or a line that should have been continued with `\\`. " + BUILD_FAILS,
    bad: "// Dockerfile for the web app\nFROM alpine:3.20\n",
    good: "# Dockerfile for the web app\nFROM alpine:3.20\n",
  },
});
