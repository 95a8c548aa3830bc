/**
 * End-to-end with a real editor: headless Neovim (Debian's `neovim` package) runs `shipshape lsp` with
 * its built-in LSP client on a beginner's Dockerfile, reads the diagnostics back, asks for hover and
 * code actions, and applies fix-all. Skipped, loudly, only when `nvim` is not installed.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fix } from "../../src/fix/fix.js";
import { lint } from "../../src/lint.js";
import { INSTRUCTION_HELP } from "../../src/lsp/instructions.js";
import { repoRoot } from "../helpers.js";
import { LspClient } from "./client.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const haveNvim = nvim.status === 0 && /^NVIM v0\.([7-9]|\d\d)|^NVIM v[1-9]/.test(nvim.stdout);
if (!haveNvim) console.warn("\n!!! SKIPPING: nvim (0.7 or newer) not found; the Neovim end-to-end LSP test did not run (apt-get install neovim) !!!\n");

const dir = mkdtempSync(path.join(os.tmpdir(), "shipshape-nvim-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs in Neovim: attach shipshape to the buffer, wait (bounded) for diagnostics, query, fix, report as JSON. */
const SCRIPT = String.raw`
local out = vim.env.SHIPSHAPE_OUT
local function finish(result)
  local f = assert(io.open(out, "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qa!")
end
local function run()
  local id = vim.lsp.start_client({
    name = "shipshape",
    cmd = { vim.env.SHIPSHAPE_NODE, vim.env.SHIPSHAPE_BIN, "lsp", "--stdio" },
    root_dir = vim.fn.getcwd(),
  })
  assert(id, "start_client failed")
  vim.lsp.buf_attach_client(0, id)
  local waited = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 20)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source or vim.NIL, code = lsp.code or vim.NIL,
    })
  end
  local uri = vim.uri_from_bufnr(0)
  local function request(method, params)
    local replies = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
    for _, r in pairs(replies) do
      if r.error then error(method .. ": " .. vim.inspect(r.error)) end
      return r.result
    end
    error(method .. ": no reply")
  end
  local hover = request("textDocument/hover", { textDocument = { uri = uri }, position = { line = 1, character = 1 } })
  local whole = { start = { line = 0, character = 0 }, ["end"] = { line = vim.api.nvim_buf_line_count(0), character = 0 } }
  local actions = request("textDocument/codeAction", { textDocument = { uri = uri }, range = whole, context = { diagnostics = {} } })
  local titles = {}
  for _, a in ipairs(actions or {}) do table.insert(titles, a.title) end
  local fixall = request("textDocument/codeAction", { textDocument = { uri = uri }, range = whole, context = { diagnostics = {}, only = { "source.fixAll" } } })
  vim.lsp.util.apply_workspace_edit(fixall[1].edit, "utf-16")
  -- Diagnostics for the fixed text: the expose-proto-casing finding goes away.
  local refreshed = vim.wait(10000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.user_data and d.user_data.lsp and d.user_data.lsp.code == "expose-proto-casing" then return false end
    end
    return true
  end, 20)
  finish({
    waited = waited, diagnostics = diagnostics, hover = hover and hover.contents.value or vim.NIL, titles = titles,
    fixed = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n") .. "\n",
    refreshed = refreshed,
  })
end
local ok, err = pcall(run)
if not ok then finish({ error = tostring(err) }) end
`;

describe.skipIf(!haveNvim)("Neovim's built-in LSP client", () => {
  let bin = "";
  // The build can take minutes on a busy machine (and other test files may be building at the same time).
  beforeAll(() => {
    bin = LspClient.build();
  }, 600_000);

  it("shows shipshape's diagnostics, hover and code actions on a beginner's Dockerfile, and applies fix-all", () => {
    const file = path.join(dir, "Dockerfile");
    copyFileSync(path.join(repoRoot, "fixtures", "node-beginner.Dockerfile"), file);
    const text = readFileSync(file, "utf8");
    const script = path.join(dir, "test.lua");
    const out = path.join(dir, "out.json");
    writeFileSync(script, SCRIPT);
    const run = spawnSync("nvim", ["--headless", "--clean", "-n", "-i", "NONE", "-c", `luafile ${script}`, file], {
      cwd: dir,
      encoding: "utf8",
      timeout: 90_000,
      env: { ...process.env, SHIPSHAPE_OUT: out, SHIPSHAPE_BIN: bin, SHIPSHAPE_NODE: process.execPath },
    });
    let result: Record<string, unknown>;
    try {
      result = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
    } catch {
      throw new Error(`nvim wrote no result (status ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
    }
    expect(result.error).toBeUndefined();
    expect(result.waited).toBe(true);

    const severity = { error: 1, warning: 2, info: 3, style: 4 } as const;
    const expected = lint(text, { filename: file }).findings.map((f) => ({
      lnum: f.line - 1,
      col: f.column - 1,
      end_lnum: f.endLine - 1,
      end_col: f.endColumn - 1,
      severity: severity[f.severity],
      message: f.message,
      source: "shipshape",
      code: f.rule,
    }));
    expect(expected.length).toBeGreaterThan(5);
    const order = (a: { lnum: number; col: number; code: string }, b: { lnum: number; col: number; code: string }) => a.lnum - b.lnum || a.col - b.col || (a.code < b.code ? -1 : 1);
    expect([...(result.diagnostics as typeof expected)].sort(order)).toEqual([...expected].sort(order));

    // Hover on the FROM keyword of line 2.
    expect(result.hover).toContain(INSTRUCTION_HELP.FROM.text);
    expect(result.titles).toEqual(expect.arrayContaining(["Lower-case the protocol", "Ignore from-untagged for this instruction", "Ignore from-untagged in this file"]));
    expect(result.fixed).toBe(fix(text, { filename: file }).output);
    expect(result.fixed).not.toBe(text);
    expect(result.refreshed).toBe(true);
  });
});
