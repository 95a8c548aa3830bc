/**
 * shipshape: a Dockerfile parser and linter.
 *
 * - {@link parse} turns text into a typed, lossless AST with exact ranges and never throws.
 * - {@link print} gives back the exact text.
 * - {@link toBuildkitDump} renders BuildKit's own AST dump format.
 * @packageDocumentation
 */
export * from "./ast/index.js";
