import rule from "../../rules/consecutive-run.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM debian:10\n",
    { name: "one RUN", code: "FROM debian:12\nRUN /foo.sh\n" },
    { name: "not consecutive", code: "FROM debian:12\nRUN /foo.sh\nWORKDIR /\nRUN /bar.sh\n" },
    { name: "one RUN after a comment", code: "FROM debian:12\n# a comment\nRUN /foo.sh\n" },
    { name: "different flags", code: "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\nRUN --mount=type=secret,id=bar /baz.sh\n" },
    { name: "chained commands on either side", code: "FROM debian:12\nRUN foo && bar\nRUN foobar\nRUN foo; bar\nRUN x | y\n" },
    { name: "a heredoc script of several commands", code: "FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF\nRUN echo done\n" },
    { name: "PowerShell statements are not counted", code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN $ErrorActionPreference = \'Stop\'; Invoke-WebRequest -Uri $url -OutFile x.zip\nRUN Expand-Archive x.zip -DestinationPath C:\\x\n' },
    { name: "ONBUILD and FROM separate", code: "FROM debian:12 AS a\nRUN a\nONBUILD RUN b\nRUN c\nFROM a\nRUN d\n" },
  ],
  invalid: [
    {
      code: "FROM debian:12\nRUN /foo.sh\nRUN /bar.sh\n",
      findings: [{ line: 3, column: 1, endLine: 3, endColumn: 4, message: "This RUN and the one on line 2 run one command each; join them with && to make one layer" }],
    },
    { name: "separated by comments", code: "FROM debian:12\nRUN /foo.sh\n# a comment\n# another comment\nRUN /bar.sh\n", findings: [{ line: 5, column: 1, endLine: 5, endColumn: 4 }] },
    { name: "equal flags", code: "FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n", findings: [{ line: 3, column: 1, endLine: 3, endColumn: 4 }] },
    {
      name: "more than one single-command RUN in a row after a chained one",
      code: "FROM debian:12\nRUN foo && bar\nRUN foo\nRUN bar\nrun baz\n",
      findings: [
        { line: 4, column: 1, endLine: 4, endColumn: 4 },
        { line: 5, column: 1, endLine: 5, endColumn: 4, message: /line 4/ },
      ],
    },
    {
      name: "continued lines, exec form, exec-form sh -c, a one-command heredoc",
      code: 'FROM debian:12\nRUN apt-get \\\n    update\nRUN ["/bin/true"]\nRUN ["sh", "-c", "echo hi"]\nRUN <<EOF\necho there\nEOF\n',
      findings: [
        { line: 4, column: 1, endLine: 4, endColumn: 4 },
        { line: 5, column: 1, endLine: 5, endColumn: 4 },
        { line: 6, column: 1, endLine: 6, endColumn: 4 },
      ],
    },
  ],
});
