import rule from "../../rules/npm-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node:22\nRUN npm install\n",
    { name: "flags only; npm ci", code: "FROM node:22\nRUN npm install --progress=false && npm ci --omit=dev\n" },
    { name: "versions, tags, ranges, scopes", code: 'FROM node:22\nRUN npm install express@4.1.1 @myorg/privatepackage@">=0.1.0 <0.2.0" sax@0.1.1 -g npm@latest\n' },
    { name: "tarballs and folders", code: "FROM node:22\nRUN npm install package-v1.2.3.tar p.tar.gz p.tgz /folder ./folder ../folder ~/folder . file:../x\n" },
    { name: "git with a commit or semver", code: "FROM node:22\nRUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27 git+http://isaacs@github.com/npm/npm#semver:^5.0 git://github.com/npm/npm.git#v1.0.27 npm/npm#abc123\n" },
    { name: "npm run install is a script", code: "FROM node:22\nRUN npm run --crazy install\n" },
    { name: "--loglevel and --registry take values", code: "FROM node:22\nRUN npm install --loglevel verbose sax@0.1.1 && npm install --registry https://example.com sax@0.1.1\n" },
    { name: "a package list in a variable", code: "FROM node:22\nRUN npm install -g $TOOLS\n" },
  ],
  invalid: [
    {
      code: "FROM node:22\nRUN npm install express\n",
      findings: [{ line: 2, column: 17, endLine: 2, endColumn: 24, message: "Package 'express' is installed without a version; pin it as express@<version>" }],
    },
    {
      name: "scoped, one of several, --global, --registry=value",
      code: "FROM node:22\nRUN npm install @myorg/privatepackage express sax@0.1.1 && npm install --global --registry=https://example.com typescript\n",
      findings: [
        { line: 2, column: 17, endLine: 2, endColumn: 38, message: /^Package '@myorg\/privatepackage'/ },
        { line: 2, column: 39, endLine: 2, endColumn: 46 },
        { line: 2, column: 112, endLine: 2, endColumn: 122 },
      ],
    },
    {
      name: "git without a commit; GitHub shorthand",
      code: "FROM node:22\nRUN npm install git+https://isaacs@github.com/npm/npm.git git://github.com/npm/npm.git npm/npm\n",
      findings: [
        { line: 2, column: 17, endLine: 2, endColumn: 58, message: "'git+https://isaacs@github.com/npm/npm.git' is installed from git without a commit or tag; add #<commit> or #semver:<range>" },
        { line: 2, column: 59, endLine: 2, endColumn: 87 },
        { line: 2, column: 88, endLine: 2, endColumn: 95 },
      ],
    },
    {
      name: "aliases i and add; continuation",
      code: "FROM node:22\nRUN npm i -g pnpm \\\n && npm add lodash\n",
      findings: [
        { line: 2, column: 14, endLine: 2, endColumn: 18 },
        { line: 3, column: 13, endLine: 3, endColumn: 19 },
      ],
    },
    {
      name: "exec-form sh -c, heredoc, ONBUILD with sudo",
      code: 'FROM node:22\nRUN ["sh", "-c", "npm install -g a"]\nRUN <<EOF\nnpm install b\nEOF\nONBUILD RUN sudo npm install c\n',
      findings: [
        { line: 2, column: 34, endLine: 2, endColumn: 35 },
        { line: 4, column: 13, endLine: 4, endColumn: 14 },
        { line: 6, column: 30, endLine: 6, endColumn: 31 },
      ],
    },
  ],
});
