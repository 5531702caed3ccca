import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { articleHeadings, parseModel, resolve, type Choices } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { xmlParts, xmlProblem } from "./ooxml";
import { cliIn } from "../support/cli";

// Every kind of document for two municipalities, made by the CLI (the same code as the page), checked as files:
// a zip of well-formed XML, convertible to PDF by LibreOffice, and read back by pandoc with every article heading
// and the municipality's chosen values. LibreOffice is the slow part, so all files go through one soffice call.

const run = promisify(execFile);
let dir: string;
let env: NodeJS.ProcessEnv;
let versionId: number;
let phaseId: number;
/** A phase in which every commenter saw only their own comments. */
let ownPhaseId: number;

const CHOICES: Record<string, Choices> = {
  // Almelo's council meets in 2027: its citeertitel cites 2027 and it takes effect after the meeting.
  almelo: { searchArea: "kern", ordinanceYear: 2027, effectiveDate: "2027-04-01" },
  enschede: { applicationFeeCharged: true, applicationFee: 75, validityExtension: { amount: 2, unit: "months" } },
};
const CHOSEN_WORDS: Record<string, string[]> = { almelo: ["Almelo", "kernen aanwijst", "Urgentieverordening Almelo 2027", "1 april 2027"], enschede: ["Enschede", "€ 75", "twee maanden"] };
const SLUGS = Object.keys(CHOICES);
/** The decision data each municipality records; each meeting lies before the municipality's date of entry into force and in the year its citeertitel cites. */
const COUNCIL_DATES: Record<string, string> = { almelo: "2027-02-08", enschede: "2026-04-20" };
const DECISIONS: Record<string, string[]> = Object.fromEntries(
  SLUGS.map((slug, i) => [
    slug,
    [
      `proposalNumber=RV-2026-${i + 1}`,
      "collegeDate=2026-03-10",
      `councilDate=${COUNCIL_DATES[slug]}`,
      "portfolioHolder=wethouder P. Wonen",
      `mayor=Burgemeester ${slug}`,
      `clerk=Griffier ${slug}`,
      `secretary=Secretaris ${slug}`,
      "contactName=C. Contact",
      `contactEmail=wonen@${slug}.nl`,
      "contactPhone=0546 541 111",
      `provinceReference=PROV-${slug}`,
      `tenantsReference=HUUR-${slug}`,
      `tenantOrganisations=Huurdersvereniging ${slug}; Markt 1; 7600 AA ${slug}`,
      "adviceProvinceSentOn=2026-02-02",
      "adviceTenantsSentOn=2026-02-03",
    ],
  ]),
);

const cli = cliIn(() => env);

const file = (name: string) => join(dir, "docx", name);
/** The long documents, which have headings and a table of contents. */
const LONG = ["raadsbesluit-almelo.docx", "raadsvoorstel-almelo.docx", "model.docx"];
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
    ownPhaseId = Number(db.prepare("INSERT INTO phases (model_id, position, name, status, comments_visible_to_all) VALUES (?, 100, 'Adviesronde huurders', 'gesloten', 0)").run(model.id).lastInsertRowid);
    const own = db.prepare("INSERT INTO comments (phase_id, anchor_node_id, type, body, author_id, on_behalf_of) VALUES (?, ?, 'bedenking', 'Alleen voor de redactie bedoeld.', ?, 'Huurdersraad Almelo')").run(ownPhaseId, article, author).lastInsertRowid;
    db.prepare("INSERT INTO comment_dispositions (comment_id, disposition, answer, published_at) VALUES (?, 'beantwoord', 'De werkgroep bespreekt dit in het regionale overleg.', 1)").run(own);
  } finally {
    db.close();
  }
}

