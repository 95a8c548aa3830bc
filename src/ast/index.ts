export { parse } from "./parse.js";
export { print } from "./print.js";
export { toBuildkitDump } from "./dump.js";
export { LineIndex } from "./text.js";
export * from "./types.js";
