import rule from "../../rules/yum-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all\n",
    { name: "not even a yum command", code: "FROM centos:7\nRUN bash -c `# not even a yum command`\n" },
    { name: "epoch, dashes and + in names, releases", code: "FROM centos:7\nRUN yum install -y openssl-1:1.1.1k rpm-sign-4.16.1.3 gcc-c++-1.1.1 git-core-2.51.0-2.fc42\n" },
    { name: "module with a stream", code: "FROM centos:8\nRUN yum module install -y tomcat:9 && yum clean all\n" },
    { name: "version from ENV", code: "FROM fedora:42\nENV version=2.51.0-2.fc42\nRUN yum -y install git-core-${version}\n" },
    { name: "version from ARG, unbraced", code: "FROM fedora:42\nARG version=2.51.0-2.fc42\nRUN yum -y install git-core-$version\n" },
    { name: "ENV inherited from the parent stage", code: "FROM fedora:42 AS build\nENV version=2.51.0-2.fc42\nFROM build\nRUN yum -y install git-core-${version}\n" },
    { name: "files, URLs, groups, a list in a variable", code: "FROM centos:7\nRUN yum install -y /tmp/a.rpm https://x.example/b.rpm @core $PACKAGES && yum groupinstall -y 'Development Tools' && yum group install -y x\n" },
  ],
  invalid: [
    {
      code: "FROM centos:7\nRUN yum install -y tomcat && yum clean all\n",
      findings: [{ line: 2, column: 20, endLine: 2, endColumn: 26, message: "Package 'tomcat' is installed without a version; pin it as tomcat-<version>" }],
    },
    {
      name: "a digit segment inside the name is not a version (hadolint takes java-11-openjdk as pinned)",
      code: "FROM centos:7\nRUN yum install -y java-11-openjdk python3-devel\n",
      findings: [
        { line: 2, column: 20, endLine: 2, endColumn: 35 },
        { line: 2, column: 36, endLine: 2, endColumn: 49 },
      ],
    },
    {
      name: "module without a stream",
      code: "FROM centos:8\nRUN yum module install -y tomcat && yum clean all\n",
      findings: [{ line: 2, column: 27, endLine: 2, endColumn: 33, message: "Module 'tomcat' is installed without a stream; pin it as tomcat:<stream>" }],
    },
    {
      name: "ENV of an unrelated stage; an ARG of another stage (Docker does not pass it on; hadolint does)",
      code: "FROM fedora:42 AS build\nENV version=1\nARG other=2\nFROM fedora:42\nRUN yum -y install git-core-${version} curl-$other\n",
      findings: [
        { line: 5, column: 20, endLine: 5, endColumn: 39, message: "Package 'git-core-${version}' takes its version from $version, which no ARG or ENV defines at this point" },
        { line: 5, column: 40, endLine: 5, endColumn: 51 },
      ],
    },
    {
      name: "continuation, sudo, localinstall of a name",
      code: "FROM centos:7\nRUN sudo yum install -y \\\n    httpd \\\n    mod_ssl-2.4.6\n",
      findings: [{ line: 3, column: 5, endLine: 3, endColumn: 10 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD",
      code: 'FROM centos:7\nRUN ["bash", "-c", "yum install -y a"]\nRUN <<EOF\nyum install -y b\nEOF\nONBUILD RUN yum install -y c\n',
      findings: [
        { line: 2, column: 36, endLine: 2, endColumn: 37 },
        { line: 4, column: 16, endLine: 4, endColumn: 17 },
        { line: 6, column: 28, endLine: 6, endColumn: 29 },
      ],
    },
  ],
});
