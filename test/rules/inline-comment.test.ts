import rule from "../../rules/inline-comment.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM ubuntu:16.04\nRUN apt-get -y update  # a shell comment\n",
    "FROM ubuntu:16.04\nRUN chmod +x /usr/local/bin/app #no space after the hash\n",
    "FROM ubuntu:16.04\nCMD nginx -g 'daemon off;'  # shell comment\n",
    "FROM alpine:3.20\nHEALTHCHECK CMD wget -q -O- localhost # shell\n",
    "FROM alpine:3.20\nLABEL description=\"a # is fine in quotes\"\n",
    "FROM alpine:3.20\nENV COLOR=#fff\n",
    "FROM alpine:3.20\nCOPY a#b /c\n",
    'FROM alpine:3.20\nCMD ["echo", "# not a comment"]\n',
    "# a comment line\nFROM alpine:3.20\n",
    "FROM alpine:3.20\nONBUILD RUN make # shell comment\n",
    "FROM alpine:3.20\nRUN <<EOF\necho hi # comment in a heredoc body\nEOF\n",
    "FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello # inside the heredoc body\nEOF\n",
    "FROM alpine:3.20\nCMD [\"x\"] [ # more \n", // not valid JSON before the comment either: invalid-exec-form's job
  ],
  invalid: [
    {
      code: "FROM ubuntu:16.04   # the base image\n",
      findings: [{ line: 1, column: 21, endLine: 1, endColumn: 37, message: '"#" does not start a comment after FROM arguments: FROM receives "#", "the", "base", … as extra arguments and the build fails' }],
      output: "# the base image\nFROM ubuntu:16.04\n",
    },
    {
      code: "FROM alpine:3.20\nCOPY helloworld /usr/local/bin   # copy the script\n",
      findings: [{ line: 2, column: 34, endColumn: 51, message: /COPY takes the comment words as paths: "script" becomes the destination/ }],
      output: "FROM alpine:3.20\n# copy the script\nCOPY helloworld /usr/local/bin\n",
    },
    {
      code: "FROM alpine:3.20\nENV PATH /root/.pyenv/bin:$PATH  # pyenv path\n",
      findings: [{ line: 2, column: 34, endColumn: 46, message: /ENV puts it into the value: PATH becomes "\/root\/.pyenv\/bin:\$PATH  # pyenv path"/ }],
      output: "FROM alpine:3.20\n# pyenv path\nENV PATH /root/.pyenv/bin:$PATH\n",
    },
    {
      code: "FROM alpine:3.20\nCMD [\"helloworld\"] # run it\n",
      findings: [{ line: 2, column: 20, endColumn: 28, message: /makes the JSON array invalid, so CMD falls back to shell form/ }],
      output: "FROM alpine:3.20\n# run it\nCMD [\"helloworld\"]\n",
    },
    {
      code: "FROM alpine:3.20\r\n  workdir /app\t# where it lives  \r\n",
      findings: [{ line: 2, column: 16, endColumn: 34, message: /WORKDIR value "\/app\t# where it lives"/ }],
      output: "FROM alpine:3.20\r\n  # where it lives\r\n  workdir /app\r\n",
      name: "lower case, indentation, tab, CRLF",
    },
    {
      code: "FROM alpine:3.20\nENV A=1 # one\n",
      findings: [{ line: 2, column: 9, message: /ENV reads "#", "one" as more key=value pairs/ }],
      output: "FROM alpine:3.20\n# one\nENV A=1\n",
    },
    {
      code: "ARG VERSION=1.0 # the version\nFROM alpine:$VERSION\n",
      findings: [{ line: 1, column: 17, message: /ARG declares build arguments named "#", "the", "version"/ }],
      output: "# the version\nARG VERSION=1.0\nFROM alpine:$VERSION\n",
    },
    {
      code: "FROM alpine:3.20\nEXPOSE 80 # web\nONBUILD COPY a /b/ # trigger\n",
      findings: [{ line: 2, column: 11, message: /EXPOSE reads "#", "web" as ports/ }, { line: 3, column: 20, endColumn: 29 }],
      output: "FROM alpine:3.20\n# web\nEXPOSE 80\n# trigger\nONBUILD COPY a /b/\n",
    },
    {
      code: "# escape=`\nFROM alpine:3.20\nCOPY a `\n  /b/ # dest\n",
      findings: [{ line: 4, column: 7, endColumn: 13 }],
      output: "# escape=`\nFROM alpine:3.20\n# dest\nCOPY a `\n  /b/\n",
      name: "continuation with the backtick escape",
    },
    {
      code: "\ufeffFROM alpine:3.20 # base\n",
      findings: [{ line: 1, column: 19, endColumn: 25 }],
      output: "\ufeff# base\nFROM alpine:3.20\n",
      name: "the byte order mark stays first",
    },
    {
      code: "FROM alpine:3.20\nCOPY a # not the last line \\\n  /b/\n",
      findings: [{ line: 2, column: 8, endColumn: 29 }],
      name: "a comment before a continuation cannot be moved safely: no fix",
    },
    {
      code: "FROM alpine:3.20\nUSER app # check=skip=all\n",
      findings: [{ line: 2, column: 10 }],
      name: "text that looks like a parser directive is not moved to the top",
    },
    {
      code: "FROM alpine:3.20\nSHELL [\"/bin/sh\", \"-c\"] # sh\nHEALTHCHECK NONE # off\n",
      findings: [{ line: 2, column: 25, message: /SHELL requires JSON, so the build fails/ }, { line: 3, column: 18, message: /HEALTHCHECK NONE takes no arguments/ }],
      output: "FROM alpine:3.20\n# sh\nSHELL [\"/bin/sh\", \"-c\"]\n# off\nHEALTHCHECK NONE\n",
    },
  ],
});
