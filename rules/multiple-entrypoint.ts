/** Several ENTRYPOINT instructions in one stage: all but the last are dead code. */
import { onlyLastCounts } from "./support/repeated.js";

export default onlyLastCounts("ENTRYPOINT", {
  id: "multiple-entrypoint",
  aliases: ["DL4004", "DS007"],
  severity: "warning",
  category: "correctness",
  docs: {
    description: "A stage has more than one ENTRYPOINT",
    why:
      "Only the last ENTRYPOINT of a stage takes effect, and each ENTRYPOINT also resets a CMD set before it. " +
      "The earlier ones are dead code that misleads readers about how the container starts.",
    bad: 'FROM alpine:3.20\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]\n',
    good: 'FROM alpine:3.20\nENTRYPOINT ["/app"]\n',
  },
});
