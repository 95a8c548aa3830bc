import rule from "../../rules/add-instead-of-copy.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM alpine:3.20\nADD build/distributions/app-3.3.1.tar /\n",
    "FROM alpine:3.20\nADD rootfs.tar.gz rootfs.tar.xz rootfs.tgz layer.tar.zst /\n",
    "FROM alpine:3.20\nADD https://example.com/app.json /etc/app/\n",
    "FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n",
    "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.json /a.json\n",
    "FROM alpine:3.20\nADD $ARCHIVE /opt/\n",
    "FROM alpine:3.20\nADD dist/* /srv/\n",
    "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n",
    "FROM alpine:3.20\nCOPY config.json /etc/app/\n",
  ],
  invalid: [
    {
      code: "FROM alpine:3.20\nADD config.template.json /app-3.3.1/bin/config.json\n",
      findings: [{ line: 2, column: 1, endLine: 2, endColumn: 4, message: 'ADD of local "config.template.json" only copies; use COPY (ADD also fetches URLs and unpacks archives)' }],
      output: "FROM alpine:3.20\nCOPY config.template.json /app-3.3.1/bin/config.json\n",
    },
    {
      code: "FROM alpine:3.20\nadd --chown=app:app . /app\n",
      findings: [{ line: 2, column: 1, endColumn: 4 }],
      output: "FROM alpine:3.20\ncopy --chown=app:app . /app\n",
    },
    {
      code: 'FROM alpine:3.20\nONBUILD ADD ["docker/script/start.sh", "/usr/local/bin/"]\n',
      findings: [{ line: 2, column: 9, endColumn: 12 }],
      output: 'FROM alpine:3.20\nONBUILD COPY ["docker/script/start.sh", "/usr/local/bin/"]\n',
    },
    {
      code: "FROM alpine:3.20\nADD \\\n  site.zip *.json /srv/\n",
      findings: [{ line: 2, column: 1 }],
      output: "FROM alpine:3.20\nCOPY \\\n  site.zip *.json /srv/\n",
      name: "zip is not unpacked by ADD; a glob with a literal extension",
    },
    { code: "FROM alpine:3.20\nADD --unpack=false app.json /srv/\n", findings: [{ line: 2, column: 1 }], name: "ADD-only flag: no fix" },
  ],
});
