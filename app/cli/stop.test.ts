import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDatabase, openDatabase } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";
import { cliRun } from "../../test/support/cli";
import { tempDir } from "../../test/support/server";
import { validateStop } from "../../test/support/stop-schema";
import { checkStop } from "../../templates/stop/index";

// `modelwerk stop`: the demo has Borne adopted with one amendment; Enschede has not adopted.

const dir = tempDir("modelwerk-stop-cli-");
const env: NodeJS.ProcessEnv = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db") };
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  // The server seeds the demo on start; the CLI only the content.
  const db = openDatabase(env.DATABASE_PATH!);
  await seedDatabase(db, { demo: true });
  closeDatabase(db);
});

test("writes the STOP XML of Borne's text in force, valid and signed", async () => {
  const file = join(dir, "borne.xml");
  const run = await cliRun(env, "stop", "--gemeente", "borne", "-o", file);
  expect(run.err).toBe("");
  expect([run.code, run.out]).toEqual([0, file]);
  const xml = readFileSync(file, "utf8");
  expect(validateStop(xml).ok).toBe(true);
  expect(checkStop(xml)).toEqual([]);
  expect(xml).toContain("Besluit van de raad van de gemeente Borne tot vaststelling van de Urgentieverordening Borne");
  expect(xml).toContain("<Al>Aldus vastgesteld in de openbare vergadering van 26 november 2026, zoals geamendeerd.</Al>");
  expect(xml).toContain("<Al>R. Welten</Al>");
  expect(xml).toContain('wordt="/akn/nl/act/gm0147/2026/');
});

test("refuses a municipality that has not adopted, in Dutch, and writes nothing", async () => {
  const file = join(dir, "enschede.xml");
  const run = await cliRun(env, "stop", "--gemeente", "enschede", "-o", file);
  expect(run.code).toBe(1);
  expect(run.err).toBe("Enschede heeft de verordening nog niet vastgesteld; er is nog geen tekst om te publiceren.");
  expect(() => readFileSync(file)).toThrow();
});

test("names what is missing in the call", async () => {
  const run = await cliRun(env, "stop", "--gemeente", "borne");
  expect(run.code).toBe(2);
  expect(run.err).toContain("Geef met -o het bestand op");
});
