import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { articleHeadings, parseModel, resolve, type Choices } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { runCli } from "../../app/cli/main";
import { xmlParts, xmlProblem } from "./ooxml";

// Every kind of document for two municipalities, made by the CLI (the same code as the page), checked as files:
// a zip of well-formed XML, convertible to PDF by LibreOffice, and read back by pandoc with every article heading
// and the municipality's chosen values. LibreOffice is the slow part, so all files go through one soffice call.

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
let versionId: number;
let phaseId: number;

const CHOICES: Record<string, Choices> = {
  almelo: { searchArea: "kern", ordinanceYear: 2027 },
  enschede: { applicationFeeCharged: true, applicationFee: 75, validityExtension: { amount: 2, unit: "months" } },
};
const CHOSEN_WORDS: Record<string, string[]> = { almelo: ["Almelo", "kernen aanwijst", "Urgentieverordening Almelo 2027"], enschede: ["Enschede", "€ 75", "twee maanden"] };
const SLUGS = Object.keys(CHOICES);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const file = (name: string) => join(dir, "docx", name);
const plain = new Map<string, string>();

/** The model JSON with the first article's heading renamed: an older version to compare with. */
function olderVersion(): unknown {
  const copy = structuredClone(twenteModel) as { type: string; content?: unknown[]; text?: string };
  let done = false;
  const visit = (node: { type: string; content?: unknown[]; text?: string }) => {
    if (done) return;
    if (node.type === "article") {
      const heading = node.content![0] as { content: { text: string }[] };
      heading.content = [{ ...heading.content[0]!, text: "Oude kop" }];
      done = true;
    }
    for (const child of (node.content ?? []) as (typeof node)[]) visit(child);
  };
  visit(copy);
  return copy;
}

function seedConsultation(path: string): void {
  const db = new Database(path);
  try {
    const model = db.prepare("SELECT id, region_id FROM models ORDER BY id LIMIT 1").get() as { id: number; region_id: number };
    const municipality = (slug: string) => (db.prepare("SELECT id FROM municipalities WHERE slug = ?").get(slug) as { id: number }).id;
    for (const slug of SLUGS) db.prepare("INSERT INTO municipality_statuses (model_id, municipality_id, status) VALUES (?, ?, 'gereed')").run(model.id, municipality(slug));
    const author = db
      .prepare("INSERT INTO users (email, name, organisation, role, region_id, active) VALUES ('h@test', 'H', 'Huurdersraad Almelo', 'huurders', ?, 1)")
      .run(model.region_id).lastInsertRowid;
    versionId = Number(db.prepare("INSERT INTO versions (model_id, name, document) VALUES (?, 'Consultatieversie', ?)").run(model.id, JSON.stringify(olderVersion())).lastInsertRowid);
    phaseId = Number(db.prepare("INSERT INTO phases (model_id, position, name, status) VALUES (?, 99, 'Consultatie huurders', 'gesloten')").run(model.id).lastInsertRowid);
    const article = [...articleHeadings(parseModel(twenteModel as object).doc).keys()][1]!;
    const comment = (body: string, anchor: string | null) =>
      db.prepare("INSERT INTO comments (phase_id, anchor_node_id, type, body, author_id, on_behalf_of) VALUES (?, ?, 'wens', ?, ?, 'Huurdersraad Almelo')").run(phaseId, anchor, body, author).lastInsertRowid;
    const answered = comment("Graag een kortere beslistermijn.", article);
    comment("Een algemene opmerking.", null);
    db.prepare("INSERT INTO comment_dispositions (comment_id, disposition, answer, published_at) VALUES (?, 'niet overgenomen', 'De termijn blijft acht weken.', 1)").run(answered);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-documents-"));
  env = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db"), PUBLIC_URL: "https://modelwerk.example" };
  for (const [slug, choices] of Object.entries(CHOICES)) {
    const set = await cli("choices", "set", "--gemeente", slug, ...Object.entries(choices).map(([k, v]) => `${k}=${JSON.stringify(v)}`));
    expect(set.code, set.err).toBe(0);
  }
  seedConsultation(env.DATABASE_PATH!);
  const jobs: string[][] = [
    ["model", "-o", file("model.docx")],
    ["nota", "--fase", String(phaseId), "-o", file("nota.docx")],
    ["adviesaanvraag-provincie", "-o", file("adviesaanvraag-provincie-gezamenlijk.docx")],
    ["adviesaanvraag-huurders", "-o", file("adviesaanvraag-huurders-gezamenlijk.docx")],
    ["wijzigingen", "--van", String(versionId), "-o", file("wijzigingen-model.docx")],
    ...SLUGS.flatMap((slug) =>
      ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie", "adviesaanvraag-huurders", "wijzigingen"].map((kind) => [
        kind,
        "--gemeente",
        slug,
        ...(kind === "wijzigingen" ? ["--van", String(versionId)] : []),
        "-o",
        file(`${kind}-${slug}.docx`),
      ]),
    ),
  ];
  for (const job of jobs) {
    const result = await cli("generate", ...job);
    expect(result.code, result.err).toBe(0);
  }
  const names = readdirSync(join(dir, "docx"));
  await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...names.map(file)], { timeout: 150_000 });
  await Promise.all(names.map(async (name) => plain.set(name, (await run("pandoc", ["-t", "plain", "--wrap=none", file(name)])).stdout)));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolved = (slug: string) => resolve(parseModel(twenteModel as object), CHOICES[slug]!, { name: slug === "almelo" ? "Almelo" : "Enschede", slug });
