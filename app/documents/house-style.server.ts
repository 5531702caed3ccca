import { strFromU8, unzipSync } from "fflate";
import type { Db } from "../../db/client";
import { getHouseStyle, saveHouseStyle, type HouseStyleRow } from "../../db/queries/documents";
import type { HouseStyle, Logo } from "../../templates/layout";

// A municipality's house style: a logo (PNG or JPEG, recognised by its first bytes, not by its name or the type the
// browser claims), a font and colour, and optionally a Word file whose styles the documents take over.

export const HOUSE_STYLE_FONTS = ["Arial", "Calibri", "Verdana", "Times New Roman", "Georgia", "Segoe UI"] as const;
const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_STYLES_BYTES = 5 * 1024 * 1024;

const startsWith = (data: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => data[i] === b);

/** Pixel size from the PNG header or a JPEG start-of-frame segment; null when the file is not what it claims. */
function imageSize(data: Uint8Array, type: Logo["type"]): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (type === "png") return data.length >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  for (let at = 2; at + 9 < data.length; ) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

function logoType(data: Uint8Array): Logo["type"] | null {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(data, [0xff, 0xd8, 0xff])) return "jpg";
  return null;
}

/** word/styles.xml of a Word file, or null when the file is no Word document. */
function stylesXmlOf(docx: Uint8Array): string | null {
  try {
    const files = unzipSync(docx, { filter: (f) => f.name === "word/styles.xml" || f.name === "[Content_Types].xml" });
    const styles = files["word/styles.xml"];
    return files["[Content_Types].xml"] && styles ? strFromU8(styles) : null;
  } catch {
    return null;
  }
}

export interface HouseStyleUpload {
  logo: Uint8Array | null;
  font: string;
  colour: string;
  stylesDocx: Uint8Array | null;
}

export type UploadErrors = Partial<Record<keyof HouseStyleUpload, string>>;

/** The Dutch reason per field why an upload is refused; empty when it may be stored. */
export function checkHouseStyle(upload: HouseStyleUpload): UploadErrors {
  const errors: UploadErrors = {};
  if (upload.logo) {
    const type = logoType(upload.logo);
    if (upload.logo.length > MAX_LOGO_BYTES) errors.logo = "Het logo is groter dan 1 MB. Kies een kleiner bestand.";
    else if (!type || !imageSize(upload.logo, type)) errors.logo = "Het logo is geen PNG- of JPEG-afbeelding. Kies een .png- of .jpg-bestand.";
  }
  if (upload.font && !(HOUSE_STYLE_FONTS as readonly string[]).includes(upload.font)) errors.font = "Kies een lettertype uit de lijst.";
  if (upload.colour && !/^#[0-9a-fA-F]{6}$/.test(upload.colour)) errors.colour = "Geef de kleur als #RRGGBB, bijvoorbeeld #1F3864.";
  if (upload.stylesDocx) {
    if (upload.stylesDocx.length > MAX_STYLES_BYTES) errors.stylesDocx = "Het Word-bestand is groter dan 5 MB.";
    else if (!stylesXmlOf(upload.stylesDocx)) errors.stylesDocx = "Dit is geen Word-bestand (.docx) met stijlen. Kies een .docx-bestand.";
  }
  return errors;
}

/** Stores a checked upload; parts not uploaded keep what was stored. */
export function storeHouseStyle(db: Db, municipalityId: number, upload: HouseStyleUpload, userId: number): void {
  saveHouseStyle(db, municipalityId, {
    font: upload.font || null,
    colour: upload.colour || null,
    updatedBy: userId,
    ...(upload.logo ? { logo: Buffer.from(upload.logo), logoType: logoType(upload.logo) } : {}),
    ...(upload.stylesDocx ? { stylesDocx: Buffer.from(upload.stylesDocx) } : {}),
  });
}

function toHouseStyle(row: HouseStyleRow): HouseStyle {
  const type = row.logo ? logoType(row.logo) : null;
  const size = row.logo && type ? imageSize(row.logo, type) : null;
  return {
    font: row.font,
    colour: row.colour,
    logo: row.logo && type && size ? { data: new Uint8Array(row.logo), type, ...size } : null,
    stylesXml: row.stylesDocx ? stylesXmlOf(new Uint8Array(row.stylesDocx)) : null,
  };
}

export function houseStyleFor(db: Db, municipalityId: number): HouseStyle | undefined {
  const row = getHouseStyle(db, municipalityId);
  return row ? toHouseStyle(row) : undefined;
}

/** What the page shows of a stored style. */
export function houseStyleSummary(db: Db, municipalityId: number) {
  const row = getHouseStyle(db, municipalityId);
  return { font: row?.font ?? "", colour: row?.colour ?? "", hasLogo: Boolean(row?.logo), hasStyles: Boolean(row?.stylesDocx) };
}
