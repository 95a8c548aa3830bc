/**
 * BuildKit's variable checks: UndefinedArgInFrom, UndefinedVar, InvalidDefaultArgInFrom. Inputs marked
 * "BuildKit" come from dockerfile_check_test.go (testUndeclaredArg, testUnmatchedVars, testAllTargetUnmarshal,
 * testInvalidDefaultArgInFrom) and the rules' docs; alpine/busybox stand for the test's base images.
 */
import invalidDefaultArgInFrom from "../../rules/invalid-default-arg-in-from.js";
import undefinedArgInFrom from "../../rules/undefined-arg-in-from.js";
import undefinedVar from "../../rules/undefined-var.js";
import { cases } from "./harness.js";

cases(undefinedArgInFrom, {
  valid: [
    { name: "BuildKit: declared global ARG", code: "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n" },
    { name: "BuildKit: redeclared predefined ARG", code: "\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n" },
    { name: "BuildKit: predefined ARG", code: "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n" },
    { name: "BuildKit: ARG without default", code: "\nARG DEBUG\nFROM scratch${DEBUG}\n" },
    { name: "BuildKit: default modifier", code: "\nARG DEBUG\nFROM scra${DEBUG:-tch}\n" },
    { name: "BuildKit: empty default", code: '\nARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n' },
    { name: "TARGETARCH in a stage name", code: "FROM alpine AS build_amd64\nFROM build_${TARGETARCH}\n" },
    { name: "check=skip", code: "# check=skip=UndefinedArgInFrom\nFROM alpine:$TAG\n" },
  ],
  invalid: [
    {
      name: "BuildKit: typo of a predefined ARG",
      code: "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
      findings: [{ line: 2, column: 17, endLine: 2, endColumn: 31, message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)" }],
    },
    {
      name: "BuildKit: typo of a global ARG",
      code: "\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n",
      findings: [{ line: 4, column: 23, endLine: 4, endColumn: 32, message: "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)" }],
    },
    {
      name: "BuildKit: no close name",
      code: "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n",
      findings: [{ line: 3, column: 20, endLine: 3, endColumn: 30, message: "FROM argument 'version' is not declared" }],
    },
    {
      name: "ARG declared after the FROM, inside the stage",
      code: "FROM node:${NODE_VERSION}-alpine\nARG NODE_VERSION=22\n",
      findings: [{ line: 1, column: 11, endColumn: 26, message: "FROM argument 'NODE_VERSION' is not declared" }],
    },
    {
      name: "one finding per name and word; image and platform both checked",
      code: "FROM --platform=$PLAT $IMG:$IMG\n",
      findings: [{ line: 1, column: 17, message: "FROM argument 'PLAT' is not declared" }, { line: 1, column: 23, message: "FROM argument 'IMG' is not declared" }],
    },
  ],
});

cases(undefinedVar, {
  valid: [
    { name: "BuildKit: ARG without value", code: "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n" },
    { name: "BuildKit: ARG inherited from the parent stage", code: "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n" },
    { name: "BuildKit: shell-form RUN is left to the shell", code: "\nFROM alpine\nRUN echo $PATH\n" },
    { name: "BuildKit docs: the base image defines it", code: "FROM python AS base\nARG VERSION=$PYTHON_VERSION\n" },
    { name: "image ENV close to PATH is not a typo", code: "FROM golang:1.23\nWORKDIR $GOPATH/src/app\n" },
    { name: "extending a variable the image may set", code: "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\nENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH\n" },
    { name: "two edits from a defined name is not enough", code: "FROM gitpod/workspace-base\nARG ROLE=dev\nENV PYENV_ROOT=$HOME/.pyenv\n" },
    { name: "Windows image ENV has mixed-case names", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV PSCORE=\"$ProgramFiles\\PowerShell\\pwsh.exe\"\n" },
    { name: "global ARG imported into the stage", code: "ARG V=1\nFROM scratch\nARG V\nCOPY $V /\n" },
    { name: "ENV then use", code: "FROM scratch\nENV APP=/app\nWORKDIR $APP\nCOPY . ${APP}/src\n" },
    { name: "ONBUILD triggers run in child builds", code: "FROM scratch\nONBUILD COPY $SRC /\n" },
    { name: "check=skip", code: "# check=skip=UndefinedVar\nFROM scratch\nCOPY $foo .\n" },
  ],
  invalid: [
    {
      name: "BuildKit: used before the ARG",
      code: "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n",
      findings: [{ line: 3, column: 6, endLine: 3, endColumn: 10, message: "Usage of undefined variable '$foo'" }],
    },
    {
      name: "BuildKit: did you mean",
      code: "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t",
      findings: [{ line: 6, column: 6, endLine: 6, endColumn: 16, message: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)" }],
    },
    {
      name: "BuildKit: typo of PATH in the ENV that sets PATH",
      code: "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t",
      findings: [{ line: 3, column: 10, endLine: 3, endColumn: 15, message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)" }],
    },
    {
      name: "BuildKit: every stage is linted (testAllTargetUnmarshal)",
      code: "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n",
      findings: [
        { line: 3, column: 6, endColumn: 10, message: "Usage of undefined variable '$foo'" },
        { line: 6, column: 6, endColumn: 10, message: "Usage of undefined variable '$bar'" },
      ],
    },
    {
      name: "BuildKit docs: ARG default",
      code: "FROM alpine AS base\nARG VERSION=$foo\n",
      findings: [{ line: 2, column: 13, endColumn: 17, message: "Usage of undefined variable '$foo'" }],
    },
    {
      name: "global ARG not imported into the stage; scratch has no image ENV",
      code: "ARG V=1\nFROM scratch\nCOPY $V /\n",
      findings: [{ line: 3, column: 6, endColumn: 8, message: "Usage of undefined variable '$V'" }],
    },
    {
      name: "exec-form CMD is not expanded; WORKDIR and LABEL are, once per name",
      code: 'FROM scratch\nCMD ["echo", "$HOME"]\nWORKDIR ${ROOT}/${ROOT}\nLABEL version=$VERSION\n',
      findings: [
        { line: 3, column: 9, endColumn: 16, message: "Usage of undefined variable '$ROOT'" },
        { line: 4, column: 15, endColumn: 23, message: "Usage of undefined variable '$VERSION'" },
      ],
    },
    {
      name: "upper-case name the stage defines later, on an image",
      code: "FROM alpine:3.20\nCOPY $APP_DIR /app\nARG APP_DIR=dist\n",
      findings: [{ line: 2, column: 6, endColumn: 14, message: "Usage of undefined variable '$APP_DIR'" }],
    },
    {
      name: "extending a variable on scratch: nothing can define it",
      code: "FROM scratch\nENV LD_LIBRARY_PATH=/opt/lib:$LD_LIBRARY_PATH\n",
      findings: [{ line: 2, column: 30, endColumn: 46, message: "Usage of undefined variable '$LD_LIBRARY_PATH'" }],
    },
    {
      name: "assumeImageEnv: false reports image-looking names too",
      code: "FROM golang:1.23\nWORKDIR $GOPATH/src/app\n",
      settings: { ruleOptions: { "undefined-var": { assumeImageEnv: false } } },
      findings: [{ line: 2, column: 9, endColumn: 16, message: "Usage of undefined variable '$GOPATH' (did you mean $PATH?)" }],
    },
  ],
});

cases(invalidDefaultArgInFrom, {
  valid: [
    { name: "BuildKit: default given", code: '\nARG VERSION="latest"\nFROM busybox:${VERSION}\n' },
    { name: "BuildKit: empty default keeps a valid name", code: '\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n' },
    { name: "BuildKit: no default, still valid", code: "\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t" },
    { name: "BuildKit docs: default modifier", code: "ARG TAG\nFROM alpine:${TAG:-3.14}\n" },
    { name: "platform args depend on the build", code: "FROM alpine AS build_amd64\nFROM build_${TARGETARCH}\n" },
    { name: "registry with port", code: "ARG REGISTRY=localhost:5000\nFROM ${REGISTRY}/team/app:1.0\n" },
    { name: "check=skip", code: "# check=skip=InvalidDefaultArgInFrom\nARG TAG\nFROM busybox:$TAG\n" },
  ],
  invalid: [
    {
      name: "BuildKit: tag without default",
      code: "\nARG VERSION\nFROM busybox:$VERSION\n",
      findings: [{ line: 3, column: 6, endLine: 3, endColumn: 22, message: "Default value for ARG busybox:$VERSION results in empty or invalid base image name" }],
    },
    {
      name: "BuildKit: whole image without default",
      code: "\nARG IMAGE\nFROM $IMAGE\n",
      findings: [{ line: 3, column: 6, endColumn: 12, message: "Default value for ARG $IMAGE results in empty or invalid base image name" }],
    },
    {
      name: "BuildKit: default ends in a colon",
      code: '\nARG SFX="box:"\nFROM busy${SFX}\n',
      findings: [{ line: 3, column: 6, endColumn: 16, message: "Default value for ARG busy${SFX} results in empty or invalid base image name" }],
    },
    {
      name: "upper-case repository and a short digest",
      code: "ARG NAME=MyApp\nARG D=sha256:abc\nFROM ${NAME}:1\nFROM alpine@${D} AS b\n",
      findings: [{ line: 3, column: 6, endColumn: 15 }, { line: 4, column: 6, endColumn: 17 }],
    },
  ],
});
