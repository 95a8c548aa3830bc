/** hadolint DL3055: a label the label schema types `hash` is not a git commit hash. */
import { checkGitHash } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("hash", "git hash", {
  id: "label-invalid-git-hash",
  aliases: ["DL3055"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as hash does not hold a git commit hash",
    why:
      "A revision label (`org.opencontainers.image.revision`) lets anyone find the commit an image was built from; " +
      "a branch name or tag changes meaning over time. A git hash is lower-case hexadecimal, abbreviated (7 to 40 " +
      "digits; hadolint accepts only 7 or 40) or a full SHA-256 object name (64). A value from a build argument is " +
      "not checked. Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.revision=main\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.revision=43c572f1272b6b3171dd1db9e41b7027128ce080\n",
  },
}, checkGitHash);
