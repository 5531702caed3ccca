import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { block, paragraphOf, paragraphs, type Block, type BlockStyle, type Run } from "./blocks";
import { buildDocx } from "./layout";

// A paragraph of plain runs is prepared and written once per process and shared by every later document with the
// same block (blocks.ts). Whatever a document shares, its XML must be what docx writes for it afresh.

const frame = { title: "Raadsbesluit", organisation: "Gemeente Almelo" };
const documentXml = async (children: Parameters<typeof buildDocx>[1]) => strFromU8(unzipSync(await buildDocx(frame, children))["word/document.xml"]!);
/** docx's own paragraphs, none shared. */
const fresh = (blocks: readonly Block[]) => blocks.map((b) => paragraphOf(b));

/**
 * The XML with bookmark ids numbered in order: docx counts them per process, and a shared paragraph keeps the id it
 * was first written with. Each id must stand once, with its end, for the XML to be the same apart from the numbers.
 */
function bookmarksInOrder(xml: string): string {
  const ids = [...xml.matchAll(/<w:bookmarkStart w:name="[^"]*" w:id="(\d+)"/g)].map(([, id]) => id!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(xml.match(new RegExp(`<w:bookmarkEnd w:id="${id}"/>`, "g"))).toHaveLength(1);
  const order = new Map(ids.map((id, i) => [id, String(i + 1)]));
  return xml.replace(/(<w:bookmark(?:Start w:name="[^"]*"|End) w:id=")(\d+)"/g, (_, start: string, id: string) => `${start}${order.get(id)}"`);
}

// Few styles, runs and settings, so that blocks often differ in one detail only: a shared paragraph must never stand
// in for a block that is not the same in every detail. The texts hold what XML must escape, a tab and a character
// from Unicode's private use area.
const styles: BlockStyle[] = ["heading2", "normal", "member", "article"];
const runs: Run[] = [
  { text: "de raad" },
  { text: "de raad", bold: true },
  { text: "de raad", italics: true },
  { text: "1.\t" },
  { text: "A & B <c> \"d\" 'e'" },
  { text: "\uE000 12", placeholder: true },
  { text: "artikel 3:2 Awb", link: "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:2" },
];
const arbitraryBlock: fc.Arbitrary<Block> = fc.record(
  {
    style: fc.constantFrom(...styles),
    runs: fc.array(fc.constantFrom(...runs), { minLength: 1, maxLength: 2 }),
    keepNext: fc.constant(true),
    pageBreakBefore: fc.constant(true),
    outline: fc.constantFrom(0, 1),
    bookmark: fc.constantFrom("inhoud_1", "inhoud_2"),
  },
  { requiredKeys: ["style", "runs"] },
);

/** A bookmark's name stands once in a document, as the table of contents gives them (toc.ts). */
function onceEach(blocks: readonly Block[]): Block[] {
  const seen = new Set<string>();
  return blocks.map(({ bookmark, ...b }) => (bookmark && !seen.has(bookmark) && seen.add(bookmark) ? { ...b, bookmark } : b));
}

describe("shared paragraphs", () => {
  test("a document that shares paragraphs with earlier ones has the XML docx writes for it afresh", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(arbitraryBlock, { maxLength: 8 }), fc.array(arbitraryBlock, { maxLength: 8 }), async (earlier, own) => {
        await documentXml(paragraphs(earlier));
        // The second document repeats blocks of the first and of its own, so it writes shared paragraphs twice.
        const blocks = onceEach([...own, ...earlier, ...own]);
        expect(bookmarksInOrder(await documentXml(paragraphs(blocks)))).toBe(bookmarksInOrder(await documentXml(fresh(blocks))));
      }),
      { numRuns: 60 },
    );
  });

  test("a link in a shared document still gets its relationship, numbered in order", async () => {
    const linked = block("member", "gelet op ", { text: "artikel 3:2 Awb", link: "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=3:2" });
    const plain = block("member", "De raad besluit.");
    for (let i = 0; i < 2; i++) {
      const parts = unzipSync(await buildDocx(frame, paragraphs([plain, linked, plain])));
      expect(strFromU8(parts["word/_rels/document.xml.rels"]!)).toContain('Id="rIdLink1"');
      expect(strFromU8(parts["word/document.xml"]!).match(/r:id="rIdLink1"/g)).toHaveLength(1);
    }
  });
});
