/** The language server (`shipshape lsp`). @module */
export { runLanguageServer, attach, FIX_ALL_COMMAND, CONFIG_ERROR_CODE, DEBOUNCE_MS, type ServerOptions } from "./server.js";
export { isDockerfileName, isDockerfileDocument, LANGUAGE_ID } from "./files.js";
export { instructionHelp, INSTRUCTION_HELP, DOCKERFILE_REFERENCE } from "./instructions.js";
