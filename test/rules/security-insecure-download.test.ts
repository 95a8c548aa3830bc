import rule from "../../rules/insecure-download.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "https downloads and local hosts", code: "FROM debian:12\nRUN curl -fsSL https://x.example/a -o /a && wget -q http://localhost:8080/health && curl http://127.0.0.1/x http://printer.local/y\n" },
    { name: "apt, apk and yum repositories over http are signed", code: "FROM debian:12\nRUN echo 'deb http://deb.debian.org/debian bookworm main' > /etc/apt/sources.list && apk add --repository http://dl-cdn.alpinelinux.org/alpine/edge/main x\n" },
    { name: "a download verified by checksum in the same RUN", code: "FROM debian:12\nRUN wget -O /tmp/a.tgz http://archive.example/a.tgz \\\n && echo \"$A_SHA256  /tmp/a.tgz\" | sha256sum -c - \\\n && tar -xzf /tmp/a.tgz\n" },
    { name: "http strings that are not downloads", code: "FROM debian:12\nLABEL org.opencontainers.image.url=http://example.com\nRUN echo '<html xmlns=\"http://www.w3.org/1999/xhtml\"/>' > /index.html && sed -i 's|http://|https://|' /etc/x.conf\n" },
    { name: "ADD over http with a checksum, ENV index over https", code: "FROM python:3.12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d http://x.example/a.tgz /a.tgz\nENV PIP_INDEX_URL=https://pypi.example.com/simple\n" },
  ],
  invalid: [
    {
      name: "curl and wget URLs over a continuation",
      code: "FROM debian:12\nRUN curl -fsSLo /tmp/a http://x.example/a \\\n && wget http://x.example/b\n",
      findings: [
        { line: 2, column: 24, endLine: 2, endColumn: 42, message: "curl downloads http://x.example/a over plain HTTP: anyone on the network path can change it; use https:// or verify a pinned checksum" },
        { line: 3, column: 10, endLine: 3, endColumn: 28 },
      ],
    },
    {
      name: "pip index options, URL install, git clone",
      code: "FROM python:3.12\nRUN pip install -i http://pypi.example/simple --extra-index-url=http://extra.example/s app http://x.example/p.tgz && git clone http://git.example/r.git\n",
      findings: [
        { line: 2, column: 20, endLine: 2, endColumn: 46, message: "pip --index-url http://pypi.example/simple over plain HTTP: anyone on the network path can change it; use https:// or verify a pinned checksum" },
        { line: 2, column: 65, endLine: 2, endColumn: 87 },
        { line: 2, column: 92, endLine: 2, endColumn: 114 },
        { line: 2, column: 128, endLine: 2, endColumn: 152 },
      ],
    },
    {
      name: "ADD and ENV index variables",
      code: "FROM python:3.12\nADD http://x.example/f /f\nENV PIP_INDEX_URL=http://mirror.example/simple\nARG npm_config_registry=\"http://npm.example/\"\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 23, message: "ADD downloads http://x.example/f over plain HTTP: anyone on the network path can change it; use https:// or verify a pinned checksum" },
        { line: 3, column: 19, endLine: 3, endColumn: 47 },
        { line: 4, column: 26, endLine: 4, endColumn: 45 },
      ],
    },
    {
      name: "npm registries and pip.conf written by echo",
      code: "FROM node:22\nRUN npm config set registry http://npm.example/ && npm ci --registry=http://npm2.example/ && echo 'index-url = http://m.example/simple' > /etc/pip.conf\n",
      findings: [
        { line: 2, column: 29, endLine: 2, endColumn: 48, message: "npm config set registry http://npm.example/ over plain HTTP: anyone on the network path can change it; use https:// or verify a pinned checksum" },
        { line: 2, column: 70, endLine: 2, endColumn: 90 },
        { line: 2, column: 112, endLine: 2, endColumn: 135 },
      ],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD, sudo",
      code: "FROM debian:12\nRUN [\"bash\", \"-c\", \"curl http://x.example/a\"]\nRUN <<EOF\nsudo wget http://x.example/b\nEOF\nONBUILD RUN gem sources --add http://gems.example/\n",
      findings: [
        { line: 2, column: 26, endLine: 2, endColumn: 44, message: "curl downloads http://x.example/a over plain HTTP: anyone on the network path can change it; use https:// or verify a pinned checksum" },
        { line: 4, column: 11, endLine: 4, endColumn: 29 },
        { line: 6, column: 31, endLine: 6, endColumn: 51 },
      ],
    },

  ],
});
