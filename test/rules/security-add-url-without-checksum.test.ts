import rule from "../../rules/add-url-without-checksum.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "ADD with --checksum", code: "# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://x.example/a.tgz /a.tgz\n" },
    { name: "ADD of local files and archives", code: "FROM alpine:3.20\nADD rootfs.tar.gz /\nADD ./conf /etc/app/\n" },
    { name: "ADD of a git repository", code: "FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\nADD git@github.com:moby/buildkit.git /src2\n" },
    { name: "COPY and RUN curl are other rules' business", code: "FROM alpine:3.20\nCOPY https.txt /x\nRUN wget https://x.example/a -O /a\n" },
    { name: "corpus: git URLs with ?ref= query (moby) and a local test server (buildah)", code: "FROM golang:1.22\nARG DELVE_VERSION=v1.23.0\nADD https://github.com/go-delve/delve.git?ref=${DELVE_VERSION}&keep-git-dir=1 .\nADD --chown=1:1 http://0.0.0.0:${HTTP_SERVER_PORT}/README.md /\n" },
  ],
  invalid: [
    {
      name: "ADD https URL",
      code: "FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n",
      findings: [
        { line: 2, column: 5, endLine: 2, endColumn: 67, message: "ADD downloads https://github.com/krallin/tini/releases/download/v0.19.0/tini without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>" },
      ],
    },
    {
      name: "ADD http URL with other flags and a variable",
      code: "FROM alpine:3.20\nARG V=1.0\nADD --chmod=755 http://x.example/tool-${V} /usr/local/bin/tool\n",
      findings: [
        { line: 3, column: 17, endLine: 3, endColumn: 43, message: "ADD downloads http://x.example/tool-${V} without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>" },
      ],
    },
    {
      name: "exec form with two URLs, an empty --checksum",
      code: "FROM alpine:3.20\nADD [\"https://x.example/a\", \"https://x.example/b\", \"/dl/\"]\nADD --checksum= https://x.example/c /c\n",
      findings: [
        { line: 2, column: 6, endLine: 2, endColumn: 27, message: "ADD downloads https://x.example/a without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>" },
        { line: 2, column: 29, endLine: 2, endColumn: 50 },
        { line: 3, column: 17, endLine: 3, endColumn: 36 },
      ],
    },
    {
      name: "ONBUILD ADD over a continuation",
      code: "FROM alpine:3.20\nONBUILD ADD \\\n  https://x.example/a.tgz /a.tgz\n",
      findings: [
        { line: 3, column: 3, endLine: 3, endColumn: 26, message: "ADD downloads https://x.example/a.tgz without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>" },
      ],
    },
    {
      name: "corpus: a repository signing key fetched without a checksum (moby)",
      code: "FROM debian:12\nADD --chmod=0644 https://download.opensuse.org/repositories/devel:/tools:/criu/Debian_11/Release.key /etc/apt/trusted.gpg.d/criu.gpg.asc\n",
      findings: [
        { line: 2, column: 18, endLine: 2, endColumn: 101, message: "ADD downloads https://download.opensuse.org/repositories/devel:/tools:/criu/Debian_11/Release.key without --checksum, so any content the server returns ends up in the image; add --checksum=sha256:<digest>" },
      ],
    },

  ],
});
