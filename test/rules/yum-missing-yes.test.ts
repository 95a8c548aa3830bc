import rule from "../../rules/yum-missing-yes.js";
import { cases } from "./harness.js";

const MSG = "yum install runs without -y, so it stops at the confirmation prompt and the build fails";

cases(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all\n",
    { name: "not even a yum command", code: "FROM centos:7\nRUN bash -c `# not even a yum command`\n" },
    { name: "--assumeyes, -y before the subcommand, --setopt", code: "FROM centos:7\nRUN yum --assumeyes install a && yum -y groupinstall b && yum --setopt=assumeyes=1 install c\n" },
    { name: "yes piped in", code: "FROM centos:7\nRUN yes | yum install httpd\n" },
    { name: "commands that do not prompt", code: "FROM centos:7\nRUN yum makecache && yum clean all && yum list installed\n" },
    { name: "dnf is another rule", code: "FROM fedora:40\nRUN dnf install httpd\n" },
  ],
  invalid: [
    {
      code: "FROM centos:7\nRUN yum install httpd-2.4.24 && yum clean all\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: MSG }],
    },
    {
      name: "groupinstall and group install, reported at the action word",
      code: "FROM centos:7\nRUN yum groupinstall 'Dev tools' && yum group install x\n",
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 21, message: "yum groupinstall runs without -y, so it stops at the confirmation prompt and the build fails" },
        { line: 2, column: 47, endLine: 2, endColumn: 54 },
      ],
    },
    {
      name: "update and remove prompt too; module enable",
      code: "FROM centos:7\nRUN yum update && yum remove x && yum module enable nodejs:18\n",
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 15, message: /^yum update runs without -y/ },
        { line: 2, column: 23, endLine: 2, endColumn: 29 },
        { line: 2, column: 46, endLine: 2, endColumn: 52, message: /^yum module enable/ },
      ],
    },
    {
      name: "continuation, sudo",
      code: "FROM centos:7\nRUN sudo yum \\\n    install httpd\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 12 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: 'FROM centos:7\nRUN ["bash", "-c", "yum install x"]\nRUN <<EOF\nenv A=1 yum install y\nEOF\nONBUILD RUN yum localinstall /tmp/z.rpm\n',
      findings: [
        { line: 2, column: 25, endLine: 2, endColumn: 32 },
        { line: 4, column: 13, endLine: 4, endColumn: 20 },
        { line: 6, column: 17, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
