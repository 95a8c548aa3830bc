/** Parser diagnostic `onbuild-invalid-trigger` (hadolint DL3043): reported by the engine from `parse()`; this module carries its docs. */
import { BUILD_FAILS, diagnosticRule } from "./support/diagnostic.js";

export default diagnosticRule({
  id: "onbuild-invalid-trigger",
  aliases: ["DL3043"],
  severity: "error",
  docs: {
    description: "ONBUILD triggers ONBUILD, FROM or MAINTAINER, which it cannot",
    why:
      "ONBUILD registers an instruction to run when another image builds FROM this one. Chaining ONBUILD, " +
      "starting a new stage with FROM, or setting MAINTAINER from a trigger is not allowed. " + BUILD_FAILS,
    bad: "FROM alpine:3.20\nONBUILD FROM alpine:3.20\n",
    good: "FROM alpine:3.20\nONBUILD RUN echo building a child image\n",
  },
});
