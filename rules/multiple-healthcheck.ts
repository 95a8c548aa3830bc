/** Several HEALTHCHECK instructions in one stage: all but the last are dead code. */
import { onlyLastCounts } from "./support/repeated.js";

export default onlyLastCounts("HEALTHCHECK", {
  id: "multiple-healthcheck",
  aliases: ["DL3012", "DS023"],
  severity: "warning",
  category: "correctness",
  docs: {
    description: "A stage has more than one HEALTHCHECK",
    why:
      "Only the last HEALTHCHECK of a stage ends up in the image; the earlier ones do nothing and mislead readers " +
      "about how the container's health is checked. BuildKit reports this as MultipleInstructionsDisallowed.",
    bad: 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\nHEALTHCHECK CMD ["wget", "-q", "-O-", "http://localhost/"]\n',
    good: 'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
  },
});
