import { strFromU8, zipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import type { Logo } from "../../templates/layout";
import { CONTENT_TYPES, hasDoctype, unpackParts } from "../../word-import/package";

// Reading the files of a house style without trusting them: a logo's size comes from its own header and must be
// plausible, a Word file is unpacked piece by piece with a size and ratio limit, and of it only the styles are kept.

/** Wider or higher than this, a logo is no logo (a header is about 1,000 px wide at print resolution). */
const MAX_LOGO_SIDE_PX = 10_000;
/** The largest word/styles.xml accepted unpacked; Word's own is about 40 kB, a heavily styled template a few 100 kB. */
const MAX_STYLES_XML_BYTES = 2 * 1024 * 1024;

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);

export function logoType(data: Uint8Array): Logo["type"] | null {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(data, [0xff, 0xd8, 0xff])) return "jpg";
  return null;
}

const plausible = (size: { width: number; height: number }) =>
  size.width >= 1 && size.height >= 1 && size.width <= MAX_LOGO_SIDE_PX && size.height <= MAX_LOGO_SIDE_PX ? size : null;

/** Pixel size from the PNG header or a JPEG start-of-frame segment; null when it is missing or implausible (0, 2³²−1). */
export function imageSize(data: Uint8Array, type: Logo["type"]): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (type === "png") {
    const ihdr = data.length >= 24 && strFromU8(data.subarray(12, 16)) === "IHDR";
    return ihdr ? plausible({ width: view.getUint32(16), height: view.getUint32(20) }) : null;
  }
  for (let at = 2; at + 9 < data.length; ) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return plausible({ height: view.getUint16(at + 5), width: view.getUint16(at + 7) });
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

export type StylesProblem = "notDocx" | "tooLarge" | "doctype" | "malformed";

const STYLES = "word/styles.xml";

/** The parts we use of a Word file, unpacked with limits; nothing else is unpacked. */
function unpackStyles(docx: Uint8Array): Record<string, Uint8Array> | "notDocx" | "tooLarge" {
  const unpacked = unpackParts(docx, new Set([STYLES, CONTENT_TYPES]), { maxPartBytes: MAX_STYLES_XML_BYTES });
  if (unpacked === "notZip") return "notDocx";
  if (unpacked === "tooLarge") return "tooLarge";
  return unpacked.parts[STYLES] && unpacked.parts[CONTENT_TYPES] ? unpacked.parts : "notDocx";
}

/** word/styles.xml of a Word file, checked: no DOCTYPE (entities), well-formed, with a w:styles root. */
export function readStyles(docx: Uint8Array): { xml: string; kept: Uint8Array } | { problem: StylesProblem } {
  const parts = unpackStyles(docx);
  if (typeof parts === "string") return { problem: parts };
  const xml = strFromU8(parts[STYLES]!);
  if (hasDoctype(xml)) return { problem: "doctype" };
  if (XMLValidator.validate(xml) !== true || !/<w:styles[\s>]/.test(xml)) return { problem: "malformed" };
  // Only the parts used are stored: a Word file of the same name with nothing else in it.
  return { xml, kept: zipSync({ [CONTENT_TYPES]: parts[CONTENT_TYPES]!, [STYLES]: parts[STYLES]! }) };
}
