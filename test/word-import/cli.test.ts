import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { articleHeadings, parseModel, resolve } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { raadsbesluit } from "../../templates/raadsbesluit";
import { CONTENT_TYPES_XML, documentXml, para, wordFile } from "./word-file";
import { cliIn } from "../support/cli";

// `models import-docx` prints the report and stores nothing until --opslaan; a bad file is refused in Dutch, stored never.

let dir: string;
let env: NodeJS.ProcessEnv;
let articles: number;

const cli = cliIn(() => env);
const modelCount = async () => (await cli("models", "list")).out.split("\n").filter(Boolean).length;
const path = (name: string, data: Uint8Array) => (writeFileSync(join(dir, name), data), join(dir, name));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-import-"));
  env = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db"), PUBLIC_URL: "https://modelwerk.example" };
  const almelo = resolve(parseModel(twenteModel as object), { objectionAdvice: "college" }, { name: "Almelo", slug: "almelo" });
  articles = articleHeadings(almelo.doc).size;
  path("raadsbesluit.docx", await raadsbesluit({ resolved: almelo, data: { proposalNumber: "2026-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("models import-docx", () => {
  test("prints the report and stores nothing without --opslaan; with it, the model", async () => {
    const before = await modelCount();
    const dry = await cli("models", "import-docx", join(dir, "raadsbesluit.docx"), "--titel", "Uit Word");
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toMatch(new RegExp(`Gevonden: .* ${articles} artikelen`));
    expect(dry.out).toContain("Niet geplaatst (blok");
    expect(dry.out).toContain("Niets opgeslagen");
    expect(await modelCount()).toBe(before);
    const stored = await cli("models", "import-docx", join(dir, "raadsbesluit.docx"), "--titel", "Uit Word", "--opslaan");
    expect(stored.code, stored.err).toBe(0);
    expect((await cli("models", "list")).out).toContain("Uit Word");
    expect(await modelCount()).toBe(before + 1);
  });

  test("bad files are refused with a Dutch message and nothing is stored", async () => {
    const before = await modelCount();
    const bad = {
      "tekst.docx": strToU8("geen Word"),
      "macro.docm": wordFile({ "word/document.xml": documentXml(para("x")), "word/vbaProject.bin": new Uint8Array([1]) }, CONTENT_TYPES_XML),
      "bom.docx": wordFile({ "word/document.xml": documentXml(para("x".repeat(4 * 1024 * 1024))) }),
      "xxe.docx": wordFile({ "word/document.xml": `<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document/>` }),
      "leeg.docx": wordFile({ "word/document.xml": documentXml(para("Alleen een zin.")) }),
    };
    const expected = [/geen Word-bestand/, /macro's/, /pakt uit/, /DOCTYPE/, /geen artikelen gevonden/];
    for (const [i, [name, data]] of Object.entries(bad).entries()) {
      const result = await cli("models", "import-docx", path(name, data), "--titel", "Fout", "--opslaan");
      expect(result.code, name).toBe(1);
      expect(result.err, name).toMatch(expected[i]!);
    }
    expect(await modelCount()).toBe(before);
  });

  test("an unknown choice for tracked changes is a usage error", async () => {
    const result = await cli("models", "import-docx", join(dir, "raadsbesluit.docx"), "--titel", "X", "--wijzigingen", "misschien");
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/--wijzigingen aanvaarden\|verwerpen/);
  });
});
