import rule from "../../rules/dnf-cache-not-cleaned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y mariadb-10.4 && dnf clean all\n",
    { name: "short alias and microdnf", code: "FROM fedora:40\nRUN dnf in -y m-1 && dnf clean all\nRUN microdnf install -y m-1 && microdnf clean all\n" },
    { name: "notdnf", code: "FROM fedora:40\nRUN notdnf install mariadb\n" },
    { name: "rm /var/cache/yum (microdnf's) and /var/cache/libdnf5", code: "FROM fedora:40\nRUN microdnf install -y m-1 && rm -rf /var/cache/yum/*\nRUN dnf5 install -y m-1 && rm -rf /var/cache/libdnf5\n" },
    { name: "cache and tmpfs mounts", code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y m-1\nRUN --mount=type=tmpfs,target=/var/cache/dnf dnf in -y m-1\nRUN --mount=type=cache,target=/home/u/.cache/libdnf5 dnf install -y m-1\n" },
    { name: "tdnf with a cache mount on /var/cache/tdnf", code: "FROM mcr.microsoft.com/azurelinux/base/core:3.0\nRUN --mount=type=cache,target=/var/cache/tdnf tdnf install -y icu-72\n" },
    { name: "all install variants cleaned", code: "FROM fedora:40\nRUN dnf -y upgrade && dnf -y up-min && dnf -y rei x && dnf clean all\n" },
  ],
  invalid: [
    {
      name: "tdnf: the suggestion names tdnf",
      code: "FROM mcr.microsoft.com/azurelinux/base/core:3.0\nRUN tdnf install -y icu-72\n",
      findings: [{ line: 2, column: 10, endLine: 2, endColumn: 17, message: "The tdnf cache stays in the layer; end the RUN with tdnf clean all" }],
    },
    {
      code: "FROM fedora:40\nRUN dnf install -y mariadb-10.4\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: "The dnf cache stays in the layer; end the RUN with dnf clean all" }],
    },
    {
      name: "the clean-up must use the same tool; clean before install",
      code: "FROM fedora:40\nRUN dnf install -y m-1 && microdnf clean all\nRUN rm -rf /var/cache/libdnf5 && microdnf install -y m-1\n",
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 16 },
        { line: 3, column: 43, endLine: 3, endColumn: 50, message: "The microdnf cache stays in the layer; end the RUN with microdnf clean all" },
      ],
    },
    {
      name: "upgrade variants; a mount elsewhere",
      code: "FROM fedora:40\nRUN dnf -y up\nRUN --mount=type=cache,target=/var/lib/foo dnf -y upgrade-minimal\n",
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 14 },
        { line: 3, column: 51, endLine: 3, endColumn: 66 },
      ],
    },
    {
      name: "continuation; one finding per tool",
      code: "FROM fedora:40\nRUN dnf install -y a-1 && dnf clean all \\\n && microdnf install -y b-1\n",
      findings: [{ line: 3, column: 14, endLine: 3, endColumn: 21 }],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD",
      code: 'FROM fedora:40 AS base\nRUN ["sh", "-c", "dnf install -y a-1"]\nRUN <<EOF\nsudo dnf reinstall -y b\nEOF\nONBUILD RUN dnf install -y c-1\nFROM base\n',
      findings: [
        { line: 2, column: 23, endLine: 2, endColumn: 30 },
        { line: 4, column: 10, endLine: 4, endColumn: 19 },
        { line: 6, column: 17, endLine: 6, endColumn: 24 },
      ],
    },
  ],
});
