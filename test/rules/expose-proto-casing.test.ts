import rule from "../../rules/expose-proto-casing.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: ["FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n", "FROM nginx:1.27\nEXPOSE 80\n", "FROM nginx:1.27\nEXPOSE 80/$PROTO\n"],
  invalid: [
    {
      code: "FROM nginx:1.27\nEXPOSE 80/TCP\n",
      findings: [{ line: 2, column: 11, endLine: 2, endColumn: 14, message: 'protocol "TCP" in EXPOSE 80/TCP should be lower case' }],
      output: "FROM nginx:1.27\nEXPOSE 80/tcp\n",
    },
    {
      code: "FROM nginx:1.27\nexpose 80/tcp 53/Udp \\\n  8000-8010/TCP\n",
      findings: [{ line: 2, column: 18, endColumn: 21 }, { line: 3, column: 13, endColumn: 16 }],
      output: "FROM nginx:1.27\nexpose 80/tcp 53/udp \\\n  8000-8010/tcp\n",
    },
    { code: "FROM nginx:1.27\nONBUILD EXPOSE 443/Tcp\n", findings: [{ line: 2, column: 20 }], output: "FROM nginx:1.27\nONBUILD EXPOSE 443/tcp\n" },
  ],
});
