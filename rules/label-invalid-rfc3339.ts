/** hadolint DL3053: a label the label schema types `rfc3339` is not an RFC 3339 time. */
import { checkRfc3339 } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("rfc3339", "RFC 3339 time", {
  id: "label-invalid-rfc3339",
  aliases: ["DL3053"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as rfc3339 does not hold an RFC 3339 date and time",
    why:
      "The OCI annotation `org.opencontainers.image.created` and similar labels are read by machines, which expect " +
      "an RFC 3339 date-time such as `2024-05-01T12:30:00Z`; dates like `01/05/2024` are ambiguous and cannot be " +
      "sorted. The rule checks the labels your config's `label-schema` gives the type `rfc3339`, including that " +
      "the date exists. A value from a build argument (`$BUILD_DATE`) is not checked. Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.created=\"2024-05-01 12:30\"\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01T12:30:00Z\n",
  },
}, checkRfc3339);
