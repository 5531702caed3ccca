import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strFromU8, unzipSync, zlibSync } from "fflate";
import { Paragraph } from "docx";
import { afterAll, describe, expect, test } from "vitest";
import { buildDocx, type Logo } from "../../templates/layout";
import { xmlParts, xmlProblem } from "./ooxml";

// The house style in the Word file: the logo fits the header (in the XML, and as LibreOffice lays it out), and an
// uploaded styles.xml governs the styles it defines.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "modelwerk-huisstijl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const crc32 = (data: Uint8Array) => {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
};

const RED = [200, 30, 30];

/** A real PNG of the given size, all red, so LibreOffice can draw it and its drawn extent can be measured. */
function png(width: number, height: number): Logo {
  const chunk = (type: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, body.length);
    out.set(Buffer.from(type, "latin1"), 4);
    out.set(body, 8);
    view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
    return out;
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, width);
  new DataView(ihdr.buffer).setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows.set(RED, y * (1 + width * 3) + 1 + x * 3);
  const data = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", zlibSync(rows)), chunk("IEND", new Uint8Array())]);
  return { data: new Uint8Array(data), type: "png", width, height };
}

/** The bounding box of the red pixels in a binary PPM (P6). */
function redBox(ppm: Buffer): { left: number; right: number; top: number; bottom: number } {
  const [, width, height] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString("latin1", 0, 40))!.map(Number);
  const start = /^P6\s+\d+\s+\d+\s+255\s/.exec(ppm.toString("latin1", 0, 40))![0].length;
  const box = { left: Infinity, right: -1, top: Infinity, bottom: -1 };
  for (let y = 0; y < height!; y++)
    for (let x = 0; x < width!; x++) {
      const at = start + (y * width! + x) * 3;
      if (ppm[at]! > 150 && ppm[at + 1]! < 90 && ppm[at + 2]! < 90) Object.assign(box, { left: Math.min(box.left, x), right: Math.max(box.right, x), top: Math.min(box.top, y), bottom: Math.max(box.bottom, y) });
    }
  return box;
}

const EMU_PER_TWIP = 635;
const EMU_PER_CM = 360_000;
const document = (logo: Logo, stylesXml?: string) =>
  buildDocx({ title: "Raadsbesluit", organisation: "Gemeente Almelo", houseStyle: { logo, stylesXml } }, [new Paragraph("Eerste regel van de tekst.")]);

describe("the logo in the header", () => {
  test.each([
    ["wide", png(1200, 200)],
    ["tall", png(120, 900)],
    ["large and square", png(2000, 2000)],
  ])("a %s logo's extent fits inside the header's height and a 6 cm box", async (_shape, logo) => {
    const parts = xmlParts(await document(logo));
    const section = /<w:pgMar [^>]*>/.exec(parts.get("word/document.xml")!)![0];
    const twips = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(section)![1]);
    const headerRoom = (twips("top") - twips("header")) * EMU_PER_TWIP;
    const header = [...parts].find(([name]) => /^word\/header\d*\.xml$/.test(name))![1];
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(header)!.map(Number);
    expect(cy).toBeLessThanOrEqual(headerRoom);
    expect(cx).toBeLessThanOrEqual(6 * EMU_PER_CM);
    // Proportions kept, to a pixel.
    expect(Math.abs(cx! / cy! - logo.width / logo.height)).toBeLessThan((logo.width / logo.height) * 0.05 + 0.05);
  });

  test("LibreOffice draws it whole on the first page, 6 : 1 as the image, above the text, which starts at the top margin", async () => {
    const file = join(dir, "logo.docx");
    writeFileSync(file, await document(png(1200, 200)));
    await run("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--convert-to", "pdf", "--outdir", dir, file], { timeout: 120_000 });
    const pdf = join(dir, "logo.pdf");
    // The first page at 72 dpi (1 px = 1 pt): where the logo's red is drawn.
    execFileSync("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, join(dir, "page")]);
    const red = redBox(readFileSync(join(dir, "page.ppm")));
    const words = [...execFileSync("pdftotext", ["-bbox", pdf, "-"]).toString().matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g)].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[2]),
      word: m[3],
    }));
    const headerName = words.find((w) => w.word === "Almelo")!;
    const firstLine = words.find((w) => w.word === "Eerste")!;
    const topMargin = (2.5 / 2.54) * 72;
    // Whole: drawn 6 : 1 like the image (a cut-off logo showed as a thin strip), 1 cm high, above the text.
    expect((red.right - red.left + 1) / (red.bottom - red.top + 1)).toBeCloseTo(6, 0);
    expect(red.bottom - red.top + 1).toBeGreaterThanOrEqual(26);
    expect(red.bottom).toBeLessThanOrEqual(firstLine.top);
    // The header did not grow into the text: the text begins where the margin says, below the header.
    expect(headerName.bottom).toBeLessThanOrEqual(firstLine.top);
    expect(firstLine.top).toBeGreaterThanOrEqual(topMargin - 1);
    expect(firstLine.top).toBeLessThan(topMargin + 14);
  }, 150_000);
});

describe("an uploaded styles.xml", () => {
  const uploaded = strFromU8(unzipSync(Uint8Array.from(execFileSync("pandoc", ["--print-default-data-file", "reference.docx"])))["word/styles.xml"]!);
  const styleBlock = (xml: string, id: string) => [...xml.matchAll(new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`, "g"))].map((m) => m[0]);

  test("governs the styles it defines; ours fill in only those it lacks", async () => {
    const styles = xmlParts(await document(png(10, 10), uploaded)).get("word/styles.xml")!;
    expect(xmlProblem(styles)).toBeNull();
    for (const id of ["Normal", "Title", "Heading1", "Heading2", "Heading3"]) expect(styleBlock(styles, id), id).toEqual(styleBlock(uploaded, id));
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toBe(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(uploaded)![0]);
    expect(styleBlock(styles, "Lid")).toHaveLength(1);
    expect(styleBlock(styles, "Keuzemogelijkheid")).toHaveLength(1);
  });
});
