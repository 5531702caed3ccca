import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../../app/cli/main";
import { closeDatabase, openDatabase } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";
import { xmlParts, xmlProblem } from "../documents/ooxml";
import { validateStop } from "../support/stop-schema";

// `modelwerk amendment` on the demo: Borne adopted its ordinance (with one amendment) from an older definitive version,
// and the model has a newer one. The draft amending ordinance reads as one; its Word files open in LibreOffice and
// pandoc reads the instructions back.

const run = promisify(execFile);
let dir: string;
const file = (name: string) => join(dir, name);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { ...process.env, DATABASE_PATH: file("modelwerk.db"), MODELWERK_DEMO: "1" });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-amendment-"));
  const db = openDatabase(file("modelwerk.db"));
  await seedDatabase(db, { demo: true });
  closeDatabase(db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("modelwerk amendment", () => {
  test("writes Borne's draft amending ordinance as text", async () => {
    const result = await cli("amendment", "--gemeente", "borne", "-o", file("borne.txt"));
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Borne: ontwerp-wijzigingsverordening van modelversie \d+ naar \d+, (1 wijzigingsopdracht|\d+ wijzigingsopdrachten),/);
    const text = readFileSync(file("borne.txt"), "utf8");
    expect(text).toMatch(/^Verordening tot wijziging van de Urgentieverordening Borne 20\d\d\n/);
    expect(text).toMatch(/\nArtikel I\n\nDe Urgentieverordening Borne 20\d\d wordt als volgt gewijzigd:\n\nA\n\n/);
    expect(text).toContain("\nArtikel II\n\nDeze verordening treedt in werking met ingang van de dag na die van haar bekendmaking.\n");
  }, 120_000);

  test("refuses a municipality that has not adopted, and a version that is not newer, in Dutch", async () => {
    const almelo = await cli("amendment", "--gemeente", "almelo", "-o", file("almelo.txt"));
    expect(almelo.code).toBe(1);
    expect(almelo.err).toBe("De raad van Almelo heeft de verordening nog niet vastgesteld; er is niets te wijzigen.");
    expect(existsSync(file("almelo.txt"))).toBe(false);
    const old = await cli("amendment", "--gemeente", "borne", "--naar", "1", "-o", file("old.txt"));
    expect(old.code).toBe(1);
    expect(old.err).toMatch(/^(Modelversie 1 is geen definitieve versie van dit model\.|De geldende tekst van Borne volgt modelversie \d+; modelversie 1 is daar niet nieuwer dan\.)$/);
    const bad = await cli("amendment", "--gemeente", "borne", "--format", "pdf", "-o", file("x"));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Onbekend formaat "pdf"; kies text, docx of stop.');
  }, 120_000);

  test("writes Borne's amending ordinance as STOP XML that validates, once the decision's date and number are given", async () => {
    const missing = await cli("amendment", "--gemeente", "borne", "--format", "stop", "-o", file("borne.xml"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Voor STOP zijn de datum en het nummer van het raadsbesluit nodig: --datum JJJJ-MM-DD --nummer N.");
    const result = await cli("amendment", "--gemeente", "borne", "--format", "stop", "--datum", "2027-06-14", "--nummer", "RV-2027-31", "-o", file("borne.xml"));
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const xml = readFileSync(file("borne.xml"), "utf8");
    const verdict = validateStop(xml);
    expect(verdict.output).toContain("validates");
    expect(verdict.ok).toBe(true);
    expect(xml).toMatch(/<RegelingMutatie componentnaam="wijziging" was="\/akn\/nl\/act\/gm0147\/\d{4}\/[^"]+;1" wordt="[^"]+\/nld@2027-06-14;2"><Vervang wat="[^"]*art_\d+">/);
  }, 120_000);

  test("writes the raadsbesluit and the raadsvoorstel in Word, which LibreOffice converts and pandoc reads", async () => {
    for (const soort of ["raadsbesluit", "raadsvoorstel"]) expect((await cli("amendment", "--gemeente", "borne", "--format", "docx", "--soort", soort, "-o", file(`${soort}.docx`))).code).toBe(0);
    const names = ["raadsbesluit.docx", "raadsvoorstel.docx"];
    await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", dir, ...names.map(file)], { timeout: 150_000 });
    const text = (await cli("amendment", "--gemeente", "borne", "-o", file("borne.txt")), readFileSync(file("borne.txt"), "utf8"));
    const firstSentence = text.split("\n\nA\n\n")[1]!.split("\n")[0]!;
    for (const name of names) {
      for (const [part, xml] of xmlParts(readFileSync(file(name)))) expect(xmlProblem(xml), `${name}: ${part}`).toBeNull();
      expect(readFileSync(file(name.replace(/\.docx$/, ".pdf"))).subarray(0, 5).toString()).toBe("%PDF-");
      const plain = (await run("pandoc", ["-t", "plain", "--wrap=none", file(name)])).stdout;
      expect(plain).toContain("Artikel I");
      expect(plain).toContain(firstSentence.replace(/“|”/g, (q) => q));
      expect(plain).toContain("Artikel II");
    }
    const besluit = (await run("pandoc", ["-t", "plain", "--wrap=none", file("raadsbesluit.docx")])).stdout;
    expect(besluit).toMatch(/vast te stellen de Verordening tot wijziging van de Urgentieverordening Borne 20\d\d\./);
    // Without the meeting that is to adopt it, the draft leaves the date open; not the date of the first decision.
    expect(besluit).toContain("Aldus vastgesteld in de openbare vergadering van [datum].");
    expect(besluit).not.toContain("26 november 2026");
    const voorstel = (await run("pandoc", ["-t", "plain", "--wrap=none", file("raadsvoorstel.docx")])).stdout;
    expect(voorstel).toContain("Voorgesteld besluit");
    expect(voorstel).toContain("Bijlage: Verordening tot wijziging van de Urgentieverordening Borne");
  }, 240_000);

  test("dates the draft raadsbesluit on the meeting given with --datum, and refuses a date in another form", async () => {
    expect((await cli("amendment", "--gemeente", "borne", "--format", "docx", "--datum", "2027-06-28", "-o", file("gedateerd.docx"))).code).toBe(0);
    const besluit = (await run("pandoc", ["-t", "plain", "--wrap=none", file("gedateerd.docx")])).stdout;
    expect(besluit).toContain("Aldus vastgesteld in de openbare vergadering van 28 juni 2027.");
    const wrong = await cli("amendment", "--gemeente", "borne", "--format", "docx", "--datum", "28-06-2027", "-o", file("fout.docx"));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--datum verwacht een datum als JJJJ-MM-DD, zoals 2027-06-28; niet "28-06-2027".');
  }, 120_000);
});
