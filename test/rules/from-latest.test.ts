import rule from "../../rules/from-latest.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM ubuntu:22.04\n",
    "FROM ubuntu\n",
    "FROM ubuntu:latest@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30\n",
    "FROM ubuntu:LATEST-ish\n",
    "FROM $BASE:latest\n",
    "ARG T\nFROM ubuntu:$T\n",
    "FROM node:latest-alpine\n",
  ],
  invalid: [
    { code: "FROM ubuntu:latest\n", findings: [{ line: 1, column: 13, endLine: 1, endColumn: 19, message: 'base image "ubuntu" uses the "latest" tag, which changes whenever a new version is pushed' }] },
    { code: "from registry.example.com:5000/team/app:latest as app\n", findings: [{ line: 1, column: 41, endColumn: 47 }] },
    { code: "ARG T=latest\nFROM ubuntu:$T\n", findings: [{ line: 2, column: 6, endColumn: 15, message: /"ubuntu:\$T" \(= "ubuntu:latest"\)/ }] },
    { code: "FROM \\\n    node:latest\n", findings: [{ line: 2, column: 10, endLine: 2, endColumn: 16 }] },
    { code: "# escape=`\nFROM --platform=linux/amd64 alpine:latest\n", findings: [{ line: 2, column: 36, endColumn: 42 }] },
  ],
});
