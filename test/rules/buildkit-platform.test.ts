/**
 * BuildKit's FROM --platform checks: RedundantTargetPlatform and FromPlatformFlagConstDisallowed, with the
 * inputs of testRedundantTargetPlatform and testFromPlatformFlagConstDisallowed (dockerfile_check_test.go).
 */
import fromPlatformFlagConst from "../../rules/from-platform-flag-const.js";
import redundantTargetPlatform from "../../rules/redundant-target-platform.js";
import { cases } from "./harness.js";

cases(redundantTargetPlatform, {
  valid: [
    "FROM --platform=$BUILDPLATFORM golang:1.23\n",
    { name: "two variables", code: "FROM --platform=$TARGETOS/$TARGETARCH alpine\n" },
    { name: "a suffix changes the value", code: "FROM --platform=${TARGETPLATFORM}/v2 alpine\n" },
    "FROM alpine\n",
    { name: "check=skip (BuildKit's test puts it above the FROM instead)", code: "# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n" },
  ],
  invalid: [
    {
      name: "BuildKit: $TARGETPLATFORM",
      code: "\nFROM --platform=$TARGETPLATFORM scratch\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 32, message: "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior" }],
      output: "\nFROM scratch\n",
    },
    {
      name: "BuildKit: ${TARGETPLATFORM}",
      code: "\nFROM --platform=${TARGETPLATFORM} scratch\n",
      findings: [{ line: 2, column: 6, endColumn: 34, message: "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior" }],
      output: "\nFROM scratch\n",
    },
    {
      name: "default modifier still yields the target platform",
      code: "FROM  --platform=${TARGETPLATFORM:-linux/amd64}\talpine AS run\r\n",
      findings: [{ line: 1, column: 7, endColumn: 48 }],
      output: "FROM  alpine AS run\r\n",
    },
    {
      name: "a global ARG overriding TARGETPLATFORM: reported, no fix",
      code: "ARG TARGETPLATFORM=linux/arm64\nFROM --platform=$TARGETPLATFORM alpine\n",
      findings: [{ line: 2, column: 6, endColumn: 32 }],
    },
  ],
});

cases(fromPlatformFlagConst, {
  valid: [
    { name: "BuildKit: arch in the stage name", code: "\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n" },
    { name: "BuildKit: OS as the stage name", code: "\nFROM --platform=linux/amd64 scratch AS linux\n" },
    { name: "normalised arch in the name", code: "FROM --platform=linux/x86_64 alpine AS build-amd64\n" },
    "FROM --platform=$BUILDPLATFORM alpine AS build\n",
    { name: "not a platform: BuildKit fails elsewhere", code: "FROM --platform=bogus alpine AS build\n" },
    { name: "check=skip", code: "# check=skip=FromPlatformFlagConstDisallowed\nFROM --platform=linux/amd64 scratch\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testFromPlatformFlagConstDisallowed",
      code: "\nFROM --platform=linux/amd64 scratch\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 28, message: 'FROM --platform flag should not use constant value "linux/amd64"' }],
    },
    {
      name: "quoted value",
      code: 'FROM --platform="linux/arm64" alpine AS build\n',
      findings: [{ line: 1, column: 6, endColumn: 30, message: 'FROM --platform flag should not use constant value "linux/arm64"' }],
    },
    {
      name: "architecture only",
      code: "FROM --platform=arm64 alpine AS build\nRUN true\n",
      findings: [{ line: 1, column: 6, endColumn: 22, message: 'FROM --platform flag should not use constant value "arm64"' }],
    },
    {
      name: "variant; name mentions neither OS nor arch",
      code: "FROM --platform=linux/arm/v7 alpine AS pi\n",
      findings: [{ line: 1, column: 6, endColumn: 29 }],
    },
  ],
});
