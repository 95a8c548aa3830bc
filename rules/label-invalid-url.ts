/** hadolint DL3052: a label the label schema types `url` is not a URL. */
import { checkUrl } from "./support/label-values.js";
import { DOCS_LABEL_SCHEMA, labelTypeRule } from "./support/labels.js";

export default labelTypeRule("url", "URL", {
  id: "label-invalid-url",
  aliases: ["DL3052"],
  severity: "warning",
  category: "maintainability",
  docs: {
    description: "A label the label schema types as url does not hold a URL",
    why:
      "Tools that read image labels (registries, scanners, `docker inspect` dashboards) link to the URL in labels " +
      "such as `org.opencontainers.image.source`; a value without a scheme or with spaces is not a link. The rule " +
      "checks the labels your config's `label-schema` gives the type `url` (RFC 3986: a scheme, then only URL " +
      "characters). Values built from variables whose value is not known are not checked. Examples use:\n" +
      DOCS_LABEL_SCHEMA,
    bad: "FROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/acme/app\n",
    good: "FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n",
  },
}, checkUrl);
