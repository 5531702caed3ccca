import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { tempDir } from "../../test/support/server";
import { cliIn } from "../../test/support/cli";

const dir = tempDir("modelwerk-choices-cli-");
const env: NodeJS.ProcessEnv = {
  NODE_ENV: "test",
  DATABASE_PATH: join(dir, "modelwerk.db"),
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process on its own database and collects what it printed. */
const cli = cliIn(() => env);

describe("choices set", () => {
  test("stores valid choices of every shape, and lint --all still passes", async () => {
    const set = await cli(
      "choices",
      "set",
      "--gemeente",
      "almelo",
      "ordinanceYear=2027",
      "searchArea=kern",
      'validityExtension={"amount":2,"unit":"months"}',
      'localCategories=["scheiding"]',
      "applicationFeeCharged=true",
    );
    expect(set.err).toBe("");
    expect(set.code).toBe(0);
    expect(set.out).toContain("Almelo: ordinanceYear opgeslagen.");
    const lint = await cli("lint", "--all");
    expect(lint.code, lint.out).toBe(0);
    expect(lint.out).toContain("Almelo: geen fouten");
  });

  test("refuses an invalid value with the form's Dutch message and stores none of the others", async () => {
    const result = await cli("choices", "set", "--gemeente", "borne", "searchArea=kern", "ordinanceYear=2060", "onbekend=1");
    expect(result.code).toBe(1);
    expect(result.err).toContain("ordinanceYear: Jaartal in de titel en citeertitel: de waarde moet tussen 2025 en 2030 liggen.");
    expect(result.err).toContain('"onbekend" is geen keuzemogelijkheid van dit model.');
    const exported = JSON.parse((await cli("choices", "export", "--format", "json")).out);
    const borne = exported.gemeenten.find((g: { slug: string }) => g.slug === "borne");
    expect(borne.gemaakt).toBe(0);
  });

  test("refuses a regionally fixed slot", async () => {
    const result = await cli("choices", "set", "--gemeente", "borne", "minimumAge=21");
    expect(result.code).toBe(1);
    expect(result.err).toContain("regionaal vast");
  });
});

describe("choices export", () => {
  test("json lists all 14 municipalities with the value, text and deviation per slot", async () => {
    const result = await cli("choices", "export", "--format", "json");
    expect(result.code).toBe(0);
    const exported = JSON.parse(result.out);
    expect(exported.gemeenten).toHaveLength(14);
    const almelo = exported.gemeenten.find((g: { slug: string }) => g.slug === "almelo");
    expect(almelo.keuzes.ordinanceYear).toEqual({
      waarde: 2027,
      tekst: "2027",
      eigenKeuze: true,
      afwijkend: true,
    });
    expect(almelo.keuzes.validityExtension.tekst).toBe("2 maanden");
    expect(almelo.gemaakt).toBe(5);
  });

  test("csv has a header with every municipality and marks deviations", async () => {
    const result = await cli("choices", "export", "--format", "csv");
    const lines = result.out.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toContain("Almelo;Borne;Dinkelland;Enschede");
    expect(lines.find((l) => l.startsWith("Jaartal in de titel en citeertitel"))).toMatch(/;2026;≠ 2027;2026;/);
  });

  test("an unknown format is a usage error", async () => {
    expect((await cli("choices", "export", "--format", "xml")).code).toBe(2);
  });
});
