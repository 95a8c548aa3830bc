/** A write that fails half-way (here: the rename) removes its temp file and leaves the original as it was. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: vi.fn(async () => {
      throw Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" });
    }),
  };
});

const { writeFileAtomic, FixWriteError } = await import("../../src/fix/write.js");
const root = mkdtempSync(path.join(os.tmpdir(), "shipshape-write-fail-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it("removes the temp file and reports one line when the rename fails", async () => {
  const f = path.join(root, "Dockerfile");
  writeFileSync(f, "FROM a\n");
  const error = await writeFileAtomic(f, "FROM b\n").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FixWriteError);
  expect((error as Error).message).toBe(`cannot write ${f}: cannot rename across devices`);
  expect(readFileSync(f, "utf8")).toBe("FROM a\n");
  expect(readdirSync(root)).toEqual(["Dockerfile"]);
});
