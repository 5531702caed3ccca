import { FileChild, type IContext, type IXmlableObject, type Paragraph } from "docx";
import { LRUCache } from "lru-cache";

// docx builds, prepares and writes every paragraph afresh for each document, while the raadsbesluiten of one batch
// share most of theirs (the same provisions, numbered alike). A shared paragraph is written by docx once per process:
// docx writes it with a mark in front, and packDocx keeps its XML. A later document with the same paragraph has docx
// write only a mark in its place, which packDocx replaces by that XML. Only paragraphs whose XML depends on nothing
// but their content may be shared (see blocks.ts and toc.ts).
//
// The marks are a character from Unicode's private use area right after "<w:p>": docx writes an element there in
// every paragraph of its own, never text, so a text that holds the same character cannot be taken for a mark.

const WRITTEN = "\uE000";
const TO_KEEP = "\uE001";

/** The XML of each shared paragraph, by its key. */
const written = new LRUCache<string, string>({ max: 20_000 });
/** Per document being compiled: the XML of each written mark, or the key of each paragraph to keep. */
const marks = new WeakMap<object, string[]>();

export class SharedParagraph extends FileChild {
  constructor(
    private readonly key: string,
    private readonly paragraph: () => Paragraph,
  ) {
    super("w:p");
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const slots = marks.get(context.file) ?? [];
    marks.set(context.file, slots);
    const xml = written.get(this.key);
    if (xml !== undefined) return { "w:p": [WRITTEN + (slots.push(xml) - 1)] };
    const prepared = this.paragraph().prepForXml(context);
    const content = prepared?.["w:p"];
    // A paragraph without content or with attributes of its own is written as docx writes it, unshared.
    if (!Array.isArray(content)) return prepared;
    return { "w:p": [TO_KEEP + (slots.push(this.key) - 1), ...content] };
  }
}

const MARKED = /<w:p>(?:\uE000(\d+)<\/w:p>|\uE001(\d+)([^]*?<\/w:p>))/g;

/** In the compiled XML parts of a document: the marks of shared paragraphs replaced by their XML, new ones kept. */
export function writeSharedParagraphs(file: object, parts: Map<string, string>): void {
  const slots = marks.get(file);
  if (!slots) return;
  marks.delete(file);
  const write = (_: string, writtenAt: string | undefined, keptAt: string | undefined, rest: string) => {
    if (writtenAt !== undefined) return slots[Number(writtenAt)]!;
    const paragraph = `<w:p>${rest}`;
    written.set(slots[Number(keptAt)]!, paragraph);
    return paragraph;
  };
  for (const [path, xml] of parts) if (xml.includes(WRITTEN) || xml.includes(TO_KEEP)) parts.set(path, xml.replace(MARKED, write));
}
