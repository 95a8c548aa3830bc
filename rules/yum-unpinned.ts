/**
 * `yum install pkg` without a version (DL3033). `name-version[-release]` pins (the last one or two
 * `-` segments start with a digit, so `java-11-openjdk` is a name, not a pin, where hadolint takes it for
 * one); `.rpm` files, paths, URLs, `@groups` and `group install` are fine; `module install` needs a
 * stream (`nodejs:18`). A version given as a variable (`git-${VERSION}`) pins when an ARG or ENV
 * visible at the RUN defines it (Docker's scoping: an ARG of another stage does not count, unlike
 * hadolint). A word that is only a variable (`$PACKAGES`) is not judged.
 */
import { rpmUnpinnedRule } from "./support/package-manager.js";

export default rpmUnpinnedRule(
  {
    id: "yum-unpinned",
    aliases: ["DL3033"],
    severity: "warning",
    category: "maintainability",
    docs: {
      description: "yum install names a package without a version",
      why:
        "Without a version yum installs whatever the repositories serve on the day of the build, so the same " +
        "Dockerfile gives different images and a rebuild can break without any change. Pin as " +
        "`name-version` (`httpd-2.4.6`), or a module stream as `name:stream`.",
      bad: "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
      good: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n",
    },
  },
  ["yum"],
);
