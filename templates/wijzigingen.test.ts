import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, test } from "vitest";
import { parseModel, type OrdinanceModel } from "../ordinance-model/index";
import { fixtureModelJson } from "../ordinance-model/testing/fixture-model";
import type { Json } from "../ordinance-model/testing/builder";
import { blockText } from "./blocks";
import { ordinanceBlocks } from "./ordinance";
import { wijzigingen } from "./wijzigingen";

// The tracked changes between two versions that differ by an inserted member, a deleted item, a reworded sentence and
// a moved article, read back by pandoc: accepting every revision gives the new text, rejecting every one the old.

const dir = mkdtempSync(join(tmpdir(), "modelwerk-wijzigingen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Node = Json & { content?: Node[] };
const find = (node: Node, id: string): { parent: Node; index: number } | null => {
  for (const [index, child] of (node.content ?? []).entries()) {
    if (child.attrs?.id === id) return { parent: node, index };
    const deeper = find(child, id);
    if (deeper) return deeper;
  }
  return null;
};

function edited(): OrdinanceModel {
  const json = fixtureModelJson() as Node;
  // An inserted member after the first of its article: the members after it get a new number.
  const first = find(json, "art-beslissing-lid-termijn")!;
  first.parent.content!.splice(first.index + 1, 0, { type: "member", attrs: { id: "lid-gesprek", condition: null }, content: [{ type: "paragraph", attrs: { condition: null }, content: [{ type: "text", text: "Het college kan de aanvrager uitnodigen voor een gesprek." }] }] });
  // A reworded sentence.
  const termijn = first.parent.content![first.index]!.content![0]!.content![0]!;
  termijn.text = termijn.text!.replace("acht weken", "zes weken");
  // A deleted item: the one after it gets a new letter.
  const item = find(json, "verklaring-zoekprofiel")!;
  item.parent.content!.splice(item.index, 1);
  // A moved article: the short title before the entry into force.
  const short = find(json, "art-citeertitel")!;
  const [moved] = short.parent.content!.splice(short.index, 1);
  const entry = find(json, "art-inwerkingtreding")!;
  entry.parent.content!.splice(entry.index, 0, moved!);
  return parseModel(json);
}

const before = parseModel(fixtureModelJson());
const after = edited();
const author = { name: "Wim Werkgroep", date: "2026-11-20T10:15:00Z" };
const build = (a: OrdinanceModel, b: OrdinanceModel) => wijzigingen({ title: "Wijzigingen", organisation: "Regio Twente", fromLabel: "versie 1", toLabel: "versie 2", before: a, after: b, authors: () => author });

let n = 0;
async function pandoc(docx: Promise<Uint8Array>, changes: "accept" | "reject"): Promise<string> {
  const path = join(dir, `${++n}.docx`);
  writeFileSync(path, await docx);
  const text = execFileSync("pandoc", [`--track-changes=${changes}`, "-t", "plain", "--wrap=none", path]).toString();
  return text.slice(text.indexOf("Tekst met wijzigingen"));
}

/** Paragraphs of document.xml with their accepted text and the text of their insertions and deletions. */
function paragraphsOf(xml: string) {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(([p]) => {
    const texts = (re: RegExp) => [...p.matchAll(re)].map((m) => m[1]!.replace(/<w:tab\/>/g, "\t").replace(/<[^>]+>/g, "")).join("");
    return {
      xml: p,
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === "<w:tab/>" ? "\t" : m[1])).join(""),
      inserted: [...p.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map((m) => m[1]!.replace(/<w:tab\/>/g, "\t").replace(/<[^>]+>/g, "")),
      deleted: [...p.matchAll(/<w:del [^>]*>([\s\S]*?)<\/w:del>/g)].map((m) => m[1]!.replace(/<w:tab\/>/g, "\t").replace(/<[^>]+>/g, "")),
      all: texts(/([\s\S]*)/g),
    };
  });
}

describe("wijzigingen by node id", () => {
  test("accepting every revision gives the new text, rejecting every one the old text", async () => {
    const [accepted, rejected, newText, oldText] = await Promise.all([pandoc(build(before, after), "accept"), pandoc(build(before, after), "reject"), pandoc(build(after, after), "accept"), pandoc(build(before, before), "accept")]);
    expect(accepted).toBe(newText);
    expect(rejected).toBe(oldText);
    expect(newText).not.toBe(oldText);
  });

  test("the inserted member is one insertion, its paragraph mark included; the moved article is deleted and inserted whole", async () => {
    const xml = strFromU8(unzipSync(await build(before, after))["word/document.xml"]!);
    const paragraphs = paragraphsOf(xml);
    const inserted = paragraphs.filter((p) => p.all.includes("uitnodigen voor een gesprek"));
    expect(inserted).toHaveLength(1);
    const body = inserted[0]!.xml.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, "");
    expect(body.match(/<w:ins /g)).toHaveLength(1);
    expect(body).toMatch(/^<w:p>(<w:bookmark[^>]*>)?<w:ins [^>]*w:author="Wim Werkgroep"[^>]*>[\s\S]*<\/w:ins>(<w:bookmark[^>]*>)?<\/w:p>$/);
    expect(inserted[0]!.xml).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins [^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
    // Of the two articles that changed places, one stays and the other moves (the shorter edit): it is deleted
    // where it stood and inserted where it stands now, and the overview says it moved.
    const movedHeading = paragraphs.filter((p) => p.text === "" && /^Artikel \d+ (Citeertitel|Inwerkingtreding)$/.test(p.deleted.join("")));
    expect(movedHeading).toHaveLength(1);
    const heading = movedHeading[0]!.deleted.join("").replace(/^Artikel \d+ /, "");
    expect(paragraphs.filter((p) => p.inserted.join("").endsWith(heading) && p.inserted.join("").startsWith("Artikel"))).toHaveLength(1);
    expect(paragraphs.some((p) => p.text.includes(heading) && /verplaatst \(was artikel \d+\)/.test(paragraphs[paragraphs.indexOf(p) + 1]?.text ?? ""))).toBe(true);
  });

  test("no revision touches a member or item whose text did not change, apart from its number", async () => {
    const xml = strFromU8(unzipSync(await build(before, after))["word/document.xml"]!);
    const paragraphs = paragraphsOf(xml);
    const old = new Map(ordinanceBlocks(before).filter((b) => b.key).map((b) => [b.key!, blockText(b)]));
    const withoutNumber = (text: string) => text.replace(/^[^\t]*\t/, "");
    const unnumbered = (heading: string) => heading.replace(/^Artikel \d+ /, "");
    // Members of the article that moved are moved with it (deleted and inserted whole); every other one is compared.
    const moved = new Set(ordinanceBlocks(after).filter((b) => b.style === "article" && paragraphs.some((p) => p.text === "" && unnumbered(p.deleted.join("")) === unnumbered(blockText(b)))).map((b) => b.article));
    const renumbered = ordinanceBlocks(after).filter(
      (b) => (b.style === "member" || b.style === "item") && b.key && old.has(b.key) && !moved.has(b.article) && withoutNumber(old.get(b.key)!) === withoutNumber(blockText(b)),
    );
    expect(renumbered.filter((b) => old.get(b.key!) !== blockText(b)).length).toBeGreaterThanOrEqual(2);
    for (const b of renumbered) {
      const p = paragraphs.find((x) => x.text === blockText(b));
      expect(p, blockText(b)).toBeDefined();
      for (const change of [...p!.inserted, ...p!.deleted]) expect(change, blockText(b)).toMatch(/^[0-9a-z]+\.?$/);
    }
  });
});
