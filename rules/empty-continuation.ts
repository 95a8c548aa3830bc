/** Parser diagnostic `empty-continuation`: reported by the engine from `parse()`; this module carries its docs. */
import { diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "empty-continuation",
  aliases: ["NoEmptyContinuation"],
  severity: "warning",
  docs: {
    description: "A line continuation is followed by an empty line",
    why: "BuildKit accepts empty lines inside a continued instruction but warns about them, and a future version will reject them. They usually mean a command was deleted from a chain and the continuation left behind.",
    bad: "FROM alpine:3.20\nRUN apk add \\\n\n    curl\n",
    good: "FROM alpine:3.20\nRUN apk add \\\n    curl\n",
  },
});
