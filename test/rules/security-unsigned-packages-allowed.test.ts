import rule from "../../rules/unsigned-packages-allowed.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "signed installs, repo_gpgcheck=0, gpgcheck=1", code: "FROM fedora:40\nRUN dnf install -y curl && echo 'repo_gpgcheck=0' >> /etc/dnf/dnf.conf && echo 'gpgcheck=1' >> /etc/yum.repos.d/x.repo\n" },
    { name: "rpm checking a signature, rpm --import", code: "FROM fedora:40\nRUN rpm --import https://x/key.asc && rpm -K --nosignature /tmp/x.rpm && rpm -ivh /tmp/x.rpm\n" },
    { name: "apt with allow-downgrades and signed-by", code: "FROM debian:12\nRUN echo 'deb [signed-by=/usr/share/keyrings/x.gpg] https://x/ stable main' > /etc/apt/sources.list.d/x.list && apt-get install -y --allow-downgrades x\n" },
    { name: "sed turning gpgcheck back on", code: "FROM centos:7\nRUN sed -i 's/gpgcheck=0/gpgcheck=1/' /etc/yum.conf\n" },
    { name: "apk with a trusted key, echo not written to a file", code: "FROM alpine:3.20\nRUN apk add --no-cache x && echo 'never use --allow-untrusted' && echo gpgcheck=0\n" },
    { name: "option as a package name after --", code: "FROM alpine:3.20\nRUN apk add -- foo\n" },
    { name: "corpus: trusted=yes on a local file: repository built in the same RUN (postgres, nginx)", code: "FROM debian:12\nRUN tempDir=\"$(mktemp -d)\" && echo \"deb [ trusted=yes ] file://$tempDir ./\" > /etc/apt/sources.list.d/temp.list\n" },
    { name: "corpus: --force-yes on apt-get purge installs nothing (webdevops)", code: "FROM debian:12\nRUN apt-get purge -y -f --force-yes build-essential\n" },
    { name: "corpus: apk --allow-untrusted of local .apk files (nginx modules, mssql-tools)", code: "FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/packages/nginx-module-${module}-${NGINX_VERSION}*.apk && apk add --allow-untrusted msodbcsql18_18.0.1.1-1_amd64.apk\n" },
  ],
  invalid: [
    {
      name: "apk, apt-get flags over a continuation",
      code: "FROM debian:12\nRUN apk add --allow-untrusted --repository https://x.example/testing tool \\\n && apt-get install -y --force-yes x \\\n && apt-get --allow-unauthenticated install y\n",
      findings: [
        { line: 2, column: 13, endLine: 2, endColumn: 30, message: "apk --allow-untrusted installs packages whose signature is missing or not trusted" },
        { line: 3, column: 24, endLine: 3, endColumn: 35 },
        { line: 4, column: 13, endLine: 4, endColumn: 36 },
      ],
    },
    {
      name: "apt -o, yum/dnf nogpgcheck and setopt through sudo",
      code: "FROM fedora:40\nRUN apt-get -o APT::Get::AllowUnauthenticated=true install y && sudo yum install --nogpgcheck -y z && dnf --setopt=gpgcheck=0 install q\n",
      findings: [
        { line: 2, column: 16, endLine: 2, endColumn: 51, message: "apt-get -o APT::Get::AllowUnauthenticated=true turns off package signature checks" },
        { line: 2, column: 82, endLine: 2, endColumn: 94 },
        { line: 2, column: 107, endLine: 2, endColumn: 126 },
      ],
    },
    {
      name: "rpm install without signature or digest checks",
      code: "FROM fedora:40\nRUN rpm -ivh --nosignature a.rpm && rpm -Uvh --nodigest b.rpm\n",
      findings: [
        { line: 2, column: 14, endLine: 2, endColumn: 27, message: "rpm --nosignature installs the package without checking its signature" },
        { line: 2, column: 46, endLine: 2, endColumn: 56 },
      ],
    },
    {
      name: "trusted=yes in a sources list, gpgcheck=0 in a repo heredoc",
      code: "FROM debian:12\nRUN echo \"deb [arch=amd64 trusted=yes] http://repo/ ./\" > /etc/apt/sources.list.d/x.list\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\ngpgcheck=0\nEOF\n",
      findings: [
        { line: 2, column: 27, endLine: 2, endColumn: 38, message: "Writing \"trusted=yes\" into /etc/apt/sources.list.d/x.list makes apt accept that repository without a valid signature" },
        { line: 5, column: 1, endLine: 5, endColumn: 11 },
      ],
    },
    {
      name: "COPY heredoc apt.conf, sed -i to gpgcheck=0",
      code: "FROM debian:12\nCOPY <<EOF /etc/apt/apt.conf.d/99insecure\nAPT::Get::AllowUnauthenticated \"true\";\nEOF\nRUN sed -i 's/gpgcheck=1/gpgcheck=0/' /etc/yum.conf\n",
      findings: [
        { line: 3, column: 1, endLine: 3, endColumn: 38, message: "Writing \"APT::Get::AllowUnauthenticated \"true\"\" into /etc/apt/apt.conf.d/99insecure makes apt install unsigned packages" },
        { line: 5, column: 26, endLine: 5, endColumn: 36 },
      ],
    },
    {
      name: "exec-form sh -c, ONBUILD, heredoc script",
      code: "FROM opensuse/leap:15\nRUN [\"sh\", \"-c\", \"zypper --no-gpg-checks in -y x\"]\nONBUILD RUN tdnf install --nogpgcheck -y y\nRUN <<EOF\napk add --allow-untrusted gnu-libiconv\nEOF\n",
      findings: [
        { line: 2, column: 26, endLine: 2, endColumn: 41, message: "zypper --no-gpg-checks ignores failed package and repository signature checks" },
        { line: 3, column: 26, endLine: 3, endColumn: 38 },
        { line: 5, column: 9, endLine: 5, endColumn: 26 },
      ],
    },
    {
      name: "corpus: apk --allow-untrusted from an edge repository, trusted=yes on an https repository (webdevops, tianon)",
      code: "FROM alpine:3.20\nRUN apk add gnu-libiconv --update-cache --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing/ --allow-untrusted\nRUN echo 'deb [ allow-insecure=yes trusted=yes ] https://apt.example/moby trixie main' > /etc/apt/sources.list.d/moby.list\n",
      findings: [
        { line: 2, column: 105, endLine: 2, endColumn: 122, message: "apk --allow-untrusted installs packages whose signature is missing or not trusted" },
        { line: 3, column: 36, endLine: 3, endColumn: 47 },
      ],
    },

  ],
});
