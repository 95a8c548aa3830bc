import rule from "../../rules/copy-entire-filesystem.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    { name: "root without --from", code: "FROM scratch\nCOPY / /\n" },
    { name: "a directory from another stage", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /app /\n" },
    { name: "root into a subdirectory", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /app\n" },
    { name: "root into a relative destination", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / rootfs/\n" },
    { name: "an export stage built FROM scratch", code: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch AS export\nCOPY --from=build /out /\nFROM alpine:3.20\nCOPY --from=export / /\n" },
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
    { name: "a stage built on a stage from an image", code: "FROM alpine:3.20 AS a\nFROM a AS b\nFROM scratch\nCOPY --from=b / /\n", findings: [{ line: 4, column: 15, endLine: 4, endColumn: 18 }] },
    { name: "root among other sources", code: "FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /etc / /\n", findings: [{ line: 3, column: 24, endLine: 3, endColumn: 27 }] },
  ],
});
