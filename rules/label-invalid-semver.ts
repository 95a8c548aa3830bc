/** hadolint DL3056: a label the label schema types `semver` is not a semantic version. */
import { checkSemver } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("semver", "semantic version", {
  id: "label-invalid-semver",
  aliases: ["DL3056"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as semver does not hold a semantic version",
    why:
      "Version labels are compared by tools that expect Semantic Versioning 2.0.0: `MAJOR.MINOR.PATCH`, optionally " +
      "`-prerelease` and `+build`, without a `v` prefix. `1.2` or `v1.2.3` sort and compare wrongly. A value from " +
      "a build argument (`$VERSION`) is not checked. Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.4\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.0\n",
  },
}, checkSemver);
