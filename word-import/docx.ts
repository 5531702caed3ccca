import { strFromU8 } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { CONTENT_TYPES, hasDoctype, unpackParts } from "./package";

// A Word file checked before anything is read from it: size, an encrypted or old binary file, macros, a zip bomb,
// DOCTYPE (external or expanding entities) and well-formedness. Only the XML parts the importer reads are unpacked;
// of the relationships only the targets of hyperlinks are read, as text: linked images and templates are never fetched.

/** A 20-page ordinance is about 60 kB; with images a few MB. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const MAX_PART_BYTES = 50 * 1024 * 1024;

const PARTS = { document: "word/document.xml", styles: "word/styles.xml", numbering: "word/numbering.xml", comments: "word/comments.xml", relationships: "word/_rels/document.xml.rels" } as const;

export type DocxParts = { -readonly [K in keyof typeof PARTS]?: string } & { document: string };
export type DocxProblem = "tooLarge" | "encrypted" | "notDocx" | "macros" | "zipBomb" | "doctype" | "malformed";

const messages: Record<DocxProblem, string> = {
  tooLarge: `Dit bestand is groter dan ${MAX_DOCX_BYTES / 1024 / 1024} MB; een verordening als Word-bestand is veel kleiner.`,
  encrypted: "Dit Word-bestand is met een wachtwoord versleuteld. Sla het zonder wachtwoord op en probeer het opnieuw.",
  notDocx: "Dit is geen Word-bestand (.docx). Sla het in Word op als Word-document (.docx) en probeer het opnieuw.",
  macros: "Dit Word-bestand bevat macro's (.docm). Sla het op als Word-document zonder macro's (.docx) en probeer het opnieuw.",
  zipBomb: "Dit bestand pakt uit tot veel meer dan een Word-document kan bevatten en is daarom geweigerd.",
  doctype: "Dit Word-bestand bevat XML met een DOCTYPE (mogelijk externe verwijzingen) en is daarom geweigerd.",
  malformed: "Dit Word-bestand is beschadigd: de tekst erin is geen geldige XML.",
};

export const docxProblemMessage = (problem: DocxProblem): string => messages[problem];

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);
/** The OLE compound file: an encrypted Word file (with an EncryptionInfo stream) or an old binary .doc. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, "utf16le");

export function readDocx(data: Uint8Array): DocxParts | { problem: DocxProblem } {
  if (data.length > MAX_DOCX_BYTES) return { problem: "tooLarge" };
  if (startsWith(data, COMPOUND_FILE)) return { problem: Buffer.from(data).includes(utf16("EncryptionInfo")) ? "encrypted" : "notDocx" };
  const unpacked = unpackParts(data, new Set([CONTENT_TYPES, ...Object.values(PARTS)]), { maxPartBytes: MAX_PART_BYTES });
  if (unpacked === "notZip") return { problem: "notDocx" };
  if (unpacked === "tooLarge") return { problem: "zipBomb" };
  const types = unpacked.parts[CONTENT_TYPES];
  if (!types || !unpacked.parts[PARTS.document]) return { problem: "notDocx" };
  const typesXml = strFromU8(types);
  if (unpacked.names.some((n) => /vbaProject\.bin$/i.test(n)) || /macroEnabled/i.test(typesXml)) return { problem: "macros" };
  const out: Partial<DocxParts> = {};
  for (const [key, name] of Object.entries(PARTS) as [keyof typeof PARTS, string][]) {
    const bytes = unpacked.parts[name];
    if (!bytes) continue;
    const xml = strFromU8(bytes);
    if (hasDoctype(xml)) return { problem: "doctype" };
    if (XMLValidator.validate(xml) !== true) return { problem: "malformed" };
    out[key] = xml;
  }
  if (hasDoctype(typesXml)) return { problem: "doctype" };
  if (!/<w:document[\s>]/.test(out.document!)) return { problem: "notDocx" };
  return out as DocxParts;
}
