import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { strToU8, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { docxProblemMessage, importWord, readDocx, type DocxProblem } from "../../word-import/index";
import { MAX_DOCX_BYTES } from "../../word-import/docx";
import { CONTENT_TYPES_XML, documentXml, para, wordFile } from "./word-file";

// Each bad file is refused with its own Dutch message before anything is read from it.

const ok = () => wordFile({ "word/document.xml": documentXml(para("Artikel 1 Kop", { bold: true }) + para("Tekst.")) });
const problemOf = (data: Uint8Array): DocxProblem | null => {
  const result = readDocx(data);
  return "problem" in result ? result.problem : null;
};

describe("refusing bad Word files", () => {
  test("a good file passes", () => {
    expect(problemOf(ok())).toBeNull();
  });

  test("not a docx: random bytes, a zip without a Word document, a PDF", () => {
    expect(problemOf(strToU8("Dit is platte tekst, geen Word."))).toBe("notDocx");
    expect(problemOf(zipSync({ "a.txt": strToU8("hallo") }))).toBe("notDocx");
    expect(problemOf(strToU8("%PDF-1.7\n..."))).toBe("notDocx");
    expect(docxProblemMessage("notDocx")).toMatch(/geen Word-bestand/);
  });

  test("encrypted: an OLE container with an EncryptionInfo stream; an old .doc is 'not a docx'", () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = Buffer.concat([Buffer.from(header), Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(512)]);
    expect(problemOf(encrypted)).toBe("encrypted");
    expect(problemOf(Buffer.concat([Buffer.from(header), Buffer.alloc(2048)]))).toBe("notDocx");
    expect(docxProblemMessage("encrypted")).toMatch(/wachtwoord/);
  });

  test(".docm with macros, by its content type or its vbaProject.bin", () => {
    const docm = CONTENT_TYPES_XML.replace("document.main+xml", "document.macroEnabled.main+xml").replace("officedocument.wordprocessingml", "ms-word");
    expect(problemOf(wordFile({ "word/document.xml": documentXml(para("x")) }, docm))).toBe("macros");
    expect(problemOf(wordFile({ "word/document.xml": documentXml(para("x")), "word/vbaProject.bin": new Uint8Array([1, 2, 3]) }))).toBe("macros");
    expect(docxProblemMessage("macros")).toMatch(/macro/);
  });

  test("over the size limit", () => {
    expect(problemOf(new Uint8Array(MAX_DOCX_BYTES + 1))).toBe("tooLarge");
  });

  test("a zip bomb stops at the packing ratio", () => {
    const huge = documentXml(para("x".repeat(8 * 1024 * 1024)));
    const bomb = wordFile({ "word/document.xml": huge });
    expect(bomb.length * 100).toBeLessThan(huge.length);
    expect(problemOf(bomb)).toBe("zipBomb");
  });

  test("XML with a DOCTYPE (external entities) in any part read", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + documentXml(para("&x;")).replace(/^<\?xml[^>]*>/, "");
    expect(problemOf(wordFile({ "word/document.xml": xxe }))).toBe("doctype");
    expect(problemOf(wordFile({ "word/document.xml": documentXml(para("x")), "word/styles.xml": `<!DOCTYPE a [<!ENTITY b "c">]><w:styles/>` }))).toBe("doctype");
    expect(docxProblemMessage("doctype")).toMatch(/DOCTYPE/);
  });

  test("malformed XML", () => {
    expect(problemOf(wordFile({ "word/document.xml": "<w:document><w:body><w:p></w:body>" }))).toBe("malformed");
  });

  test("external relationships (a linked image, an attached template) are never fetched", async () => {
    let requests = 0;
    const server = createServer((_, res) => {
      requests++;
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${url}logo.png" TargetMode="External"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="${url}template.dotx" TargetMode="External"/></Relationships>`;
      const parts = readDocx(wordFile({ "word/document.xml": documentXml(para("Artikel 1 Kop", { bold: true }) + para("Tekst.")), "word/_rels/document.xml.rels": rels, "word/_rels/settings.xml.rels": rels }));
      if ("problem" in parts) throw new Error(parts.problem);
      expect(importWord(parts).model).not.toBeNull();
      // A request, had one been made, would have arrived while we wait for the server to close.
      await new Promise((done) => setImmediate(done));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
