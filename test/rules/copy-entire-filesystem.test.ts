import rule from "../../rules/copy-entire-filesystem.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "root without --from", code: "FROM scratch\nCOPY / /\n" },
    { name: "a directory from another stage", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /app /\n" },
    { name: "root into a subdirectory", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /app\n" },
    { name: "root into a relative destination", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / rootfs/\n" },
    { name: "a file next to root sources", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\n" },
  ],
  invalid: [
    {
      name: "root to root",
      code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /\n",
      findings: [{ line: 3, column: 19, endLine: 3, endColumn: 22, message: "COPY --from=build copies its entire filesystem into /; copy only the paths the image needs" }],
    },
    { name: "quoted root paths", code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build "/" "/"\n', findings: [{ line: 3, column: 19, endLine: 3, endColumn: 26 }] },
    { name: "from an image, JSON form", code: 'FROM scratch\nCOPY --from=alpine:3.20 ["/", "/"]\n', findings: [{ line: 2, column: 26, endLine: 2, endColumn: 34 }] },
    { name: "spelled /. and //", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /. //\n", findings: [{ line: 3, column: 19, endLine: 3, endColumn: 24 }] },
    { name: "root among other sources", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /etc / /\n", findings: [{ line: 3, column: 24, endLine: 3, endColumn: 27 }] },
  ],
});
