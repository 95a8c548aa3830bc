/** Atomic writes of fixed files: content, permissions, owner, symlinks, refusals, no temp files left. */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, lstatSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FixWriteError, writeFileAtomic, writeFixedFile } from "../../src/index.js";

const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-write-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function file(text: string, mode = 0o644): { dir: string; file: string } {
  const dir = path.join(root, `d${n++}`);
  mkdirSync(dir);
  const f = path.join(dir, "Dockerfile");
  writeFileSync(f, text);
  chmodSync(f, mode);
  return { dir, file: f };
}

describe("writeFileAtomic", () => {
  it("replaces the content, keeps the mode and leaves only the file in the folder", async () => {
    for (const mode of [0o644, 0o600, 0o755, 0o4750]) {
      const { dir, file: f } = file("FROM a\n", mode);
      await writeFileAtomic(f, "FROM b\r\n# ünïcödé 🐳\r\n");
      expect(readFileSync(f, "utf8")).toBe("FROM b\r\n# ünïcödé 🐳\r\n");
      expect(statSync(f).mode & 0o7777).toBe(mode);
      expect(readdirSync(dir)).toEqual(["Dockerfile"]);
    }
  });

  it.skipIf(process.getuid?.() !== 0)("keeps the owner and group when running as root", async () => {
    const { file: f } = file("FROM a\n");
    chownSync(f, 4321, 8765);
    await writeFileAtomic(f, "FROM b\n");
    const st = statSync(f);
    expect([st.uid, st.gid]).toEqual([4321, 8765]);
  });

  it("replaces the target of a symbolic link and keeps the link", async () => {
    const { dir, file: f } = file("FROM a\n");
    const link = path.join(dir, "Dockerfile.link");
    symlinkSync("Dockerfile", link);
    await writeFileAtomic(link, "FROM c\n");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(f, "utf8")).toBe("FROM c\n");
    expect(readdirSync(dir).sort()).toEqual(["Dockerfile", "Dockerfile.link"]);
  });

  it("refuses what is not a regular file, with one line naming it", async () => {
    const dir = path.join(root, `d${n++}`);
    mkdirSync(dir);
    await expect(writeFileAtomic(dir, "x")).rejects.toThrow(new FixWriteError(`cannot write ${dir}: not a regular file`));
    await expect(writeFileAtomic(path.join(dir, "missing"), "x")).rejects.toThrow(`cannot write ${path.join(dir, "missing")}: no such file`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeFixedFile", () => {
  it("writes nothing when nothing changed (the modification time stays)", async () => {
    const { file: f } = file("FROM a\n");
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync(f, past, past);
    expect(await writeFixedFile(f, "FROM a\n", "FROM a\n")).toBe(false);
    expect(statSync(f).mtimeMs).toBe(past.getTime());
  });

  it("writes a changed text", async () => {
    const { file: f } = file("FROM a\nMAINTAINER x\n");
    expect(await writeFixedFile(f, "FROM a\nMAINTAINER x\n", 'FROM a\nLABEL maintainer="x"\n')).toBe(true);
    expect(readFileSync(f, "utf8")).toBe('FROM a\nLABEL maintainer="x"\n');
  });

  it("refuses a result that does not parse and leaves the file untouched", async () => {
    const { dir, file: f } = file("FROM a\nRUN echo hi\n");
    await expect(writeFixedFile(f, "FROM a\nRUN echo hi\n", "FROM a\nRUN <<EOF\necho hi\n")).rejects.toThrow(
      `not writing ${f}: the fixed text does not parse (unterminated-heredoc: unterminated heredoc)`,
    );
    expect(readFileSync(f, "utf8")).toBe("FROM a\nRUN echo hi\n");
    expect(readdirSync(dir)).toEqual(["Dockerfile"]);
  });

  it("refuses to overwrite a file that changed since it was read", async () => {
    const { file: f } = file("FROM edited-meanwhile\n");
    await expect(writeFixedFile(f, "FROM a\n", "FROM b\n")).rejects.toThrow(`not writing ${f}: it changed while it was being fixed`);
    expect(readFileSync(f, "utf8")).toBe("FROM edited-meanwhile\n");
  });
});
