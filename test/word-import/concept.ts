import { commentsXml, documentXml, numberingXml, para, run, stylesXml, wordFile } from "./word-file";

// A short concept ordinance as a redactie would receive it, for the tests of the import page: a placeholder, a
// comment, a table, a line in the aanhef the import cannot place, and the signing line after the last article.

const MEMBERS = 1;
const numbering = numberingXml({ [MEMBERS]: [{ format: "decimal", text: "%1." }] });
const table = `<w:tbl><w:tr><w:tc><w:p>${run("Categorie")}</w:p></w:tc><w:tc><w:p>${run("Termijn")}</w:p></w:tc></w:tr></w:tbl>`;

export const CONCEPT = {
  title: "Urgentieverordening [naam gemeente] 2027",
  /** In the aanhef, but none of its parts: may go into the aanhef. */
  preambleLine: "Kenmerk van het voorstel: 2026-123",
  comment: "Acht of zes weken?",
  /** After the last article: may become a member of it. */
  closingLine: "Aldus vastgesteld in de openbare vergadering van 14 december 2026.",
};

export const conceptBody = [
  para(CONCEPT.title, { style: "Title" }),
  para("De raad van de gemeente [naam gemeente];"),
  para("gelezen het voorstel van burgemeester en wethouders;"),
  para(CONCEPT.preambleLine),
  para("gelet op artikel 4 van de Huisvestingswet 2014;"),
  para("besluit vast te stellen de volgende verordening:"),
  para("Artikel 1 Aanvraag", { bold: true }),
  para("De aanvraag wordt schriftelijk ingediend.", { list: { numId: MEMBERS } }),
  para(`<w:commentRangeStart w:id="7"/>${run("Het college beslist binnen acht weken.")}<w:commentRangeEnd w:id="7"/>`, { list: { numId: MEMBERS } }),
  table,
  para("Artikel 2 Inwerkingtreding", { bold: true }),
  para("Deze verordening treedt in werking op de dag na die van de bekendmaking; zie artikel 1, tweede lid."),
  para(CONCEPT.closingLine, { bold: true }),
].join("");

export const conceptDocx = (): Uint8Array =>
  wordFile({ "word/document.xml": documentXml(conceptBody), "word/numbering.xml": numbering, "word/styles.xml": stylesXml, "word/comments.xml": commentsXml({ 7: CONCEPT.comment }) });
