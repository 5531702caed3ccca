import { XMLParser } from "fast-xml-parser";
import { jciCitation, type LawLink, type OtherLink } from "./law-links";

// document.xml as a flat list of what a reader sees: paragraphs with their style name, list level and runs, and the
// things that are not paragraphs (tables) as one entry each. Tracked changes are accepted (insertions kept, deletions
// set aside) or rejected (the text as it was: deletions kept, insertions set aside); images are counted, so the
// importer can say what it did with each.

/** What to do with tracked changes: take the text as changed, or as it was before the changes. */
export type TrackedChanges = "accept" | "reject";

export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italics: boolean;
  readonly highlighted: boolean;
}

export interface ListLevel {
  readonly numId: string;
  readonly level: number;
  /** Word's number format of that level: decimal, lowerLetter, … */
  readonly format: string;
  /** Word's level text, e.g. "%1.", "Artikel %1", "%2°". */
  readonly text: string;
  /** The number the list starts at (w:start, or the list's own w:startOverride): "Artikel 5" when it starts at 5. */
  readonly start: number;
}

export interface SourceParagraph {
  readonly kind: "paragraph";
  /** Position among the body's blocks, counted from 1 (empty paragraphs count too): what the report names. */
  readonly position: number;
  /** Lower-case style name ("heading 1", "title", "lid"); "normal" when none. */
  readonly style: string;
  readonly runs: readonly Run[];
  readonly list: ListLevel | null;
  /** Text of the tracked changes not taken: deletions when accepting, insertions when rejecting. */
  readonly setAside: string;
  readonly changed: boolean;
  readonly images: number;
  /** Footnote and endnote references: their text lives in other parts, which are not imported. */
  readonly footnotes: number;
  readonly comments: readonly string[];
  /** The outline level set on the paragraph (0 = top), null when none: Word's navigation pane takes it for a heading. */
  readonly outlineLevel: number | null;
  /** Its hyperlinks to the JCI of an article of national law at wetten.overheid.nl, in order. */
  readonly lawLinks: readonly LawLink[];
  /** Its other hyperlinks to outside the document: they stay text. */
  readonly otherLinks: readonly OtherLink[];
  /** All its text is a link to a place in the document: an entry of a table of contents written out as links. */
  readonly internalLinkOnly: boolean;
}

export interface SourceTable {
  readonly kind: "table";
  readonly position: number;
  readonly text: string;
}

export type SourceBlock = SourceParagraph | SourceTable;

type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

// htmlEntities: numeric character references (&#39;) are XML too, and the parser decodes them only with it.
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: false, parseTagValue: false, processEntities: true, htmlEntities: true });

const tagOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@")!;
const childrenOf = (node: XmlNode): XmlNode[] => (node[tagOf(node)] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string): string | undefined => node[":@"]?.[name];
const child = (node: XmlNode, tag: string): XmlNode | undefined => childrenOf(node).find((c) => tagOf(c) === tag);

function* descendants(nodes: XmlNode[], tag: string): Generator<XmlNode> {
  for (const n of nodes) {
    if (tagOf(n) === tag) yield n;
    else if (tagOf(n) !== "#text") yield* descendants(childrenOf(n), tag);
  }
}

const textOf = (node: XmlNode): string => childrenOf(node).map((c) => (tagOf(c) === "#text" ? String(c["#text"]) : "")).join("");

/** Style id → lower-case style name, from styles.xml. */
export function styleNames(stylesXml: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!stylesXml) return names;
  for (const style of descendants(parser.parse(stylesXml) as XmlNode[], "w:style")) {
    const id = attr(style, "w:styleId");
    const name = child(style, "w:name");
    if (id) names.set(id, (name && attr(name, "w:val")) || id.toLowerCase());
  }
  for (const [id, name] of names) names.set(id, name.toLowerCase());
  return names;
}

/** (numId, level) → format and text of that level, from numbering.xml. */
export function listLevels(numberingXml: string | undefined): (numId: string, level: number) => ListLevel | null {
  if (!numberingXml) return () => null;
  const tree = parser.parse(numberingXml) as XmlNode[];
  const abstract = new Map<string, XmlNode>();
  for (const a of descendants(tree, "w:abstractNum")) abstract.set(attr(a, "w:abstractNumId") ?? "", a);
  const nums = new Map<string, XmlNode>();
  for (const n of descendants(tree, "w:num")) nums.set(attr(n, "w:numId") ?? "", n);
  const ofLevel = (parent: XmlNode | undefined, tag: string, level: number) => parent && childrenOf(parent).find((c) => tagOf(c) === tag && attr(c, "w:ilvl") === String(level));
  const value = (node: XmlNode | undefined, tag: string) => attr((node && child(node, tag)) ?? {}, "w:val");
  return (numId, level) => {
    const num = nums.get(numId);
    const lvl = ofLevel(abstract.get(value(num, "w:abstractNumId") ?? ""), "w:lvl", level);
    if (!lvl) return null;
    const start = Number(value(ofLevel(num, "w:lvlOverride", level), "w:startOverride") ?? value(lvl, "w:start") ?? 1);
    return { numId, level, format: value(lvl, "w:numFmt") ?? "decimal", text: value(lvl, "w:lvlText") ?? "", start: Number.isInteger(start) ? start : 1 };
  };
}

const on = (props: XmlNode | undefined, tag: string) => {
  const p = props && child(props, tag);
  return !!p && !["0", "false", "none"].includes(attr(p, "w:val") ?? "true");
};

interface Collected {
  runs: Run[];
  setAside: string[];
  changed: boolean;
  images: number;
  footnotes: number;
  comments: string[];
  lawLinks: LawLink[];
  otherLinks: OtherLink[];
  /** Relationship id → target of the external relationships. */
  readonly targets: ReadonlyMap<string, string>;
}

