import rule from "../../rules/dnf-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y tomcat-9.0.1 && dnf clean all\n",
    { name: "microdnf; dashes, + and epochs", code: "FROM ubi9-minimal\nRUN microdnf install -y tomcat-9.0.1 rpm-sign-4.16.1.3 gcc-c++-1.1.1 openssl-1:1.1.1k\n" },
    { name: "not dnf", code: "FROM fedora:40\nRUN notdnf install tomcat && notdnf module install tomcat\n" },
    { name: "module streams", code: "FROM fedora:40\nRUN dnf module install -y tomcat:9 && microdnf module install -y nodejs:18/common\n" },
    { name: "group installs", code: 'FROM fedora:40\nRUN dnf -y group install "Development Tools" && dnf -y --setopt=group_package_types="mandatory" group install "Development Tools" && microdnf group install -y x\n' },
    { name: "versions in variables", code: "FROM fedora:42\nARG version=2.51.0-2.fc42\nRUN dnf -y install git-core-$version kernel-devel-$(uname -r) $EXTRA\n" },
  ],
  invalid: [
    {
      code: "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n",
      findings: [{ line: 2, column: 20, endLine: 2, endColumn: 26, message: "Package 'tomcat' is installed without a version; pin it as tomcat-<version>" }],
    },
    {
      name: "names with dashes and digits",
      code: "FROM fedora:40\nRUN microdnf install -y rpm-sign java-17-openjdk-headless\n",
      findings: [
        { line: 2, column: 25, endLine: 2, endColumn: 33 },
        { line: 2, column: 34, endLine: 2, endColumn: 58 },
      ],
    },
    {
      name: "module without a stream; dnf5 and the in alias",
      code: "FROM fedora:40\nRUN dnf module install -y tomcat && dnf5 in -y vim\n",
      findings: [
        { line: 2, column: 27, endLine: 2, endColumn: 33, message: /^Module 'tomcat'/ },
        { line: 2, column: 48, endLine: 2, endColumn: 51 },
      ],
    },
    {
      name: "a variable not defined in this stage",
      code: "FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM fedora:42\nRUN dnf -y install git-core-${version}\n",
      findings: [{ line: 4, column: 20, endLine: 4, endColumn: 39, message: /from \$version, which no ARG or ENV defines/ }],
    },
    {
      name: "continuation, exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM fedora:40\nRUN dnf install -y \\\n  a\nRUN ["sh", "-c", "dnf install -y b"]\nRUN <<EOF\ndnf install -y c\nEOF\nONBUILD RUN sudo dnf install -y d\n',
      findings: [
        { line: 3, column: 3, endLine: 3, endColumn: 4 },
        { line: 4, column: 34, endLine: 4, endColumn: 35 },
        { line: 6, column: 16, endLine: 6, endColumn: 17 },
        { line: 8, column: 33, endLine: 8, endColumn: 34 },
      ],
    },
  ],
});
