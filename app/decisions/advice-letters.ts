import { docxProblemMessage, readDocx } from "../../word-import/docx";

// A received advice as the letter itself: a PDF or a Word file, recognised by its content (a PDF's header and end
// marker; a Word file unpacked with the importer's limits and checks), never by its name or the type the browser
// claims. One letter per adviser: the province, or each tenant organisation by its name in the decision data.

/** A letter of a few pages is well under 1 MB; a scan of one stays under this. */
export const MAX_LETTER_BYTES = 10 * 1024 * 1024;
export const LETTER_TOO_LARGE = `Deze brief is groter dan ${MAX_LETTER_BYTES / 1024 / 1024} MB. Kies een kleiner bestand, bijvoorbeeld een PDF zonder scans in hoge resolutie.`;

export type LetterType = "pdf" | "docx";
export type Adviser = "provincie" | "huurders";

export interface LetterSource {
  readonly adviser: Adviser;
  /** The tenant organisation's name; empty for the province. */
  readonly organisation: string;
}

/** The key of a source in forms and on the command line: "provincie" or "huurders:<naam>". */
export const sourceKey = (s: LetterSource): string => (s.adviser === "provincie" ? "provincie" : `huurders:${s.organisation}`);

export function parseSourceKey(key: string): LetterSource | null {
  if (key === "provincie") return { adviser: "provincie", organisation: "" };
  const organisation = key.startsWith("huurders:") ? key.slice("huurders:".length).trim() : "";
  return organisation ? { adviser: "huurders", organisation } : null;
}

export const LETTER_MEDIA_TYPES: Record<LetterType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const startsWith = (data: Uint8Array, text: string) => Buffer.from(data.subarray(0, text.length)).toString("latin1") === text;
/** A PDF ends with %%EOF, give or take a few bytes of trailing whitespace; readers look for it in the last kilobyte. */
const endsLikePdf = (data: Uint8Array) => Buffer.from(data.subarray(Math.max(0, data.length - 1024))).includes("%%EOF");

const NOT_A_LETTER = "Dit bestand is geen PDF en geen Word-document (.docx), wat de naam ook zegt. Kies de brief als PDF of als .docx.";

/** The letter's type, or the Dutch reason it is refused. */
export function checkLetter(data: Uint8Array): { type: LetterType } | { problem: string } {
  if (data.length > MAX_LETTER_BYTES) return { problem: LETTER_TOO_LARGE };
  if (data.length === 0) return { problem: "Dit bestand is leeg. Kies de brief als PDF of als .docx." };
  if (startsWith(data, "%PDF-")) return endsLikePdf(data) ? { type: "pdf" } : { problem: "Deze PDF is onvolledig: het einde ontbreekt. Sla de brief opnieuw op als PDF." };
  // Everything else goes through the importer's check, which also names an encrypted or old binary Word file.
  const docx = readDocx(data);
  if (!("problem" in docx)) return { type: "docx" };
  return { problem: docx.problem === "notDocx" ? NOT_A_LETTER : docxProblemMessage(docx.problem) };
}

/** The name the file is stored and downloaded under: its own base name, safe for a header, with the right extension. */
export function letterFileName(name: string, type: LetterType): string {
  const base = (name.split(/[/\\]/).pop() ?? "")
    .replace(/\.[^.]*$/, "")
    .replace(/[^\p{L}\p{N} ._-]/gu, "")
    .trim()
    .slice(0, 100);
  return `${base || "adviesbrief"}.${type}`;
}
