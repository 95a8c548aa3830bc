/** Parser diagnostic `unterminated-heredoc`: reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "unterminated-heredoc",
  aliases: [],
  severity: "error",
  docs: {
    description: "A heredoc is never closed by its delimiter line",
    why: "The body of `<<EOF` runs until a line that is exactly `EOF` (no indentation unless `<<-` strips tabs). Without it the heredoc swallows the rest of the file. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nRUN <<EOF\necho hi\n  EOF\n",
    good: "FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n",
  },
});
