import rule from "../../rules/ssh-port-exposed.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "other ports", code: "FROM nginx:1.27\nEXPOSE 80 443/tcp 8022 222\n" },
    { name: "udp 22 is not SSH", code: "FROM alpine:3.20\nEXPOSE 22/udp\n" },
    { name: "a range that stops before 22", code: "FROM alpine:3.20\nEXPOSE 1-21 23-25\n" },
    { name: "variable with another value or none", code: "FROM alpine:3.20\nARG PORT=2222\nEXPOSE $PORT ${OTHER}\n" },
    { name: "host port 22 mapped to another container port", code: "FROM alpine:3.20\nEXPOSE 22:2222\n" },
  ],
  invalid: [
    {
      name: "EXPOSE 22 and 22/tcp",
      code: "FROM debian:12\nEXPOSE 22 22/tcp\n",
      findings: [
        { line: 2, column: 8, endLine: 2, endColumn: 10, message: "EXPOSE 22: port 22 is SSH; use docker exec for a shell instead of running an SSH server in the container" },
        { line: 2, column: 11, endLine: 2, endColumn: 17 },
      ],
    },
    {
      name: "a range covering 22 and a host mapping",
      code: "FROM debian:12\nEXPOSE 20-30 2222:22/tcp\n",
      findings: [
        { line: 2, column: 8, endLine: 2, endColumn: 13, message: "EXPOSE 20-30: the port range 20-30 includes port 22 (SSH); use docker exec for a shell instead of running an SSH server in the container" },
        { line: 2, column: 14, endLine: 2, endColumn: 25 },
      ],
    },
    {
      name: "port from an ARG default",
      code: "FROM debian:12\nARG SSH_PORT=22\nEXPOSE 8080 ${SSH_PORT}\n",
      findings: [
        { line: 3, column: 13, endLine: 3, endColumn: 24, message: "EXPOSE ${SSH_PORT} (22): port 22 is SSH; use docker exec for a shell instead of running an SSH server in the container" },
      ],
    },
    {
      name: "ONBUILD EXPOSE over a continuation",
      code: "FROM debian:12\nONBUILD EXPOSE 80 \\\n  22\n",
      findings: [
        { line: 3, column: 3, endLine: 3, endColumn: 5, message: "EXPOSE 22: port 22 is SSH; use docker exec for a shell instead of running an SSH server in the container" },
      ],
    },

  ],
});
