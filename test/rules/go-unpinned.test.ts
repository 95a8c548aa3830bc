import rule from "../../rules/go-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM golang:1.23\nRUN go install example.com/pkg@v1.2.3\n",
    { name: "local paths", code: "FROM golang:1.23\nRUN go install /go/app/foobar ./app/foobar . ./... && go run . && go run ./cmd/x\n" },
    { name: "go get pinned; -tool", code: "FROM golang:1.23\nRUN go get example.com/pkg@v1.2.3 && go get -tool foobar.io/x@v1.2.3\n" },
    { name: "go run: only the first word is the package", code: "FROM golang:1.23\nRUN go run example.com/pkg@v1.2.3 -f --foo bar example.com/other\n" },
    { name: "files and GOPATH-style names (hadolint reports go run main.go)", code: "FROM golang:1.23\nRUN go run main.go && go install myapp && go get -d -v && go get -tool foobar\n" },
    { name: "GOPATH mode: @version is an error there", code: "FROM golang:1.10\nENV GO111MODULE=off\nRUN go get github.com/x/y && env GO111MODULE=off go get github.com/a/b\n" },
    { name: "go install/run inside a module build what go.mod requires", code: "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go install github.com/x/y/cmd/z && go run github.com/a/b/cmd/gen\n" },
    { name: "@none removes a dependency; a version in a variable", code: "FROM golang:1.23\nRUN go get example.com/pkg@none && go install github.com/x/y/cmd/z@${V} $PKG\n" },
  ],
  invalid: [
    {
      code: "FROM golang:1.23\nRUN go install example.com/pkg\n",
      findings: [{ line: 2, column: 16, endLine: 2, endColumn: 31, message: "'example.com/pkg' has no version: go install builds whatever is newest; pin it as example.com/pkg@<version>" }],
    },
    {
      name: "@latest is a query",
      code: "FROM golang:1.23\nRUN go install example.com/pkg@latest && go get -tool foobar.io/x@upgrade\n",
      findings: [
        { line: 2, column: 16, endLine: 2, endColumn: 38, message: "'example.com/pkg@latest' is a query, not a version: go install builds whatever is newest; pin it as @<version>" },
        { line: 2, column: 55, endLine: 2, endColumn: 74, message: /go get fetches/ },
      ],
    },
    {
      name: "go run with a module path; go install checked next to it (hadolint ignores it then)",
      code: "FROM golang:1.23\nRUN go run example.com/pkg && go install -v golang.org/x/tools/gopls\n",
      findings: [
        { line: 2, column: 12, endLine: 2, endColumn: 27 },
        { line: 2, column: 45, endLine: 2, endColumn: 69 },
      ],
    },
    {
      name: "with a go.mod, go get still moves to the newest and @latest ignores go.mod",
      code: "FROM golang:1.23\nCOPY go.mod go.sum ./\nRUN go get github.com/a/b && go install github.com/c/d@latest\n",
      findings: [
        { line: 3, column: 12, endLine: 3, endColumn: 26 },
        { line: 3, column: 41, endLine: 3, endColumn: 62, message: /is a query/ },
      ],
    },
    {
      name: "GO111MODULE=on overrides ENV off; continuation",
      code: "FROM golang:1.23\nENV GO111MODULE=off\nRUN GO111MODULE=on \\\n    go get github.com/x/y\n",
      findings: [{ line: 4, column: 12, endLine: 4, endColumn: 26 }],
    },
    {
      name: "exec-form bash -c, heredoc, ONBUILD with sudo",
      code: 'FROM golang:1.23\nRUN ["bash", "-c", "go install a.io/b"]\nRUN <<EOF\ngo get c.io/d@latest\nEOF\nONBUILD RUN sudo go install e.io/f\n',
      findings: [
        { line: 2, column: 32, endLine: 2, endColumn: 38 },
        { line: 4, column: 8, endLine: 4, endColumn: 21 },
        { line: 6, column: 29, endLine: 6, endColumn: 35 },
      ],
    },
  ],
});
