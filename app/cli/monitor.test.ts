import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { xmlParts, xmlProblem } from "../../test/documents/ooxml";
import { cliIn } from "../../test/support/cli";

// Regions as tenants and the monitor through the CLI, on a database without demo data (MODELWERK_DEMO=0).

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;

const cli = cliIn(() => env);
const query = <T>(sql: string, ...params: unknown[]): T[] => {
  const db = new Database(env.DATABASE_PATH!, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
};
const cellCount = () => query<{ n: number }>("SELECT count(*) AS n FROM monitor_values")[0]!.n;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-monitor-cli-"));
  env = { NODE_ENV: "test", MODELWERK_DEMO: "0", DATABASE_PATH: join(dir, "modelwerk.db"), PUBLIC_URL: "https://modelwerk.example" };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("regions and municipalities", () => {
  test("a region is added and listed with its municipalities; a bad slug or CBS code is refused by name", async () => {
    expect((await cli("regions", "add", "--naam", "Achterhoek", "--slug", "achterhoek", "--provincie", "Gelderland")).code).toBe(0);
    const dup = await cli("regions", "add", "--naam", "Achterhoek", "--slug", "achterhoek");
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('--slug: Er bestaat al een regio "achterhoek".');
    expect((await cli("regions", "add", "--naam", "X", "--slug", "Hoofd Letters")).err).toContain("--slug: Een slug bestaat uit kleine letters");

    expect((await cli("municipalities", "add", "--regio", "achterhoek", "--naam", "Aalten", "--slug", "aalten", "--cbs-code", "GM0197")).code).toBe(0);
    const badCode = await cli("municipalities", "add", "--regio", "achterhoek", "--naam", "Berkelland", "--slug", "berkelland", "--cbs-code", "1859");
    expect(badCode.code).toBe(1);
    expect(badCode.err).toContain("--cbs-code: Een CBS-gemeentecode is GM met vier cijfers");
    expect((await cli("municipalities", "add", "--regio", "nergens", "--naam", "A", "--slug", "a", "--cbs-code", "GM0001")).code).toBe(2);

    expect((await cli("municipalities", "list", "--regio", "achterhoek")).out).toBe("aalten\tAalten\tGM0197");
    const regions = (await cli("regions", "list")).out.split("\n");
    expect(regions).toContain("achterhoek\tAchterhoek\tGelderland\t1 gemeenten");
    expect(regions).toContain("west-overijssel\tWest-Overijssel\tOverijssel\t10 gemeenten");
    expect((await cli("municipalities", "list", "--regio", "west-overijssel")).out).toContain("raalte\tRaalte\tGM0177");
  });

  test("models copy starts a region's model from another's: fresh id, own planned phases, no versions, no choices", async () => {
    const [twente] = query<{ id: number }>("SELECT m.id FROM models m JOIN regions r ON r.id = m.region_id WHERE r.slug = 'twente'");
    expect((await cli("choices", "set", "--gemeente", "borne", "ordinanceYear=2027")).code).toBe(0);
    const copied = await cli("models", "copy", "--van", String(twente!.id), "--regio", "west-overijssel", "--titel", "Model-urgentieverordening West-Overijssel");
    expect(copied.code, copied.err).toBe(0);
    const id = Number(/Model (\d+) opgeslagen/.exec(copied.out)![1]);
    expect(id).not.toBe(twente!.id);
    const [row] = query<{ slug: string; title: string }>("SELECT r.slug, m.title FROM models m JOIN regions r ON r.id = m.region_id WHERE m.id = ?", id);
    expect(row).toEqual({ slug: "west-overijssel", title: "Model-urgentieverordening West-Overijssel" });
    expect(query("SELECT * FROM choices WHERE model_id = ?", id)).toEqual([]);
    expect(query("SELECT * FROM versions WHERE model_id = ?", id)).toEqual([]);
    const phases = query<{ status: string; version_id: number | null }>("SELECT status, version_id FROM phases WHERE model_id = ?", id);
    expect(phases.length).toBe(8);
    expect(phases.every((p) => p.status === "gepland" && p.version_id === null)).toBe(true);
    expect((await cli("models", "list", "--regio", "west-overijssel")).out).toBe(`${id}\tModel-urgentieverordening West-Overijssel`);
    expect((await cli("models", "copy", "--van", "9999", "--regio", "west-overijssel", "--titel", "X")).err).toContain("--van: er is geen model 9999.");
  });
});

describe("monitor", () => {
  /** A valid file for two municipalities of West-Overijssel from the printed template. */
  async function filledTemplate(edit: (cells: Map<string, string>, slug: string) => void = () => {}): Promise<string> {
    const template = await cli("monitor", "template", "--regio", "west-overijssel");
    const [head, ...rows] = template.out.replace(/^\uFEFF/, "").split(/\r?\n/);
    const keys = head!.split(";");
    const lines = rows
      .filter((r) => r.startsWith("zwolle;") || r.startsWith("raalte;"))
      .map((r) => {
        const slug = r.split(";")[0]!;
        const cells = new Map(keys.map((k) => [k, "0"]));
        cells.set("gemeente", slug);
        cells.set("mutaties", slug === "zwolle" ? "400" : "80");
        cells.set("toewijzingen", slug === "zwolle" ? "60" : "10");
        cells.set("gehuisvest", "6");
        cells.set("categorie_beschermdWonen", "6");
        cells.set(slug === "zwolle" ? "herkomst_raalte" : "herkomst_raalte", slug === "zwolle" ? "2" : "6");
        if (slug === "zwolle") cells.set("herkomst_zwolle", "4");
        edit(cells, slug);
        return keys.map((k) => cells.get(k)).join(";");
      });
    const file = join(dir, `upload-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, [head, ...lines].join("\r\n"));
    return file;
  }

  test("template prints the header and a row per municipality of the region", async () => {
    const lines = (await cli("monitor", "template", "--regio", "west-overijssel")).out.replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(lines[0]).toMatch(/^gemeente;aanvragen;beschikkingen_toegekend;beschikkingen_afgewezen;gehuisvest;categorie_mantelzorg;/);
    expect(lines[0]).toContain(";herkomst_olst-wijhe;");
    expect(lines[0]).toContain(";herkomst_buiten-de-regio;mutaties;toewijzingen;statushouders;netto_toevoeging");
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual(["dalfsen", "hardenberg", "kampen", "olst-wijhe", "ommen", "raalte", "staphorst", "steenwijkerland", "zwartewaterland", "zwolle"]);
  });

  test("a bad file stores nothing, exits non-zero and names the cell", async () => {
    const negative = await filledTemplate((cells, slug) => slug === "raalte" && cells.set("mutaties", "-5"));
    const result = await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", "2026-1", negative);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Cel \w+2 \(Raalte, Mutaties: verhuurde sociale huurwoningen\): Een aantal kan niet negatief zijn\./);
    const tooMany = await filledTemplate((cells, slug) => slug === "zwolle" && cells.set("toewijzingen", "401"));
    expect((await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", "2026-1", tooMany)).err).toContain("(Zwolle, Toewijzingen aan wettelijk urgenten): Er kunnen niet meer toewijzingen");
    const foreign = await filledTemplate((cells, slug) => slug === "zwolle" && cells.set("gemeente", "almelo"));
    expect((await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", "2026-1", foreign)).err).toContain('Cel A3: "almelo" is geen gemeente van de regio.');
    expect(cellCount()).toBe(0);
    expect((await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", "2026-3", negative)).code).toBe(2);
  });

  test("a good file is stored; export and report take the latest half year with figures", async () => {
    expect((await cli("monitor", "export", "--regio", "west-overijssel", "--format", "json")).err).toContain("heeft nog geen cijfers");
    for (const period of ["2025-2", "2026-1"]) {
      const imported = await cli("monitor", "import", "--regio", "west-overijssel", "--halfjaar", period, await filledTemplate());
      expect(imported.code, imported.err).toBe(0);
      expect(imported.out).toContain(`2 gemeenten ingelezen voor ${period}`);
    }
    const json = JSON.parse((await cli("monitor", "export", "--regio", "west-overijssel", "--format", "json")).out);
    expect(json.halfjaar).toBe("2026-1");
    const zwolle = json.monitor.municipalities.find((m: { slug: string }) => m.slug === "zwolle");
    expect(zwolle.floor).toMatchObject({ mutations: 400, allocations: 60, meets: true, short: 0, sharePercent: 15 });
    const raalte = json.monitor.municipalities.find((m: { slug: string }) => m.slug === "raalte");
    expect(raalte.floor).toMatchObject({ meets: false, short: 2 }); // 15% of 80 is 12
    expect(zwolle.bijspringen).toBe(2);
    // Zwolle housed 2 of Raalte's in each of the two half years.
    expect(json.wederkerigheid).toEqual([expect.objectContaining({ a: "raalte", b: "zwolle", balance: -4 })]);

    const csv = (await cli("monitor", "export", "--regio", "west-overijssel", "--halfjaar", "2025-2", "--format", "csv")).out;
    expect(csv).toContain("2e halfjaar 2025");
    expect(csv).toContain("Zwolle;400;60;15,0%;15,0%;voldoet");
    expect(csv).toContain("Raalte;80;10;12,5%;15,0%;2 toewijzingen tekort");
  });

  test("the report is a Word file that LibreOffice converts and pandoc reads, with the floor check, ledger and charts", async () => {
    const docx = join(dir, "rapport.docx");
    const result = await cli("monitor", "report", "--regio", "west-overijssel", "-o", docx);
    expect(result.code, result.err).toBe(0);
    const parts = xmlParts(readFileSync(docx));
    for (const [name, xml] of parts) if (name.endsWith(".xml")) expect(xmlProblem(xml), name).toBeNull();
    const images = Object.entries(unzipSync(readFileSync(docx))).filter(([name]) => name.startsWith("word/media/"));
    expect(images.length).toBe(3);
    // PNG signature: resvg really rendered the charts.
    for (const [, data] of images) expect([...data.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(parts.get("word/document.xml")).toContain('descr="Ondergrens 15,0%. Onder de ondergrens: Raalte (12,5%).');
    const text = (await run("pandoc", ["-s", "-t", "plain", "--wrap=none", docx])).stdout; // -s: with the title
    expect(text).toContain("Monitor evenwichtige verdeling regio West-Overijssel, 1e halfjaar 2026");
    expect(text).toContain("Toets aan de ondergrens");
    expect(text).toMatch(/Raalte\s+80\s+10\s+12,5%\s+15,0%\s+2 toewijzingen tekort/);
    expect(text).toContain("Wederkerigheid");
    expect(text).toContain("Er staat geen noodknopmelding open.");
    expect(text).not.toContain("Demonstratiecijfers");
    await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", dir, docx], { timeout: 150_000 });
    expect(existsSync(join(dir, "rapport.pdf"))).toBe(true);
  }, 180_000);
});
