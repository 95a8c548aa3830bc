import rule from "../../rules/from-untagged.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM ubuntu:22.04\n",
    { name: "template placeholder, not an image yet", code: "FROM {{installerImageTag}} AS installer\n" },
    "FROM ubuntu@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30\n",
    "FROM scratch\nCOPY app /\n",
    "FROM golang:1.22 AS builder\nRUN go build\nFROM builder\n",
    "FROM golang:1.22 as Builder\nfrom BUILDER\n",
    "FROM $BASE\n",
    "FROM ${IMAGE}\n",
    "ARG BASE\nFROM $BASE\n",
    "ARG T=22.04\nFROM ubuntu:$T\n",
    "ARG IMAGE=ubuntu:22.04\nFROM ${IMAGE}\n",
    "ARG BASE=builder\nFROM alpine:3.20 AS builder\nFROM $BASE\n",
    "FROM \\\n  ubuntu:22.04\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n",
    "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n",
    "FROM alpine:3.20\nONBUILD RUN echo hi\n",
  ],
  invalid: [
    { code: "FROM ubuntu\n", findings: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'base image "ubuntu" has no tag or digest, so the build uses whatever "latest" points to' }] },
    { code: "from node AS build\nfrom build\n", findings: [{ line: 1, column: 6, endColumn: 10 }] },
    { code: "ARG BASE=ubuntu\nFROM $BASE\n", findings: [{ line: 2, column: 6, endColumn: 11, message: /"\$BASE" \(= "ubuntu"\)/ }] },
    { code: 'ARG BASE="debian"\nFROM ${BASE} AS x\n', findings: [{ line: 2, column: 6, endColumn: 13 }] },
    { code: "FROM localhost:5000/app\n", findings: [{ line: 1, column: 6, endColumn: 24 }] },
    { code: "FROM \\\n  ubuntu\n", findings: [{ line: 2, column: 3, endLine: 2, endColumn: 9 }] },
    { code: "# escape=`\nFROM `\n  mcr.microsoft.com/powershell\n", findings: [{ line: 3, column: 3, endColumn: 31 }] },
    { code: "FROM builder\nFROM alpine:3.20 AS builder\n", findings: [{ line: 1, column: 6 }], name: "a later stage is not a stage reference" },
  ],
});
