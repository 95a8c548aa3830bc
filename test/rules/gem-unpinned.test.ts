import rule from "../../rules/gem-unpinned.js";
import { cases } from "./harness.js";

cases(rule, {
  valid: [
    "FROM ruby:3.3\nRUN gem install bundler:2.5.22\n",
    { name: "-v and --version", code: "FROM ruby:3.3\nRUN gem install bundler -v 2.5.22 && gem install rails --version '~> 7.1'\n" },
    { name: "local gem file and build options after --", code: "FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.gem && gem install nokogiri:1.16.7 -- --use-system-libraries\n" },
    { name: "gem update --system", code: "FROM ruby:3.3\nRUN gem update --system\n" },
  ],
  invalid: [
    {
      code: "FROM ruby:3.3\nRUN gem install bundler\n",
      findings: [{ line: 2, column: 17, endLine: 2, endColumn: 24, message: "Gem 'bundler' is installed without a version; pin it as bundler:<version>" }],
    },
    {
      name: "options with values and continuation",
      code: "FROM ruby:3.3\nRUN gem install --no-document -i /gems \\\n    rake:13.2.1 rails\n",
      findings: [{ line: 3, column: 17, endLine: 3, endColumn: 22 }],
    },
    {
      name: "exec form, heredoc, ONBUILD with sudo",
      code: 'FROM ruby:3.3\nRUN ["bash", "-c", "gem install rake"]\nRUN <<EOF\ngem install rack\nEOF\nONBUILD RUN sudo gem install puma\n',
      findings: [
        { line: 2, column: 33, endLine: 2, endColumn: 37 },
        { line: 4, column: 13, endLine: 4, endColumn: 17 },
        { line: 6, column: 30, endLine: 6, endColumn: 34 },
      ],
    },
  ],
});
