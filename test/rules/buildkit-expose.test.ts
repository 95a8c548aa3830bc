/**
 * BuildKit's EXPOSE and repeated-instruction checks: ExposeInvalidFormat (testExposeInvalidFormat) and the
 * HEALTHCHECK part of MultipleInstructionsDisallowed (testMultipleInstructionsDisallowed).
 */
import exposeInvalidFormat from "../../rules/expose-invalid-format.js";
import multipleHealthcheck from "../../rules/multiple-healthcheck.js";
import { cases } from "./harness.js";

const msg = (p: string) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'`;

cases(exposeInvalidFormat, {
  valid: [
    "FROM nginx\nEXPOSE 80 443/tcp 53/udp 8000-8010\n",
    { name: "empty host port is ignored by BuildKit", code: "FROM nginx\nEXPOSE :80\n" },
    { name: "unresolved variable", code: "FROM nginx\nEXPOSE $PORT\n" },
    { name: "check=skip", code: "# check=skip=ExposeInvalidFormat\nFROM nginx\nEXPOSE 8080:80\n" },
  ],
  invalid: [
    {
      name: "BuildKit: testExposeInvalidFormat",
      code: "\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n",
      findings: [
        { line: 3, column: 8, endColumn: 23, message: msg("127.0.0.1:80:80") },
        { line: 3, column: 24, endColumn: 39, message: msg("[::1]:8080:8080") },
        { line: 3, column: 40, endColumn: 49, message: msg("5000:5000") },
      ],
      output: "\nFROM scratch\nEXPOSE 80 8080 5000 8000\n",
    },
    {
      name: "protocol and port range are kept",
      code: "FROM nginx\nEXPOSE 0.0.0.0:8443:443/tcp \\\n  9000-9010:9000-9010/udp\n",
      findings: [{ line: 2, column: 8, endColumn: 28 }, { line: 3, column: 3, endColumn: 26, message: msg("9000-9010:9000-9010/udp") }],
      output: "FROM nginx\nEXPOSE 443/tcp \\\n  9000-9010/udp\n",
    },
    {
      name: "value from an ARG: reported after expansion, no fix",
      code: "FROM nginx\nARG MAPPING=8080:80\nEXPOSE $MAPPING\n",
      findings: [{ line: 3, column: 8, endColumn: 16, message: msg("8080:80") }],
    },
  ],
});

const healthMsg = /^HEALTHCHECK is overridden by the HEALTHCHECK on line \d+/;

cases(multipleHealthcheck, {
  valid: [
    { name: "BuildKit: one per stage", code: '\nFROM scratch AS a\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nHEALTHCHECK CMD ["/myotherapp"]\n' },
    'FROM nginx\nHEALTHCHECK NONE\n',
    'FROM nginx\nONBUILD HEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n',
    { name: "check=skip by hadolint code", code: '# hadolint global ignore=DL3012\nFROM nginx\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n' },
  ],
  invalid: [
    {
      name: "BuildKit: consecutive",
      code: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      findings: [{ line: 7, column: 1, endColumn: 12, message: healthMsg }],
    },
    {
      name: "BuildKit: broken up by other instructions",
      code: '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n',
      findings: [{ line: 5, column: 1, message: "HEALTHCHECK is overridden by the HEALTHCHECK on line 11; only the last HEALTHCHECK in a stage takes effect" }],
    },
    {
      name: "NONE counts too",
      code: 'FROM nginx\nhealthcheck NONE\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n',
      findings: [{ line: 2, column: 1, message: /^healthcheck is overridden/ }, { line: 3, column: 1 }],
    },
  ],
});