const ordinanceKinds = ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie", "adviesaanvraag-huurders"];

describe("every document as a file", () => {
  test("is a zip of well-formed XML parts and converts to PDF", () => {
    expect(plain.size).toBe(15);
    for (const name of plain.keys()) {
      const parts = xmlParts(readFileSync(file(name)));
      expect(parts.has("word/document.xml"), name).toBe(true);
      for (const [part, xml] of parts) expect(xmlProblem(xml), `${name}: ${part}`).toBeNull();
      const pdf = join(dir, "pdf", name.replace(/\.docx$/, ".pdf"));
      expect(existsSync(pdf), `${name} als PDF`).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  test("no document has an unfilled slot marker, except the model met varianten and texts about the model", () => {
    const highlighted = (name: string) => xmlParts(readFileSync(file(name))).get("word/document.xml")!.includes('w:highlight w:val="yellow"');
    for (const [name, text] of plain) {
      expect(text, name).not.toContain("nog in te vullen");
      // Texts about the model: the model itself, the comparison of model versions, and the model as the appendix of a
      // joint advice request (after "Bijlage"), where the choices still open are what the advice is about.
      if (name === "model.docx" || name === "wijzigingen-model.docx") continue;
      if (name.includes("gezamenlijk")) expect(text.slice(0, text.indexOf("Bijlage: de modelverordening"))).not.toMatch(/\[[^\]]*\]/);
      else expect(highlighted(name), name).toBe(false);
    }
    expect(highlighted("model.docx")).toBe(true);
    expect(plain.get("model.docx")).toContain("Keuzemogelijkheden en advies van de werkgroep");
  });
});

describe("municipal documents read back with pandoc", () => {
  test.each(SLUGS)("%s: every article heading and the chosen values", (slug) => {
    const headings = [...articleHeadings(resolved(slug).doc).values()];
    for (const kind of ordinanceKinds) {
      const text = plain.get(`${kind}-${slug}.docx`)!;
      for (const heading of headings) expect(text, `${kind}: ${heading}`).toContain(heading);
      for (const value of CHOSEN_WORDS[slug]!) expect(text, `${kind}: ${value}`).toContain(value);
    }
  });

  test("the raadsbesluit has the proposal's number, the decision and both signatures", () => {
    const text = plain.get("raadsbesluit-enschede.docx")!;
    expect(text).toMatch(/gelezen het voorstel van het college van burgemeester en wethouders van \d+ \w+ \d{4}, nummer \d{4}-\d+-enschede;/);
    expect(text).toContain("besluit:");
    expect(text).toContain("vast te stellen de Urgentieverordening Enschede");
    expect(text).toContain("Toelichting");
    expect(text).toMatch(/De voorzitter,[\s\S]*De griffier,/);
  });

  test("the raadsvoorstel lists the local choices with deviations and the consultation", () => {
    const text = plain.get("raadsvoorstel-enschede.docx")!;
    for (const section of ["Aanleiding", "Beoogd effect", "Argumenten", "Kanttekeningen", "Financiën", "Communicatie", "Vervolg"]) expect(text).toContain(section);
    expect(text).toMatch(/Hoogte van de leges\s+€ 75\s+€ 50\s+ja/);
    expect(text).toContain("Consultatie huurders");
    expect(text).toMatch(/Huurdersorganisatie\s+2\s+1 niet overgenomen, 1 nog niet beantwoord/);
    expect(text).toContain("Huurdersraad Almelo: Graag een kortere beslistermijn.");
  });

  test("joint advice requests list every municipality that is gereed, with its deviations", () => {
    const provincie = plain.get("adviesaanvraag-provincie-gezamenlijk.docx")!;
    expect(provincie).toContain("Gedeputeerde Staten van Overijssel");
    expect(provincie).toContain("Namens de gemeenten Almelo, Enschede");
    expect(provincie).toContain("Hoogte van de leges: € 75 (regionaal: € 50)");
    expect(plain.get("adviesaanvraag-huurders-gezamenlijk.docx")).toContain("De huurdersorganisaties in Twente");
  });

  test("the nota van beantwoording has a summary and every comment with its published answer", () => {
    const text = plain.get("nota.docx")!;
    expect(text).toContain("Samenvatting");
    expect(text).toContain("Huurdersraad Almelo (Huurdersorganisatie)");
    expect(text).toContain("De termijn blijft acht weken.");
    expect(text).toContain("Antwoord: nog niet beantwoord");
    expect(text.indexOf("Algemeen")).toBeLessThan(text.indexOf("Graag een kortere"));
  });
});

describe("wijzigingen", () => {
  test.each(["wijzigingen-almelo.docx", "wijzigingen-model.docx"])("%s holds real revisions, not coloured text", (name) => {
    const xml = xmlParts(readFileSync(file(name))).get("word/document.xml")!;
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Modelwerk"/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Modelwerk"[^>]*><w:r><w:delText[^>]*>Oude kop<\/w:delText>/);
    expect(xml).not.toContain("<w:color ");
  });
});

describe("the generate command", () => {
  test("refuses what makes no sense and writes one file per municipality with --all", async () => {
    expect((await cli("generate", "model", "--gemeente", "almelo", "-o", join(dir, "x.docx"))).code).toBe(2);
    expect((await cli("generate", "raadsbesluit", "-o", join(dir, "x.docx"))).code).toBe(2);
    expect((await cli("generate", "brief", "-o", join(dir, "x.docx"))).code).toBe(2);
    const all = await cli("generate", "raadsbesluit", "--all", "-o", join(dir, "alle"));
    expect(all.code, all.err).toBe(0);
    expect(readdirSync(join(dir, "alle"))).toHaveLength(14);
  });

  test("a municipality whose text has a problem gets what is missing instead of a document", async () => {
    const db = new Database(env.DATABASE_PATH!);
    // A stored choice the model no longer accepts is reported like a lint error (models.server.ts).
    db.prepare("UPDATE choices SET value = '99' WHERE slot_key = 'ordinanceYear'").run();
    db.close();
    const result = await cli("generate", "raadsbesluit", "--gemeente", "almelo", "-o", join(dir, "open.docx"));
    expect(result.code).toBe(1);
    expect(result.err).toContain("Almelo: dit document kan nog niet worden gemaakt.");
    expect(existsSync(join(dir, "open.docx"))).toBe(false);
  });
});
