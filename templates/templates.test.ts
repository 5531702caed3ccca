import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { articleHeadings, parseModel, renderText, resolve } from "../ordinance-model/index";
import { twenteModel } from "../db/seed/twente-model";
import { blockText } from "./blocks";
import { ordinanceBlocks } from "./ordinance";
import { raadsbesluit } from "./raadsbesluit";
import { wijzigingen } from "./wijzigingen";
import { nota } from "./nota";

const model = parseModel(twenteModel as object);
const almelo = resolve(model, { objectionAdvice: "college" }, { name: "Almelo", slug: "almelo" });
const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)["word/document.xml"]!);

describe("ordinance blocks", () => {
  test("numbers, headings and reference words are those of the text renderer", () => {
    const text = renderText(almelo);
    const blocks = ordinanceBlocks(almelo);
    for (const b of blocks.filter((b) => b.style.startsWith("heading") || b.style === "member" || b.style === "item")) {
      expect(text, b.style).toContain(blockText(b).replace("\t", " ").trim());
    }
    // Every article has the one article style; its outline level is one below its chapter (or section), so the
    // navigation pane nests it.
    const body = blocks.slice(0, blocks.findIndex((b) => blockText(b) === "Toelichting"));
    const articles = body.filter((b) => b.style === "article");
    expect(articles.length).toBe(articleHeadings(almelo.doc).size);
    expect(articles.every((b) => blockText(b).startsWith("Artikel "))).toBe(true);
    const inSection = articles.filter((b) => b.outline === 2).length;
    expect(inSection).toBeGreaterThan(0);
    expect(articles.filter((b) => b.outline === 1).length).toBeGreaterThan(0);
  });

  test("a resolved ordinance has no placeholder; the model marks every slot", () => {
    expect(ordinanceBlocks(almelo).some((b) => b.runs.some((r) => r.placeholder))).toBe(false);
    const modelBlocks = ordinanceBlocks(model);
    expect(modelBlocks.some((b) => b.style === "placeholder")).toBe(true);
    expect(modelBlocks.flatMap((b) => b.runs).filter((r) => r.placeholder).length).toBeGreaterThan(model.slots.size / 2);
  });
});

describe("Word output", () => {
  test("a raadsbesluit uses Word's heading styles and our named styles, on A4 with page numbers", async () => {
    const xml = documentXml(
      await raadsbesluit({ resolved: almelo, data: { proposalNumber: "RV-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } }),
    );
    for (const style of ["Title", "Heading1", "Heading2", "Artikelkop", "Lid", "Onderdeel"]) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(xml).not.toContain("w:numPr");
  });

  test("the default line spacing is proportional, so a wrapped title or heading in a large size does not overlap itself", async () => {
    // Without w:lineRule LibreOffice reads w:line="276" as a fixed 13.8 pt, and the two lines of a long title overlap.
    const styles = strFromU8(unzipSync(await raadsbesluit({ resolved: almelo, data: { proposalNumber: "RV-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } }))["word/styles.xml"]!);
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing [^>]*w:line="276" w:lineRule="auto"/);
  });

  test("a citation of national law is a hyperlink to its JCI at wetten.overheid.nl", async () => {
    const docx = await raadsbesluit({ resolved: almelo, data: { proposalNumber: "RV-1", collegeDate: "2026-11-03", councilDate: "2026-12-14", mayor: "A. Burgemeester", clerk: "G. Griffier" } });
    const xml = documentXml(docx);
    const rels = strFromU8(unzipSync(docx)["word/_rels/document.xml.rels"]!);
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>).)*?artikel 7:5 van de Algemene wet bestuursrecht/s.exec(xml);
    expect(link).not.toBeNull();
    expect(rels).toMatch(new RegExp(`Id="${link![1]}"[^>]*Target="https://wetten.overheid.nl/jci1.3:c:BWBR0005537&amp;artikel=7:5"[^>]*TargetMode="External"|Target="https://wetten.overheid.nl/jci1.3:c:BWBR0005537&amp;artikel=7:5"[^>]*Id="${link![1]}"`));
  });

  test("changed blocks become word-level revisions; added and removed blocks are revisions whole", async () => {
    const borne = resolve(model, { objectionAdvice: "college", applicationFeeCharged: true }, { name: "Borne", slug: "borne" });
    const author = { name: "Rianne de Redacteur", date: "2026-11-03T00:00:00Z" };
    const xml = documentXml(await wijzigingen({ title: "W", organisation: "O", fromLabel: "a", toLabel: "b", before: almelo, after: borne, authors: () => author }));
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>Almelo<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r><w:t[^>]*>Borne<\/w:t>/);
    // The fee article only exists where a fee is charged: inserted as a whole.
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:t[^>]*>[^<]*leges/);
    expect(xml).not.toContain("<w:color ");
  });
});

describe("nota van beantwoording", () => {
  test("a phase without reactions says so, with no empty summary table or answers section", async () => {
    const xml = documentXml(await nota({ modelTitle: "Model-urgentieverordening Twente", phaseName: "Bestaande regels in beeld", regionName: "Twente", date: "2026-12-02", public: true, entries: [], dispositionOrder: ["overgenomen"] }));
    expect(xml).toContain("In deze fase kwamen geen reacties binnen.");
    expect(xml).not.toContain("0 reacties");
    expect(xml).not.toContain("Samenvatting");
    expect(xml).not.toContain("<w:tbl>");
  });
});
