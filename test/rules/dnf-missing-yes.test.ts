import rule from "../../rules/dnf-missing-yes.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM fedora:40\nRUN dnf install -y httpd-2.4.24 && dnf clean all\n",
    { name: "microdnf -y", code: "FROM ubi9-minimal\nRUN microdnf install -y httpd-2.4.24 && microdnf clean all\n" },
    { name: "notdnf is not dnf", code: "FROM fedora:40\nRUN notdnf install httpd\n" },
    { name: "--assumeyes, --setopt, yes |", code: "FROM fedora:40\nRUN dnf --assumeyes in a && dnf --setopt=assumeyes=True install b && yes | dnf5 install c\n" },
    { name: "group install with -y", code: 'FROM fedora:40\nRUN dnf -y group install "Development Tools"\n' },
  ],
  invalid: [
    {
      code: "FROM fedora:40\nRUN dnf install httpd-2.4.24 && dnf clean all\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: "dnf install runs without -y, so it stops at the confirmation prompt and the build fails" }],
    },
    {
      name: "microdnf (RHEL 9 prompts); short alias in",
      code: "FROM ubi9-minimal\nRUN microdnf install httpd-2.4.24 && microdnf clean all && dnf in x\n",
      findings: [
        { line: 2, column: 14, endLine: 2, endColumn: 21, message: /^microdnf install runs without -y/ },
        { line: 2, column: 64, endLine: 2, endColumn: 66 },
      ],
    },
    {
      name: "continuation; tdnf and dnf5",
      code: "FROM fedora:40\nRUN dnf5 upgrade \\\n && tdnf remove x\n",
      findings: [
        { line: 2, column: 10, endLine: 2, endColumn: 17 },
        { line: 3, column: 10, endLine: 3, endColumn: 16 },
      ],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM fedora:40\nRUN ["/bin/sh", "-c", "dnf module install nodejs:18"]\nRUN <<EOF\ndnf install y\nEOF\nONBUILD RUN sudo dnf install z\n',
      findings: [
        { line: 2, column: 35, endLine: 2, endColumn: 42, message: /^dnf module install/ },
        { line: 4, column: 5, endLine: 4, endColumn: 12 },
        { line: 6, column: 22, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