/** Almelo's advice came in as letters: the province's as a PDF only, the tenants' as text and a Word letter. */
const PDF_LETTER = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const ADVICE_ALMELO = ["adviceTenantsReceivedOn=2026-03-01", "adviceTenantsText=De huurders steunen de regeling.", "adviceTenantsResponse=Het college neemt het advies over."];
const letters = () => ["--adviesbrief", `provincie=${join(dir, "advies-gs.pdf")}`, "--adviesbrief", `huurders:Huurdersvereniging almelo=${join(dir, "brief-huurders.docx")}`];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-documents-"));
  env = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db"), PUBLIC_URL: "https://modelwerk.example" };
  writeFileSync(join(dir, "advies-gs.pdf"), PDF_LETTER);
  writeFileSync(join(dir, "brief-huurders.docx"), (await run("pandoc", ["--print-default-data-file", "reference.docx"], { encoding: "buffer" })).stdout);
  for (const [slug, choices] of Object.entries(CHOICES)) {
    const set = await cli("choices", "set", "--gemeente", slug, ...Object.entries(choices).map(([k, v]) => `${k}=${JSON.stringify(v)}`));
    expect(set.code, set.err).toBe(0);
    const data = await cli("besluitvorming", "set", "--gemeente", slug, ...DECISIONS[slug]!, ...(slug === "almelo" ? [...ADVICE_ALMELO, ...letters()] : []));
    expect(data.code, data.err).toBe(0);
  }
  seedConsultation(env.DATABASE_PATH!);
  const jobs: string[][] = [
    ["model", "-o", file("model.docx")],
    ["nota", "--fase", String(phaseId), "-o", file("nota.docx")],
    ["nota", "--fase", String(ownPhaseId), "-o", file("nota-eigen.docx")],
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
  await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "odt", "--outdir", join(dir, "odt"), ...LONG.map(file)], { timeout: 150_000 });
  await Promise.all(names.map(async (name) => plain.set(name, (await run("pandoc", ["-t", "plain", "--wrap=none", file(name)])).stdout)));
}, 360_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const resolved = (slug: string) => resolve(parseModel(twenteModel as object), CHOICES[slug]!, { name: slug === "almelo" ? "Almelo" : "Enschede", slug });
const ordinanceKinds = ["raadsbesluit", "raadsvoorstel", "adviesaanvraag-provincie", "adviesaanvraag-huurders"];

