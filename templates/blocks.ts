import { Bookmark, ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type FileChild, type IParagraphOptions, type IRunOptions, type ParagraphChild } from "docx";
import { styleIds } from "./layout";
import { SharedParagraph } from "./shared-paragraphs";

// A document first becomes a flat list of blocks (a styled paragraph of runs), then Word paragraphs. The flat list
// is what the tracked-changes document compares: two texts line up block by block, then word by word.

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** A slot or variant in the model met varianten: shown highlighted, so a reader sees what is still to choose. */
  readonly placeholder?: boolean;
  /** An external link: a citation of national law to wetten.overheid.nl. */
  readonly link?: string;
}

export type BlockStyle = "title" | "heading1" | "heading2" | "heading3" | "normal" | keyof typeof styleIds;

export interface Block {
  readonly style: BlockStyle;
  readonly runs: readonly Run[];
  /** Outline level (0 = top) of a heading in a style of our own, such as an article heading. */
  readonly outline?: number;
  /** A bookmark around the text, which the table of contents links to. */
  readonly bookmark?: string;
  readonly pageBreakBefore?: boolean;
  /** Keep on one page with the next paragraph: the last lines of a text with the block that closes it. */
  readonly keepNext?: boolean;
  /** The provision (node id) a block of the ordinance text belongs to, and its article: what tracked changes match by. */
  readonly key?: string;
  readonly article?: string;
}

const headings = { title: HeadingLevel.TITLE, heading1: HeadingLevel.HEADING_1, heading2: HeadingLevel.HEADING_2, heading3: HeadingLevel.HEADING_3 } as const;

export const block = (style: BlockStyle, ...runs: (Run | string)[]): Block => ({ style, runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)) });

export const blockText = (b: Block): string => b.runs.map((r) => r.text).join("");

function runOptions(run: Run): IRunOptions {
  return { text: run.text, bold: run.bold, italics: run.italics, ...(run.placeholder ? { highlight: "yellow" } : {}) };
}

/** Options of a paragraph beyond its style and runs. */
export type ParagraphExtras = Pick<IParagraphOptions, "run">;

/** A block as a Word paragraph in its style; `children` replaces its runs (the revision runs of a tracked change). */
function runOf(run: Run): ParagraphChild {
  const text = new TextRun(run.link ? { ...runOptions(run), style: "Hyperlink" } : runOptions(run));
  return run.link ? new ExternalHyperlink({ link: run.link, children: [text] }) : text;
}

export function paragraphOf(b: Block, children: ParagraphChild[] = b.runs.map(runOf), extras: ParagraphExtras = {}): Paragraph {
  const content = b.bookmark ? [new Bookmark({ id: b.bookmark, children })] : children;
  const options = {
    children: content,
    ...extras,
    ...(b.outline !== undefined ? { outlineLevel: b.outline } : {}),
    ...(b.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(b.keepNext ? { keepNext: true, keepLines: true } : {}),
  };
  if (b.style in headings) return new Paragraph({ heading: headings[b.style as keyof typeof headings], ...options });
  if (b.style === "normal") return new Paragraph(options);
  return new Paragraph({ style: styleIds[b.style as keyof typeof styleIds], ...options });
}

// A link adds a relationship to the document it is written in, so a paragraph with one is never shared. A bookmark
// keeps the id docx gave it when the paragraph was first written; docx counts them per process, and a bookmark's name
// stands once in a document (toc.ts), so its ids stay unique.
const shareable = (b: Block) => !b.runs.some((r) => r.link);
const sharedKey = (b: Block) => JSON.stringify([b.style, b.runs, b.outline, b.pageBreakBefore, b.keepNext, b.bookmark]);

/** The blocks as Word paragraphs; one of plain runs is written once and shared by the documents that have it. */
export const paragraphs = (blocks: readonly Block[]): FileChild[] => blocks.map((b) => (shareable(b) ? new SharedParagraph(sharedKey(b), () => paragraphOf(b)) : paragraphOf(b)));
