import rule from "../../rules/user-non-numeric.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "numeric UID", code: "FROM debian:12\nUSER 12345\n" },
    { name: "numeric UID and GID", code: "FROM debian:12\nUSER 1234:5678\n" },
    { name: "defined ARG without a known value", code: "ARG APP_UID\nFROM foobar:barfoo\nUSER ${APP_UID}\n" },
    { name: "in-stage ARG without a value", code: "FROM debian:12\nARG APP_UID\nUSER $APP_UID:$APP_UID\n" },
    { name: "ARG with a numeric default", code: "FROM debian:12\nARG APP_UID=10001\nUSER ${APP_UID}\n" },
    { name: "quoted number", code: 'FROM debian:12\nUSER "10001"\n' },
  ],
  invalid: [
    {
      name: "non-numeric UID",
      code: "FROM debian:12\nUSER foobar\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 12, message: 'USER "foobar" is a name, which the host cannot resolve; use a numeric UID' }],
    },
    { name: "non-numeric UID and GID: the UID part", code: "FROM debian:12\nUSER foobar:barfoo\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 12 }] },
    { name: "root counts as a name", code: "FROM debian:12\nUSER root\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }] },
    { name: "numeric GID does not help", code: "FROM node:22\nUSER node:1000\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 10 }] },
    { name: "ARG default that is a name", code: "FROM debian:12\nARG RUNAS=app\nUSER $RUNAS\n", findings: [{ line: 3, column: 6, endLine: 3, endColumn: 12, message: /USER "app"/ }] },
  ],
});
