import { execFileSync } from "node:child_process";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, test } from "vitest";
import { checkLetter, letterFileName, MAX_LETTER_BYTES, parseSourceKey, sourceKey } from "./advice-letters";

// A received advice letter is recognised by its content: what its name or the browser says does not count.

const PDF = strToU8("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const WORD = Uint8Array.from(execFileSync("pandoc", ["--print-default-data-file", "reference.docx"]));
const PNG = Uint8Array.from(Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"));

describe("checkLetter", () => {
  test("takes a PDF and a Word document by their content", () => {
    expect(checkLetter(PDF)).toEqual({ type: "pdf" });
    expect(checkLetter(WORD)).toEqual({ type: "docx" });
  });

  test.each([
    ["an image", PNG, "geen PDF en geen Word-document"],
    ["a zip that is no Word document", zipSync({ "a.txt": strToU8("tekst") }), "geen PDF en geen Word-document"],
    ["a Word file with macros", zipSync({ ...unzipSync(WORD), "word/vbaProject.bin": strToU8("x") }), "macro's"],
    ["a PDF cut off before its end", PDF.subarray(0, 20), "onvolledig"],
    ["an empty file", new Uint8Array(0), "leeg"],
    ["an old or encrypted Word file", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "geen PDF en geen Word-document"],
  ])("refuses %s with a Dutch reason", (_name, data, reason) => {
    const checked = checkLetter(data);
    expect("problem" in checked && checked.problem).toContain(reason);
  });

  test("refuses a file over the limit before looking at it", () => {
    const big = new Uint8Array(MAX_LETTER_BYTES + 1);
    big.set(PDF);
    expect(checkLetter(big)).toEqual({ problem: expect.stringContaining("groter dan 10 MB") });
  });
});

test("a stored name keeps its own base name, loses what a header or a path could misuse, and gets the type's extension", () => {
  expect(letterFileName("C:\\brieven\\Advies GS.PDF", "pdf")).toBe("Advies GS.pdf");
  expect(letterFileName('../"x";\r\n.exe', "docx")).toBe("x.docx");
  expect(letterFileName("", "pdf")).toBe("adviesbrief.pdf");
  expect(letterFileName("brief-Hengelo-ë.docx", "pdf")).toBe("brief-Hengelo-ë.pdf");
});

test("a source key reads back as the source", () => {
  for (const source of [{ adviser: "provincie", organisation: "" }, { adviser: "huurders", organisation: "Huurdersvereniging Almelo" }] as const) expect(parseSourceKey(sourceKey(source))).toEqual(source);
  expect(parseSourceKey("huurders:")).toBeNull();
  expect(parseSourceKey("gemeente")).toBeNull();
});