describe("every document as a file", () => {
  test("is a zip of well-formed XML parts and converts to PDF", () => {
    expect(plain.size).toBe(16);
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
      if (name.includes("gezamenlijk")) expect(text.slice(0, text.indexOf("Bijlage: de regionale modelverordening"))).not.toMatch(/\[[^\]]*\]/);
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
    expect(text).toContain("gelezen het voorstel van het college van burgemeester en wethouders van 10 maart 2026, nummer RV-2026-2;");
    expect(text).toContain("Aldus vastgesteld in de openbare vergadering van 20 april 2026.");
    expect(text).toMatch(/De voorzitter,\s+\|\s+De griffier,[\s\S]*Burgemeester enschede\s+\|\s+Griffier enschede/);
    expect(text).toContain("besluit:");
    expect(text).toContain("vast te stellen de Urgentieverordening Enschede");
    expect(text).toContain("Toelichting");
    expect(text).toMatch(/De voorzitter,[\s\S]*De griffier,/);
  });

  test("the raadsvoorstel lists the local choices with deviations and the consultation", () => {
    const text = plain.get("raadsvoorstel-enschede.docx")!;
    for (const section of ["Samenvatting", "Aanleiding", "Beoogd effect", "Argumenten", "Kanttekeningen en risico's", "Financiën", "Communicatie", "Uitvoering en vervolg"]) expect(text).toContain(section);
    expect(text).toMatch(/Hoogte van de leges\s+€ 75\s+€ 50/);
    expect(text).toMatch(/Registratienummer\s+RV-2026-2/);
    expect(text).toMatch(/Portefeuillehouder\s+wethouder P. Wonen/);
    // Numbered beslispunten from the choices: Enschede charges a fee, so its tarieventabel changes too.
    expect(text).toMatch(/1\. de Urgentieverordening Enschede \d{4} vast te stellen;\s+2\. de tarieventabel bij de Legesverordening Enschede aan te vullen met de leges voor een aanvraag om een urgentieverklaring van € 75\./);
    expect(text).toContain("Consultatie huurders");
    expect(text).toMatch(/Huurdersorganisatie\s+2\s+1 niet overgenomen, 1 nog niet beantwoord/);
    expect(text).toContain("Huurdersraad Almelo (Huurdersorganisatie): Graag een kortere beslistermijn. Afhandeling: niet overgenomen. De termijn blijft acht weken.");
    expect(text).toMatch(/Burgemeester en wethouders van Enschede,[\s\S]*Secretaris enschede\s+\|\s+Burgemeester enschede/);
  });

  test("the raadsvoorstel names each received advice letter as a bijlage and shows the advice with what was done with it", () => {
    const text = plain.get("raadsvoorstel-almelo.docx")!.replace(/\s+/g, " ");
    // In the header block's table cell, one bijlage per line (pandoc draws the cell's borders between them).
    expect(text).toMatch(/\| Bijlagen \| 1\. Ontwerp van de Urgentieverordening Almelo 2027 \(in dit document\) [| ]+2\. Adviesbrief van Gedeputeerde Staten van Overijssel \(advies-gs\.pdf\) [| ]+3\. Adviesbrief van Huurdersvereniging almelo \(brief-huurders\.docx\) \|/);
    expect(text).toContain("Gedeputeerde Staten van Overijssel: zie de brief in bijlage 2. Wat ermee is gedaan: nog niet verwerkt");
    expect(text).toContain("De huurdersorganisaties, ontvangen op 1 maart 2026: De huurders steunen de regeling. (Zie de brief van Huurdersvereniging almelo in bijlage 3.) Wat ermee is gedaan: Het college neemt het advies over.");
    // Enschede received no advice: no letter among its bijlagen.
    expect(plain.get("raadsvoorstel-enschede.docx")).not.toContain("Adviesbrief");
  });

  test("the letter to the province greets its college by name", () => {
    for (const name of ["adviesaanvraag-provincie-almelo.docx", "adviesaanvraag-provincie-gezamenlijk.docx"]) expect(plain.get(name), name).toContain("Geacht college van Gedeputeerde Staten,");
    expect(plain.get("adviesaanvraag-huurders-almelo.docx")).toContain("Geachte bestuurders,");
  });

  test("joint advice requests list every municipality that is gereed, with its deviations", () => {
    const provincie = plain.get("adviesaanvraag-provincie-gezamenlijk.docx")!;
    expect(provincie).toContain("Gedeputeerde Staten van Overijssel");
    expect(provincie).toContain("Namens de gemeenten Almelo en Enschede vragen wij u");
    expect(provincie).toContain("De colleges van burgemeester en wethouders van Almelo en Enschede");
    expect(provincie).toMatch(/Ons kenmerk\s+PROV-almelo/);
    expect(provincie).toContain("Hoogte van de leges: € 75 (regionaal: € 50)");
    expect(provincie).toMatch(/Burgemeester en wethouders van Almelo,[\s\S]*Burgemeester en wethouders van Enschede,/);
    const huurders = plain.get("adviesaanvraag-huurders-enschede.docx")!;
    expect(huurders).toContain("Huurdersvereniging enschede\n\nMarkt 1\n\n7600 AA enschede");
    expect(huurders).toMatch(/Plaats en datum\s+Enschede, 3 februari 2026/);
  });

  test("the nota van beantwoording has a summary and every comment with its published answer", () => {
    const text = plain.get("nota.docx")!;
    expect(text).toContain("Samenvatting");
    expect(text).toContain("Van: Huurdersraad Almelo (Huurdersorganisatie); soort: wens");
    expect(text).toContain("Antwoord: De termijn blijft acht weken.");
    expect(text).toContain("Afhandeling: nog niet beantwoord");
    // Numbered in the order of the text, the comment on the whole text first; each names its place in words.
    expect(text).toMatch(/1\. De verordening als geheel[\s\S]*2\. artikel \d+/);
  });
});

describe("what a document quotes is defined by its audience", () => {
  test("of a phase whose comments only their authors saw, the raadsvoorstel and the nota give counts and answers, not the comments", () => {
    for (const name of ["raadsvoorstel-enschede.docx", "nota-eigen.docx"]) {
      const text = plain.get(name)!;
      expect(text, name).not.toContain("Alleen voor de redactie bedoeld.");
      expect(text, name).toContain("De werkgroep bespreekt dit in het regionale overleg.");
    }
    expect(plain.get("raadsvoorstel-enschede.docx")).toMatch(/Adviesronde huurders[\s\S]*Huurdersorganisatie\s+1\s+1 beantwoord/);
    expect(plain.get("nota-eigen.docx")).not.toContain("Huurdersraad Almelo");
    // A phase whose comments everyone saw is quoted, with its organisation.
    expect(plain.get("nota.docx")).toContain("Graag een kortere beslistermijn.");
  });
});