function runsOf(nodes: XmlNode[], out: Collected, mode: TrackedChanges, inChange = false): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:del" || tag === "w:ins") {
      out.changed = true;
      const taken = (tag === "w:ins") === (mode === "accept");
      if (taken) runsOf(childrenOf(node), out, mode, true);
      else out.setAside.push([...descendants(childrenOf(node), tag === "w:del" ? "w:delText" : "w:t")].map(textOf).join(""));
    } else if (tag === "w:commentRangeStart" || tag === "w:commentReference") {
      const id = attr(node, "w:id");
      if (id !== undefined && !out.comments.includes(id)) out.comments.push(id);
    } else if (tag === "w:r") {
      const props = child(node, "w:rPr");
      const style = { bold: on(props, "w:b"), italics: on(props, "w:i"), highlighted: on(props, "w:highlight") };
      for (const part of childrenOf(node)) {
        const t = tagOf(part);
        // A deletion that is kept (changes rejected) holds its text in w:delText.
        if (t === "w:t" || t === "w:delText") out.runs.push({ text: textOf(part), ...style });
        else if (t === "w:tab") out.runs.push({ text: "\t", ...style });
        else if (t === "w:br") out.runs.push({ text: " ", ...style });
        else if (t === "w:drawing" || t === "w:pict" || t === "w:object") out.images += 1;
        else if (t === "w:footnoteReference" || t === "w:endnoteReference") out.footnotes += 1;
      }
    } else if (tag === "w:hyperlink" && out.targets.has(attr(node, "r:id") ?? "")) {
      const before = out.runs.length;
      runsOf(childrenOf(node), out, mode, inChange);
      const words = out.runs.slice(before).map((r) => r.text).join("");
      const target = out.targets.get(attr(node, "r:id")!)!;
      const citation = jciCitation(target);
      if (citation && words.trim()) out.lawLinks.push({ ...citation, words, offset: out.runs.slice(0, before).reduce((n, r) => n + r.text.length, 0) });
      else if (words.trim()) out.otherLinks.push({ text: words.trim(), target });
    } else if (["w:hyperlink", "w:smartTag", "w:sdt", "w:sdtContent", "w:fldSimple"].includes(tag) || (inChange && tag !== "#text")) runsOf(childrenOf(node), out, mode, inChange);
  }
}

/** The blocks of document.xml's body in order; `targets` are its external relationships (hyperlink targets). */
export function readBlocks(documentXml: string, stylesXml?: string, numberingXml?: string, mode: TrackedChanges = "accept", targets: ReadonlyMap<string, string> = new Map()): SourceBlock[] {
  const styles = styleNames(stylesXml);
  const levels = listLevels(numberingXml);
  const docNode = (parser.parse(documentXml) as XmlNode[]).find((n) => tagOf(n) === "w:document");
  const body = docNode && child(docNode, "w:body");
  if (!body) return [];
  const blocks: SourceBlock[] = [];
  // A content control (a table of contents, a form field) holds ordinary paragraphs: they are read like any other.
  const flat = (nodes: XmlNode[]): XmlNode[] => nodes.flatMap((n) => (tagOf(n) === "w:sdt" ? flat(childrenOf(child(n, "w:sdtContent") ?? { "w:sdtContent": [] })) : [n]));
  for (const node of flat(childrenOf(body))) {
    const tag = tagOf(node);
    const position = blocks.length + 1;
    if (tag === "w:tbl") {
      const text = [...descendants(childrenOf(node), "w:p")].map((p) => [...descendants(childrenOf(p), "w:t")].map(textOf).join("")).filter(Boolean).join(" | ");
      blocks.push({ kind: "table", position, text });
    } else if (tag === "w:p") {
      const props = child(node, "w:pPr");
      const styleId = attr(child(props ?? {}, "w:pStyle") ?? {}, "w:val");
      const numPr = props && child(props, "w:numPr");
      const numId = numPr && attr(child(numPr, "w:numId") ?? {}, "w:val");
      const level = Number((numPr && attr(child(numPr, "w:ilvl") ?? {}, "w:val")) ?? 0);
      const outline = Number(attr(child(props ?? {}, "w:outlineLvl") ?? {}, "w:val") ?? 9);
      const out: Collected = { runs: [], setAside: [], changed: false, images: 0, footnotes: 0, comments: [], lawLinks: [], otherLinks: [], targets };
      runsOf(childrenOf(node), out, mode);
      const linked = childrenOf(node).filter((c) => tagOf(c) === "w:hyperlink" && attr(c, "w:anchor"));
      const linkedText = linked.flatMap((l) => [...descendants(childrenOf(l), "w:t")]).map(textOf).join("").trim();
      blocks.push({
        kind: "paragraph",
        position,
        style: styleId ? (styles.get(styleId) ?? styleId.toLowerCase()) : "normal",
        runs: out.runs,
        list: numId && numId !== "0" ? levels(numId, level) : null,
        // Level 9 is Word's "body text": no heading.
        outlineLevel: outline >= 0 && outline < 9 ? outline : null,
        setAside: out.setAside.join(""),
        changed: out.changed,
        images: out.images,
        footnotes: out.footnotes,
        comments: out.comments,
        lawLinks: out.lawLinks,
        otherLinks: out.otherLinks,
        internalLinkOnly: !!linkedText && linkedText === out.runs.map((r) => r.text).join("").trim(),
      });
    }
  }
  return blocks;
}

export const paragraphText = (p: SourceParagraph): string => p.runs.map((r) => r.text).join("");
