/** hadolint DL3054: a label the label schema types `spdx` is not an SPDX license expression. */
import { checkSpdx } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("spdx", "SPDX license expression", {
  id: "label-invalid-spdx",
  aliases: ["DL3054"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as spdx does not hold an SPDX license expression",
    why:
      "License scanners read `org.opencontainers.image.licenses` as an SPDX license expression. A free-text value " +
      "(`Apache License`, `GPLv2`) cannot be matched to a license. Valid values are SPDX identifiers (`MIT`, " +
      "`Apache-2.0`, `GPL-2.0-or-later`, `LicenseRef-Proprietary`) combined with upper-case `AND`, `OR`, `WITH " +
      "<exception>` and parentheses. Unlike hadolint, which accepts a single identifier only, expressions are " +
      "valid. Identifiers are checked against a table of the commonly used SPDX ids; use `LicenseRef-` for others. " +
      "Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=\"Apache License 2\"\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=\"Apache-2.0 OR MIT\"\n",
  },
}, checkSpdx);
