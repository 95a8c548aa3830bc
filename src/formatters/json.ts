/** `--format json`: `{"findings": [...]}` with every finding of every file, in file order. @module */
import type { Formatter } from "./types.js";

const json: Formatter = (results) => JSON.stringify({ findings: results.flatMap((r) => r.findings) }, null, 2) + "\n";

export default json;
