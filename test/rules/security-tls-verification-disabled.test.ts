import rule from "../../rules/tls-verification-disabled.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "curl with a CA bundle, wget -nc, -k as an output file name", code: "FROM alpine:3.20\nRUN curl -fsSL --cacert /etc/ssl/ca.pem https://x/a -o k && wget -nc https://x/b && curl -o -k https://x/c\n" },
    { name: "verification turned back on", code: "FROM node:22\nRUN git config --global http.sslVerify true && npm config set strict-ssl true && yarn config set strict-ssl true\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1\n" },
    { name: "names only mentioned, variables with unknown values", code: "FROM python:3.12\nARG GIT_SSL_NO_VERIFY\nENV PIP_TRUSTED_HOST=$MIRROR_HOST\nRUN echo 'do not use curl -k' && echo NODE_TLS_REJECT_UNAUTHORIZED=0\n" },
    { name: "echo of a setting that is not written to a file", code: "FROM fedora:40\nRUN echo \"sslverify=0 is insecure\" && printf 'strict-ssl=false\\n'\n" },
    { name: "heredoc script without insecure settings", code: "FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://x/i.tgz -o /tmp/i.tgz\nEOF\n" },
    { name: "pip with a trusted index over https, git clone with -c other settings", code: "FROM python:3.12\nRUN pip install --index-url https://pypi.example.com/simple app && git -c advice.detachedHead=false clone https://x/r.git\n" },
    { name: "cat of a config without sslverify", code: "FROM fedora:40\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nbaseurl=https://x/\nsslverify=1\nrepo_sslverify=0x\nEOF\n" },
  ],
  invalid: [
    {
      name: "curl -k in a bundle, --insecure, wget --no-check-certificate over a continuation",
      code: "FROM debian:12\nRUN curl -fsSLk https://x/a | tar -xz \\\n && curl --insecure -o /tmp/b https://x/b \\\n && wget --no-check-certificate https://x/c\n",
      findings: [
        { line: 2, column: 15, endLine: 2, endColumn: 16, message: "curl -k/--insecure turns off TLS certificate checks: the download can be replaced in transit" },
        { line: 3, column: 10, endLine: 3, endColumn: 20 },
        { line: 4, column: 10, endLine: 4, endColumn: 32 },
      ],
    },
    {
      name: "ENV and ARG pairs",
      code: "FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 PYTHONHTTPSVERIFY=\"0\"\nARG GIT_SSL_NO_VERIFY=true\nENV npm_config_strict_ssl false\nENV PIP_TRUSTED_HOST=pypi.org\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 35, message: "ENV NODE_TLS_REJECT_UNAUTHORIZED=0 turns off Node.js TLS certificate checks, in the build and in every container of the image" },
        { line: 2, column: 36, endLine: 2, endColumn: 57 },
        { line: 3, column: 5, endLine: 3, endColumn: 27 },
        { line: 4, column: 5, endLine: 4, endColumn: 32 },
        { line: 5, column: 5, endLine: 5, endColumn: 30 },
      ],
    },
    {
      name: "pip, python -m pip, pip config",
      code: "FROM python:3.12\nRUN pip install --trusted-host pypi.org app && python3 -m pip install --trusted-host=files.pythonhosted.org b\nRUN pip config set global.trusted-host mirror.local\n",
      findings: [
        { line: 2, column: 17, endLine: 2, endColumn: 31, message: "pip --trusted-host pypi.org turns off TLS certificate checks for that host" },
        { line: 2, column: 71, endLine: 2, endColumn: 108 },
        { line: 3, column: 20, endLine: 3, endColumn: 52 },
      ],
    },
    {
      name: "git -c and git config, npm/yarn config, npm flags",
      code: "FROM node:22\nRUN git -c http.sslVerify=false clone https://x/r.git && git config --global http.https://x.sslverify false\nRUN npm config set strict-ssl false && yarn config set strict-ssl=false && npm --strict-ssl=false ci\n",
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 32, message: "git -c http.sslVerify=false turns off TLS certificate checks for this git command" },
        { line: 2, column: 78, endLine: 2, endColumn: 108 },
        { line: 3, column: 20, endLine: 3, endColumn: 36 },
        { line: 3, column: 56, endLine: 3, endColumn: 72 },
        { line: 3, column: 80, endLine: 3, endColumn: 98 },
      ],
    },
    {
      name: "assignments: prefix, env wrapper, export, sudo",
      code: "FROM node:22\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci && env GIT_SSL_NO_VERIFY=1 git clone https://x/r.git\nRUN export PYTHONHTTPSVERIFY=0 && sudo -E NODE_TLS_REJECT_UNAUTHORIZED=0 node x.js\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 35, message: "NODE_TLS_REJECT_UNAUTHORIZED=0 turns off Node.js TLS certificate checks" },
        { line: 2, column: 50, endLine: 2, endColumn: 69 },
        { line: 3, column: 12, endLine: 3, endColumn: 31 },
        { line: 3, column: 43, endLine: 3, endColumn: 73 },
      ],
    },
    {
      name: "exec-form bash -c, nested sh -c, ONBUILD",
      code: "FROM debian:12\nRUN [\"bash\", \"-c\", \"curl -k https://x/a\"]\nRUN sh -c 'wget --no-check-certificate https://x/b'\nONBUILD RUN curl --insecure https://x/c\n",
      findings: [
        { line: 2, column: 26, endLine: 2, endColumn: 28, message: "curl -k/--insecure turns off TLS certificate checks: the download can be replaced in transit" },
        { line: 3, column: 17, endLine: 3, endColumn: 39 },
        { line: 4, column: 18, endLine: 4, endColumn: 28 },
      ],
    },
    {
      name: "heredoc script and config files written by echo and cat",
      code: "FROM fedora:40\nRUN <<EOF\nexport GIT_SSL_NO_VERIFY=true\necho \"strict-ssl=false\" >> ~/.npmrc\nEOF\nRUN cat > /etc/yum.repos.d/x.repo <<EOF\n[x]\nsslverify=0\nEOF\n",
      findings: [
        { line: 3, column: 8, endLine: 3, endColumn: 30, message: "GIT_SSL_NO_VERIFY=true turns off git's TLS certificate checks (any value of GIT_SSL_NO_VERIFY does)" },
        { line: 4, column: 7, endLine: 4, endColumn: 23 },
        { line: 8, column: 1, endLine: 8, endColumn: 12 },
      ],
    },
    {
      name: "yum/dnf setopt, apt -o, conda",
      code: "FROM fedora:40\nRUN dnf --setopt=sslverify=false install -y x && yum-config-manager --setopt=myrepo.sslverify=0 --save\nRUN apt-get -o Acquire::https::Verify-Peer=false update && conda config --set ssl_verify false\n",
      findings: [
        { line: 2, column: 9, endLine: 2, endColumn: 33, message: "dnf --setopt sslverify=false turns off TLS certificate checks for the repositories" },
        { line: 2, column: 69, endLine: 2, endColumn: 96 },
        { line: 3, column: 16, endLine: 3, endColumn: 49 },
        { line: 3, column: 79, endLine: 3, endColumn: 95 },
      ],
    },
    {
      name: "COPY heredoc into .curlrc and .npmrc",
      code: "FROM node:22\nCOPY <<EOF /root/.curlrc\ninsecure\nEOF\nCOPY <<EOF /root/.npmrc\nstrict-ssl=false\nEOF\n",
      findings: [
        { line: 3, column: 1, endLine: 3, endColumn: 9, message: "Writing \"insecure\" into /root/.curlrc turns off curl's TLS certificate checks" },
        { line: 6, column: 1, endLine: 6, endColumn: 17 },
      ],
    },

  ],
});
