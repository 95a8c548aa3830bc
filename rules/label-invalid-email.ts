/** hadolint DL3058: a label the label schema types `email` is not an e-mail address. */
import { checkEmail } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("email", "e-mail address", {
  id: "label-invalid-email",
  aliases: ["DL3058"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as email does not hold an e-mail address",
    why:
      "A contact label is only useful when mail can be sent to it. The rule checks the labels your config's " +
      "`label-schema` gives the type `email` against RFC 5322's address form `local-part@domain` (no display " +
      "name: `Jane <jane@example.com>` is not valid). Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Platform team\"\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=platform@example.com\n",
  },
}, checkEmail);
