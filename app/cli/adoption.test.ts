import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { tempDir } from "../../test/support/server";
import { closeDatabase, openDatabase } from "../../db/client";
import { seedContent } from "../../db/seed/index";
import { getModelRow, listModels } from "../../db/queries/models";
import { findMunicipalityBySlug } from "../../db/queries/regions";
import { insertVersion } from "../../db/queries/consultation";
import { markDefinitive } from "../../db/queries/decisions";
import { markGereed } from "../../db/queries/gereed";
import { runCli } from "./main";

// `modelwerk adoption record` and `modelwerk in-force` on a database without demo data: Hengelo is made gereed against
// a definitive version of the seeded model (it keeps the regional text, so nothing needs a motivation).

const dir = tempDir("modelwerk-adoption-cli-");
const env: NodeJS.ProcessEnv = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db") };
const file = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === "string" ? json : JSON.stringify(json));
  return path;
};

async function cli(...argv: string[]) {
  const printed = { out: [] as string[], err: [] as string[] };
  const code = await runCli(argv, { out: (l) => printed.out.push(l), err: (l) => printed.err.push(l) }, env);
  return { code, out: printed.out.join("\n"), err: printed.err.join("\n") };
}

const TERM = "art-bemiddelingstafel-lid-termijn";

beforeAll(() => {
  const db = openDatabase(env.DATABASE_PATH!);
  try {
    seedContent(db);
    const row = getModelRow(db, listModels(db, 1)[0]!.id)!;
    markDefinitive(db, row.id, insertVersion(db, row.id, "Definitief", row.document, null), null);
    expect(markGereed(db, row.id, findMunicipalityBySlug(db, row.regionId, "hengelo")!.id, null)).toEqual([]);
  } finally {
    closeDatabase(db);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("adoption record", () => {
  test("refuses a municipality that is not gereed, and a bad amendment file, naming the file", async () => {
    const notReady = await cli("adoption", "record", "--gemeente", "almelo", "--datum", "2026-11-26", "--nummer", "12");
    expect(notReady.code).toBe(1);
    expect(notReady.err).toContain("Almelo is nog niet gereed voor besluitvorming");
    const broken = await cli("adoption", "record", "--gemeente", "hengelo", "--datum", "2026-11-26", "--nummer", "12", "--amendement", file("kapot.json", "{"));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("kapot.json: geen geldige JSON.");
    const shape = await cli("adoption", "record", "--gemeente", "hengelo", "--datum", "2026-11-26", "--nummer", "12", "--amendement", file("vorm.json", { number: "A1", title: "T", changes: [] }));
    expect(shape.err).toContain("“changes” moet een object zijn");
  });

  test("says per field and per provision what is wrong, and stores nothing", async () => {
    const wrong = file("fout.json", { number: "A1", title: "Sneller", changes: { "bestaat-niet": "x", [TERM]: "" } });
    const result = await cli("adoption", "record", "--gemeente", "hengelo", "--datum", "26-11-2026", "--nummer", "", "--amendement", wrong);
    expect(result.code).toBe(1);
    expect(result.err).toContain("--datum: Geef een datum als jjjj-mm-dd");
    expect(result.err).toContain("--nummer: Geef het nummer van het raadsbesluit.");
    expect(result.err).toContain(`fout.json, “bestaat-niet”: De bepaling “bestaat-niet” staat niet in de tekst.`);
    expect(result.err).toMatch(new RegExp(`fout.json, “${TERM}”: Geef de nieuwe tekst van artikel \\d+, derde lid\\.`));
    expect((await cli("in-force", "--gemeente", "hengelo")).code).toBe(1);
  });

  test("records the adoption with an amendment; in-force prints the amended text, as text and as JSON", async () => {
    const amendment = file("a1.json", { number: "A1", title: "Snellere bemiddeling", changes: { [TERM]: "De bemiddelingstafel brengt haar advies uit binnen drie weken nadat het is gevraagd." } });
    const result = await cli("adoption", "record", "--gemeente", "hengelo", "--datum", "2026-11-26", "--nummer", "2026-77", "--amendement", amendment);
    expect(result.err).toBe("");
    expect(result.out).toBe("Hengelo: vaststelling van 26 november 2026 (besluit 2026-77) vastgelegd, met 1 amendement.");
    const text = await cli("in-force", "--gemeente", "hengelo");
    expect(text.code).toBe(0);
    expect(text.out).toContain("Vastgesteld bij besluit van de raad van 26 november 2026, nummer 2026-77, zoals geamendeerd.");
    expect(text.out).toMatch(/Amendement A1: “Snellere bemiddeling”, wijzigt artikel \d+, derde lid\./);
    expect(text.out).toContain("binnen drie weken nadat het is gevraagd");
    expect(text.out).not.toContain("binnen vier weken nadat het is gevraagd");
    const json = JSON.parse((await cli("in-force", "--gemeente", "hengelo", "--format", "json")).out);
    expect(json).toMatchObject({ municipality: "hengelo", councilDate: "2026-11-26", decisionNumber: "2026-77", modelVersion: { number: 1, name: "Definitief" } });
    expect(json.amendments).toEqual([{ number: "A1", title: "Snellere bemiddeling", places: [expect.stringMatching(/^artikel \d+, derde lid$/)] }]);
    expect(JSON.stringify(json.text)).toContain("binnen drie weken");
    const again = await cli("adoption", "record", "--gemeente", "hengelo", "--datum", "2026-11-26", "--nummer", "2026-78");
    expect(again.err).toContain("--datum: De raad heeft op 26 november 2026 al een verordening vastgesteld");
  });
});
