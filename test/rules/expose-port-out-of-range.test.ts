import rule from "../../rules/expose-port-out-of-range.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "valid port", code: "FROM nginx:1.27\nEXPOSE 60000\n" },
    { name: "port variable", code: "FROM nginx:1.27\nEXPOSE ${FOOBAR}\n" },
    { name: "valid range", code: "FROM nginx:1.27\nEXPOSE 40000-60000/tcp\n" },
    { name: "range ending in a variable", code: "FROM nginx:1.27\nEXPOSE 40000-${FOOBAR}\n" },
    { name: "the limits", code: "FROM nginx:1.27\nEXPOSE 0 65535/udp\n" },
    { name: "ARG with a valid default", code: "FROM nginx:1.27\nARG PORT=8080\nEXPOSE $PORT\n" },
  ],
  invalid: [
    {
      name: "port too large",
      code: "FROM nginx:1.27\nEXPOSE 80000\n",
      findings: [{ line: 2, column: 8, endLine: 2, endColumn: 13, message: "Port 80000 is out of range: valid ports are 0 to 65535" }],
    },
    { name: "end of a range too large: the end only", code: "FROM nginx:1.27\nEXPOSE 40000-80000/tcp\n", findings: [{ line: 2, column: 14, endLine: 2, endColumn: 19, message: /Port 80000/ }] },
    { name: "second of several ports", code: "FROM nginx:1.27\nEXPOSE 80 443 65536/udp\n", findings: [{ line: 2, column: 15, endLine: 2, endColumn: 20 }] },
    { name: "quoted", code: 'FROM nginx:1.27\nEXPOSE "99999"\n', findings: [{ line: 2, column: 8, endLine: 2, endColumn: 15, message: /Port 99999/ }] },
    { name: "ARG default out of range: the word", code: "FROM nginx:1.27\nARG PORT=70000\nEXPOSE $PORT/tcp\n", findings: [{ line: 3, column: 8, endLine: 3, endColumn: 17, message: /Port 70000/ }] },
    { name: "ONBUILD EXPOSE", code: "FROM nginx:1.27\nONBUILD EXPOSE 123456\n", findings: [{ line: 2, column: 16, endLine: 2, endColumn: 22 }] },
  ],
});