describe("wijzigingen", () => {
  test.each(["wijzigingen-almelo.docx", "wijzigingen-model.docx"])("%s holds real revisions, not coloured text", (name) => {
    const xml = xmlParts(readFileSync(file(name))).get("word/document.xml")!;
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Redactie"/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Redactie"[^>]*><w:r><w:delText[^>]*>Oude kop<\/w:delText>/);
    expect(xml).not.toContain("<w:color ");
  });
});

describe("Word itself", () => {
  test.each(LONG)("%s has real headings in LibreOffice (text:h), outline levels, Dutch as its language and a table of contents that needs no field update", (name) => {
    const odt = unzipSync(readFileSync(join(dir, "odt", name.replace(/\.docx$/, ".odt"))));
    const content = strFromU8(odt["content.xml"]!);
    const headings = [...content.matchAll(/<text:h[^>]*>([\s\S]*?)<\/text:h>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    expect(headings.some((h) => /^Artikel 1\b/.test(h)), name).toBe(true);
    expect(headings.some((h) => /^Hoofdstuk 1\b/.test(h)), name).toBe(true);
    const parts = xmlParts(readFileSync(file(name)));
    expect(parts.get("docProps/core.xml")).toContain("<dc:language>nl-NL</dc:language>");
    expect(parts.get("word/styles.xml")).toMatch(/<w:outlineLvl w:val="0"\/>/);
    expect(parts.get("word/document.xml")).toMatch(/<w:hyperlink [^>]*w:anchor="inhoud_1"/);
    expect(parts.get("word/settings.xml") ?? "").not.toContain("w:updateFields");
  });

  test("citations of national law are links to wetten.overheid.nl, as LibreOffice opens the raadsbesluit", () => {
    const content = strFromU8(unzipSync(readFileSync(join(dir, "odt", "raadsbesluit-almelo.odt")))["content.xml"]!);
    expect(content).toMatch(/<text:a [^>]*xlink:href="https:\/\/wetten.overheid.nl\/jci1.3:c:BWBR0005416&amp;artikel=149"[^>]*>(?:<[^>]+>)*artikel 149 van de Gemeentewet/);
  });

  test("the raadsbesluit's slotformulier stands on the page of the last article, and the toelichting begins a page", async () => {
    const pages = (await run("pdftotext", ["-layout", join(dir, "pdf", "raadsbesluit-almelo.pdf"), "-"])).stdout.split("\f");
    const slot = pages.findIndex((p) => p.includes("Aldus vastgesteld in de openbare vergadering van 8 februari 2027."));
    expect(slot).toBeGreaterThan(0);
    const citeertitel = [...articleHeadings(resolved("almelo").doc).values()].at(-1)!;
    expect(pages[slot]).toContain(citeertitel);
    expect(pages[slot]).toMatch(/De voorzitter,\s+De griffier,/);
    expect(pages[slot]).toMatch(/Burgemeester almelo\s+Griffier almelo/);
    // The header (the municipality) and the mark of a werkversie aside, "Toelichting" is the first line of its page.
    const notes = pages.findIndex((p, i) => i > slot && /^\s*Toelichting\s*$/m.test(p));
    expect(notes).toBeGreaterThan(slot);
    const before = pages[notes]!.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(before.slice(0, before.indexOf("Toelichting"))).toEqual(["Gemeente Almelo"]);
  });
});

describe("the besluitvorming command", () => {
  test("attaches a letter through the page's checks: a file that is no letter is refused whatever its name, and nothing is stored", async () => {
    const before = await cli("besluitvorming", "show", "--gemeente", "almelo");
    expect(before.out).toContain("--adviesbrief provincie=advies-gs.pdf\t# PDF");
    expect(before.out).toContain("--adviesbrief huurders:Huurdersvereniging almelo=brief-huurders.docx\t# DOCX");
    writeFileSync(join(dir, "vermomd.pdf"), "geen brief, alleen een naam");
    const refused = await cli("besluitvorming", "set", "--gemeente", "almelo", "proposalNumber=RV-ANDERS", "--adviesbrief", `provincie=${join(dir, "vermomd.pdf")}`);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("adviesbrief:provincie: Dit bestand is geen PDF en geen Word-document (.docx), wat de naam ook zegt.");
    expect((await cli("besluitvorming", "show", "--gemeente", "almelo")).out).toBe(before.out);
  });
});

describe("the generate command", () => {
  test("refuses what makes no sense and writes one file per municipality with --all", async () => {
    expect((await cli("generate", "model", "--gemeente", "almelo", "-o", join(dir, "x.docx"))).code).toBe(2);
    expect((await cli("generate", "raadsbesluit", "-o", join(dir, "x.docx"))).code).toBe(2);
    expect((await cli("generate", "brief", "-o", join(dir, "x.docx"))).code).toBe(2);
    // Only the two municipalities with decision data get one; the others are named with what they lack.
    const all = await cli("generate", "raadsbesluit", "--all", "-o", join(dir, "alle"));
    expect(all.code).toBe(1);
    expect(readdirSync(join(dir, "alle")).sort()).toEqual(["raadsbesluit-almelo.docx", "raadsbesluit-enschede.docx"]);
    expect(all.err).toContain("Wierden: dit document kan nog niet worden gemaakt.");
  });

  test("with --all the bundled CLI shares the municipalities with a worker: the same files and the same report, in the same order", async () => {
    const sequential = await cli("generate", "raadsbesluit", "--all", "-o", join(dir, "een"));
    // The bundle (npm run build) is what runs workers; the sources make documents one by one, as cli() just did.
    const shared = await run("node", ["build/cli/modelwerk.mjs", "generate", "raadsbesluit", "--all", "-o", join(dir, "twee")], { env: { ...process.env, ...env, MODELWERK_WORKERS: "1" } }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect("code" in shared ? shared.code : 0).toBe(sequential.code);
    expect(shared.stdout.trim()).toBe(sequential.out.replaceAll(join(dir, "een"), join(dir, "twee")));
    expect(shared.stderr.trim()).toBe(sequential.err);
    // A bookmark's number is unique per document, counted per thread; everything else is the same.
    const parts = (folder: string, name: string) => {
      const files = unzipSync(readFileSync(join(dir, folder, name)));
      return Object.fromEntries(Object.entries(files).filter(([part]) => part !== "docProps/core.xml").map(([part, bytes]) => [part, strFromU8(bytes).replace(/(<w:bookmark(?:Start|End)\b[^>]*w:id=")\d+/g, "$1#")]));
    };
    for (const name of readdirSync(join(dir, "een"))) expect(parts("twee", name), name).toEqual(parts("een", name));
  }, 120_000);

  test("a document whose decision data is missing is refused with the list of what is missing", async () => {
    const result = await cli("generate", "raadsbesluit", "--gemeente", "borne", "-o", join(dir, "borne.docx"));
    expect(result.code).toBe(1);
    for (const label of ["Registratienummer van het voorstel", "Datum van het collegebesluit", "Datum van de raadsvergadering", "Burgemeester (voorzitter van de raad)", "Griffier"])
      expect(result.err).toContain(`Borne, besluitvorming: “${label}” is nog niet ingevuld`);
    expect(existsSync(join(dir, "borne.docx"))).toBe(false);
    const bad = await cli("besluitvorming", "set", "--gemeente", "borne", "councilDate=2026-02-30", "collegeDate=2026-03-01");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("councilDate: Geef een datum als jjjj-mm-dd");
    const order = await cli("besluitvorming", "set", "--gemeente", "borne", "councilDate=2026-02-01", "collegeDate=2026-03-01");
    expect(order.err).toContain("councilDate: De raadsvergadering kan niet vóór het collegebesluit liggen.");
    // Nothing of a refused set is stored.
    expect((await cli("besluitvorming", "show", "--gemeente", "borne")).out).toContain("collegeDate=\t");
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
