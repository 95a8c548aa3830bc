import rule from "../../rules/from-platform-flag.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "no platform flag", code: "FROM debian:12\n" },
    { name: "$BUILDPLATFORM", code: "FROM --platform=$BUILDPLATFORM debian:12\n" },
    { name: "quoted $BUILDPLATFORM", code: 'FROM --platform="$BUILDPLATFORM" debian:12\n' },
    { name: "${BUILDPLATFORM}", code: "FROM --platform=${BUILDPLATFORM} debian:12\n" },
    { name: "${BUILDPLATFORM:-}", code: "FROM --platform=${BUILDPLATFORM:-} debian:12\n" },
    { name: 'quoted "${BUILDPLATFORM:-}"', code: 'FROM --platform="${BUILDPLATFORM:-}" debian:12\n' },
    { name: "$TARGETPLATFORM (redundant-target-platform reports it)", code: "FROM --platform=$TARGETPLATFORM debian:12\n" },
    { name: "$BUILDOS/$BUILDARCH", code: "FROM --platform=$BUILDOS/$BUILDARCH golang:1.23\n" },
  ],
  invalid: [
    {
      name: "explicit platform",
      code: "FROM --platform=linux debian:12\n",
      findings: [{ line: 1, column: 6, endLine: 1, endColumn: 22, message: "Do not pin the platform with FROM --platform=linux; let the build choose it (or use $BUILDPLATFORM for build stages)" }],
    },
    { name: "os/arch", code: "FROM --platform=linux/amd64 node:22 AS build\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 28 }] },
    { name: "a user variable", code: "ARG PLATFORM=linux/arm64\nFROM --platform=$PLATFORM node:22\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 26 }] },
    { name: "a later stage", code: "FROM golang:1.23 AS build\nFROM --platform=linux/arm64/v8 alpine:3.20\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 31 }] },
    { name: "windows platform, lower-case keyword", code: "from --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 30 }] },
  ],
});
