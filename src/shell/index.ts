/**
 * Shell model: parse the `sh -c` text of Dockerfile instructions and query
 * its commands.
 * @module
 */
export * from "./types.js";
export { parseShell } from "./parser.js";
export { decodeAnsiC } from "./ansi-c.js";
export { basename, startsStatic, subWord, wordShape } from "./words.js";
export { getOption, hasOption, parseOptions, type OptionSpec, type ParsedOption, type ParsedOptions } from "./options.js";
export {
  andOrListOf,
  argShapes,
  commandLevels,
  findCommands,
  isFailureMasked,
  nestedShellScript,
  parseToolInvocation,
  pipelineOf,
  resolveCommand,
  type CommandView,
  type NestedScript,
  type PipelineInfo,
  type ToolInvocation,
} from "./commands.js";
export { packageArgs, type PackageArg, type PackageSource } from "./packages.js";
export { isPosixShell, shellFromExec } from "./exec.js";
export { allWords, forEachCommand, parameterReferences, parametersOfWord, wordsOfCommand } from "./walk.js";
export * from "./tools/index.js";
