/** Several CMD instructions in one stage: all but the last are dead code. */
import { onlyLastCounts } from "./support/repeated.js";

export default onlyLastCounts("CMD", {
  id: "multiple-cmd",
  aliases: ["DL4003", "MultipleInstructionsDisallowed", "DS016"],
  severity: "warning",
  category: "correctness",
  docs: {
    description: "A stage has more than one CMD",
    why:
      "Only the last CMD of a stage sets the image's default command; earlier ones do nothing. They usually " +
      "come from a belief that each CMD starts a process (use a process manager or separate containers for that) " +
      "or from a copy-paste leftover.",
    bad: 'FROM python:3.13-slim\nCMD ["python", "worker.py"]\nCMD ["python", "web.py"]\n',
    good: 'FROM python:3.13-slim\nCMD ["python", "web.py"]\n',
  },
});
