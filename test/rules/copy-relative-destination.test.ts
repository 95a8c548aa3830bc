import rule from "../../rules/copy-relative-destination.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "absolute destination", code: "FROM debian:12\nCOPY bla.sh /usr/local/bin/blubb.sh\n" },
    { name: "absolute destination, quoted", code: 'FROM debian:12\nCOPY bla.sh "/usr/local/bin/blubb.sh"\n' },
    { name: "windows absolute destinations", code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY bla.sh c:\\system32\\blubb.sh\nCOPY bla.sh d:/mypath/blubb.sh\nCOPY bla.sh \"c:\\x\"\n" },
    { name: "WORKDIR set", code: "FROM scratch\nWORKDIR /usr\nCOPY bla.sh blubb.sh\n" },
    { name: "windows WORKDIR set", code: "FROM scratch\nWORKDIR c:\\system32\nCOPY bla.sh blubb.sh\n" },
    { name: "destination from an unknown variable", code: "FROM debian:12\nCOPY src.sh ${SRC_BASE_ENV}\nCOPY src.sh \"$SRC_BASE_ENV\"\n" },
    { name: "destination from a variable with an absolute value", code: "FROM debian:12\nARG DEST=/opt/app\nCOPY src.sh $DEST/\n" },
    { name: "WORKDIR set in the base stage", code: "FROM debian:12 AS base\nWORKDIR /usr\nFROM debian:12 AS stage-inbetween\nRUN foo\nFROM base\nCOPY foo bar\n" },
    { name: "WORKDIR set two stages up", code: "FROM debian:12 AS base1\nWORKDIR /usr\nFROM base1 AS base2\nRUN foo\nFROM base2\nCOPY foo bar\n" },
    { name: "ONBUILD WORKDIR then ONBUILD COPY", code: "FROM debian:12\nONBUILD WORKDIR /usr/local/lib\nONBUILD COPY foo bar\n" },
    { name: "ONBUILD WORKDIR of the base stage runs in the child", code: "FROM debian:12 AS base\nONBUILD WORKDIR /app\nFROM base\nCOPY foo bar\n" },
  ],
  invalid: [
    {
      name: "relative destination without WORKDIR",
      code: "FROM debian:12\nCOPY bla.sh blubb.sh\n",
      findings: [{ line: 2, column: 13, endLine: 2, endColumn: 21, message: 'COPY to relative destination "blubb.sh" without a WORKDIR: it depends on the base image\'s working directory; set WORKDIR or use an absolute path' }],
    },
    { name: "quoted relative destination", code: 'FROM debian:12\nCOPY bla.sh "blubb.sh"\n', findings: [{ line: 2, column: 13, endLine: 2, endColumn: 23, message: /"blubb.sh"/ }] },
    { name: "WORKDIR only in an unrelated earlier stage", code: "FROM debian:12 AS stage1\nWORKDIR /usr\nFROM debian:12\nCOPY foo bar\n", findings: [{ line: 4, column: 10, endLine: 4, endColumn: 13 }] },
    { name: "WORKDIR after the COPY", code: "FROM debian:12\nCOPY . .\nWORKDIR /app\n", findings: [{ line: 2, column: 8, endLine: 2, endColumn: 9 }] },
    { name: "single-character paths", code: "FROM debian:12\nCOPY a b\n", findings: [{ line: 2, column: 8, endLine: 2, endColumn: 9 }] },
    { name: "ONBUILD COPY without WORKDIR", code: "FROM debian:12\nONBUILD COPY foo bar\n", findings: [{ line: 2, column: 18, endLine: 2, endColumn: 21 }] },
    { name: "ONBUILD WORKDIR does not apply to the stage itself", code: "FROM debian:12\nONBUILD WORKDIR /app\nCOPY foo bar\n", findings: [{ line: 3, column: 10, endLine: 3, endColumn: 13 }] },
    { name: "variable with a relative value", code: "FROM debian:12\nARG DEST=app\nCOPY foo $DEST\n", findings: [{ line: 3, column: 10, endLine: 3, endColumn: 15, message: /"app"/ }] },
  ],
});
