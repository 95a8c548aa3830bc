import rule from "../../rules/label-key-invalid.js";
import { cases } from "./harness.js";

const F = "FROM alpine:3.20\n";

cases(rule, {
  valid: [
    { name: "reverse-DNS key", code: F + 'LABEL org.valid-key.label3="foo"\n' },
    { name: "simple key", code: F + 'LABEL validlabel="foo"\n' },
    { name: "underscore and slash (hadolint allows them)", code: F + "LABEL com.example/build_id=1\n" },
    { name: "quoted key", code: F + 'LABEL "org.opencontainers.image.title"="app"\n' },
    { name: "key from an unknown variable", code: F + "ARG NS\nLABEL ${NS}.version=1\n" },
    { name: "legacy form", code: F + "LABEL maintainer Jane Doe\n" },
  ],
  invalid: [
    {
      name: "reserved namespaces",
      code: F + 'LABEL com.docker.label="foo" io.docker.label="foo" org.dockerproject.label="foo"\n',
      findings: [
        { line: 2, column: 7, endLine: 2, endColumn: 23, message: 'Invalid label key "com.docker.label": the namespace com.docker.* is reserved for Docker' },
        { line: 2, column: 30, endLine: 2, endColumn: 45 },
        { line: 2, column: 52, endLine: 2, endColumn: 75 },
      ],
    },
    { name: "invalid character", code: F + 'LABEL Maintainer="x"\n', findings: [{ line: 2, column: 7, endLine: 2, endColumn: 17, message: /must start with a lower-case letter/ }] },
    { name: "upper case inside", code: F + 'LABEL org.acme.buildId="x"\n', findings: [{ line: 2, column: 7, endLine: 2, endColumn: 23, message: /"I" is not allowed/ }] },
    {
      name: "invalid start characters",
      code: F + 'LABEL .invalid="foo" -invalid="foo" 1invalid="foo"\n',
      findings: [{ line: 2, column: 7, endLine: 2, endColumn: 15 }, { line: 2, column: 22, endLine: 2, endColumn: 30 }, { line: 2, column: 37, endLine: 2, endColumn: 45 }],
    },
    { name: "invalid end character", code: F + 'LABEL invalid.="foo"\n', findings: [{ line: 2, column: 7, endLine: 2, endColumn: 15, message: /must end with a lower-case letter or a digit/ }] },
    {
      name: "consecutive separators",
      code: F + 'LABEL invalid..character="foo" invalid--character="foo"\n',
      findings: [{ line: 2, column: 7, endLine: 2, endColumn: 25, message: /consecutive separators/ }, { line: 2, column: 32, endLine: 2, endColumn: 50 }],
    },
    { name: "ONBUILD LABEL", code: F + 'ONBUILD LABEL com.docker.label="foo"\n', findings: [{ line: 2, column: 15, endLine: 2, endColumn: 31 }] },
  ],
});
