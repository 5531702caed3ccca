import { InternalHyperlink, Paragraph, TextRun, type FileChild } from "docx";
import { blockText, type Block } from "./blocks";
import { styleIds } from "./layout";
import { SharedParagraph } from "./shared-paragraphs";

// A table of contents written out as linked entries, not as a Word field: a field has to be updated, and Word asks
// to do that on opening. The entries link to bookmarks on the headings; page numbers are left out, so nothing goes stale.

const tocLevel = (b: Block): number | null => (b.style === "heading1" ? 0 : b.style === "heading2" ? 1 : b.style === "article" ? (b.outline ?? 1) : null);

/** The blocks with a bookmark on every heading up to `depth` levels, and the entries of the contents that link to them. */
export function withContents(blocks: readonly Block[], depth = 2): { contents: FileChild[]; blocks: Block[] } {
  const contents: FileChild[] = [new Paragraph({ heading: "Heading1", children: [new TextRun("Inhoud")] })];
  let n = 0;
  const marked = blocks.map((b) => {
    const level = tocLevel(b);
    if (level === null || level >= depth) return b;
    const bookmark = `inhoud_${++n}`;
    const style = level === 0 ? styleIds.tocEntry : styleIds.tocEntry2;
    const text = blockText(b).replace("\t", " ").trim();
    // A link within the document adds no relationship: the entry is the same in every document that has it.
    const entry = () => new Paragraph({ style, children: [new InternalHyperlink({ anchor: bookmark, children: [new TextRun({ text, style: "Hyperlink" })] })] });
    contents.push(new SharedParagraph(JSON.stringify(["contents", style, text, bookmark]), entry));
    return { ...b, bookmark };
  });
  return { contents, blocks: marked };
}
