import rule from "../../rules/workdir-relative.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM node:22-alpine\nWORKDIR /app\n",
    "FROM node:22-alpine\nWORKDIR /app\nWORKDIR src\n",
    "FROM node:22-alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n",
    "FROM node:22-alpine\nWORKDIR $HOME/app\n",
    "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n",
    "FROM node:22-alpine\nONBUILD WORKDIR src\n",
    'FROM node:22-alpine\nWORKDIR "/src/Hello World"\n',
    'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR "C:\\\\Program Files\\\\app"\n',
    "FROM node:22-alpine\nWORKDIR {{appDir}}\n",
  ],
  invalid: [
    {
      code: "FROM node:22-alpine\nWORKDIR app\n",
      findings: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'relative WORKDIR "app" depends on the base image\'s working directory; use an absolute path' }],
    },
    { code: "FROM node:22-alpine AS a\nWORKDIR /app\nFROM node:22-alpine\nworkdir ./src\nWORKDIR lib\n", findings: [{ line: 4, column: 9, endColumn: 14 }] },
    { code: 'FROM node:22-alpine\nWORKDIR "app"\n', findings: [{ line: 2, column: 9, endColumn: 14, message: /relative WORKDIR "app"/ }] },
    { code: "FROM node:22-alpine\nWORKDIR \\\n  app\n", findings: [{ line: 3, column: 3, endColumn: 6 }] },
  ],
});
