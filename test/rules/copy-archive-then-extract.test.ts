import rule from "../../rules/copy-archive-then-extract.js";
import { cases } from "./harness.js";

const F = "FROM debian:12\n";

cases(rule, {
  valid: [
    { name: "archive copied, not extracted", code: F + "COPY packaged-app.tar /usr/src/app\nFROM debian:11 AS newstage\nRUN tar -xf /usr/src/app/packaged-app.tar\n" },
    { name: "not an archive", code: F + "COPY package.json /usr/src/app\nRUN tar -xf package.json\n" },
    { name: "copied from another stage", code: F + "COPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n" },
    { name: "tar creates, not extracts", code: F + "COPY app.tar /tmp/\nRUN tar -cf /tmp/app.tar /srv\n" },
    { name: "tar --exclude is not extraction", code: F + "COPY app.tar /tmp/\nRUN tar --exclude=x -cf app.tar /srv\n" },
    { name: "another archive extracted", code: F + "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz\n" },
    { name: "extraction before the COPY", code: F + "RUN tar -xf /tmp/app.tar\nCOPY app.tar /tmp/\n" },
  ],
  invalid: [
    {
      name: "copy archive then extract",
      code: F + "COPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n",
      findings: [{ line: 2, column: 6, endLine: 2, endColumn: 22, message: '"packaged-app.tar" is copied here and extracted by the RUN on line 3; use ADD, which extracts local archives in one layer' }],
    },
    { name: "extracted later in a chain, relative name", code: F + "COPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 22 }] },
    { name: "renamed by the destination", code: F + "COPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n", findings: [{ line: 2, column: 31, endLine: 2, endColumn: 39, message: /"foo.tar"/ }] },
    { name: "windows paths", code: F + 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"\nRUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"\n', findings: [{ line: 2, column: 6, endLine: 2, endColumn: 26 }] },
    // Shell-form COPY splits at blanks even inside quotes (BuildKit needs the JSON form for such paths), so the
    // destination word is `Files\foo.tar.gz"`; its name still matches, as in hadolint.
    { name: "windows paths, renamed", code: F + 'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\foo.tar.gz"\nRUN tar -xf foo.tar.gz\n', findings: [{ line: 2, column: 39, endLine: 2, endColumn: 56 }] },
    { name: "old-style tar options", code: F + "COPY app.tgz /tmp/\nRUN cd /opt && tar xzf /tmp/app.tgz\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 13 }] },
    { name: "gunzip", code: F + "COPY data.tar.gz /tmp/\nRUN gunzip /tmp/data.tar.gz\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 17 }] },
    { name: "--file= and --extract, heredoc", code: F + "COPY app.tar.xz /tmp/\nRUN <<EOF\ntar --extract --file=/tmp/app.tar.xz -C /opt\nEOF\n", findings: [{ line: 2, column: 6, endLine: 2, endColumn: 16 }] },
  ],
});
