import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { closeDatabase, openDatabase } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";
import { tempDir } from "../../test/support/server";
import { runCli } from "./main";

const dir = tempDir("modelwerk-demo-lint-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("lint --all is clean for all 14 municipalities with the demo choices", async () => {
  const path = join(dir, "modelwerk.db");
  const db = openDatabase(path);
  await seedDatabase(db, { demo: true });
  closeDatabase(db);
  const out: string[] = [];
  const code = await runCli(["lint", "--all"], { out: (l) => out.push(l), err: (l) => out.push(l) }, { NODE_ENV: "test", DATABASE_PATH: path });
  expect(code, out.join("\n")).toBe(0);
  expect(out.filter((l) => l.endsWith(": geen fouten"))).toHaveLength(14);
});
