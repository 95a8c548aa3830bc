import rule from "../../rules/yum-cache-not-cleaned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y mariadb-10.4 && yum clean all\n",
    { name: "not even a yum command", code: "FROM centos:7\nRUN bash -c `# not even a yum command`\n" },
    { name: "rm -rf /var/cache/yum/*", code: "FROM centos:7\nRUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*\n" },
    { name: "cache mount (hadolint reports it)", code: "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y mariadb-10.4\n" },
    { name: "tmpfs mount over /var/cache", code: "FROM centos:7\nRUN --mount=type=tmpfs,target=/var/cache yum install -y mariadb-10.4\n" },
    { name: "a builder stage the final image does not build on", code: "FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5\nFROM scratch\nCOPY --from=build /out /\n" },
    { name: "RHEL 8: yum is dnf, dnf clean all and /var/cache/dnf count", code: "FROM rockylinux:8\nRUN yum install -y a-1 && dnf clean all\nRUN yum install -y b-1 && rm -rf /var/cache/dnf\n" },
  ],
  invalid: [
    {
      code: "FROM centos:7\nRUN yum install -y mariadb-10.4\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: "The yum cache stays in the layer; end the RUN with yum clean all" }],
    },
    {
      name: "clean before install",
      code: "FROM centos:7\nRUN yum clean all && yum install -y mariadb-10.4\n",
      findings: [{ line: 2, column: 26, endLine: 2, endColumn: 33 }],
    },
    {
      name: "removing something else, a mount elsewhere, clean without all",
      code: "FROM centos:7\nRUN --mount=type=cache,target=/root/.cache yum install -y a-1 && yum clean metadata && rm -rf /tmp/x\n",
      findings: [{ line: 2, column: 48, endLine: 2, endColumn: 55 }],
    },
    {
      name: "continuation; update counts as a download; the last call is reported",
      code: "FROM centos:7\nRUN yum -y update \\\n && yum -y install a-1\n",
      findings: [{ line: 3, column: 12, endLine: 3, endColumn: 19 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD in a builder stage",
      code: 'FROM centos:7 AS base\nRUN ["bash", "-c", "yum install -y a-1"]\nRUN <<EOF\nsudo yum groupinstall -y b\nEOF\nONBUILD RUN yum install -y c-1\nFROM base\n',
      findings: [
        { line: 2, column: 25, endLine: 2, endColumn: 32 },
        { line: 4, column: 10, endLine: 4, endColumn: 22 },
        { line: 6, column: 17, endLine: 6, endColumn: 24 },
      ],
    },
  ],
});
