import type { Db } from "../../db/client";
import { getHouseStyle, saveHouseStyle, type HouseStyleRow } from "../../db/queries/documents";
import type { HouseStyle } from "../../templates/layout";
import { imageSize, logoType, readStyles, type StylesProblem } from "./house-style-files.server";

// A municipality's house style: a logo (PNG or JPEG, recognised by its first bytes, not by its name or the type the
// browser claims), a font and colour, and optionally a Word file whose styles the documents take over. Files are
// checked on upload and again when a document is made, so a bad stored style never breaks a document.

export const HOUSE_STYLE_FONTS = ["Arial", "Calibri", "Verdana", "Times New Roman", "Georgia", "Segoe UI"] as const;
const MAX_LOGO_BYTES = 1024 * 1024;
export const MAX_STYLES_BYTES = 5 * 1024 * 1024;
/** Logo and Word file together, with room for the form's other fields; a larger body gets past the global limit to the route (app/uploads.server.ts). */
export const MAX_UPLOAD_BYTES = MAX_STYLES_BYTES + 2 * 1024 * 1024;

export interface HouseStyleUpload {
  logo: Uint8Array | null;
  font: string;
  colour: string;
  stylesDocx: Uint8Array | null;
}

export type UploadErrors = Partial<Record<keyof HouseStyleUpload, string>>;

const STYLES_PROBLEMS: Record<StylesProblem, string> = {
  notDocx: "Dit is geen Word-bestand (.docx) met stijlen. Kies een .docx-bestand.",
  tooLarge: "De stijlen in dit Word-bestand zijn uitgepakt veel te groot. Kies een gewoon Word-sjabloon.",
  doctype: "De stijlen in dit Word-bestand bevatten een DOCTYPE-declaratie; die is niet toegestaan. Sla het bestand opnieuw op in Word.",
  malformed: "De stijlen in dit Word-bestand zijn geen geldige XML. Sla het bestand opnieuw op in Word.",
};

/** The Dutch reason per field why an upload is refused; empty when it may be stored. */
export function checkHouseStyle(upload: HouseStyleUpload): UploadErrors {
  const errors: UploadErrors = {};
  if (upload.logo) {
    const type = logoType(upload.logo);
    if (upload.logo.length > MAX_LOGO_BYTES) errors.logo = "Het logo is groter dan 1 MB. Kies een kleiner bestand.";
    else if (!type) errors.logo = "Het logo is geen PNG- of JPEG-afbeelding. Kies een .png- of .jpg-bestand.";
    else if (!imageSize(upload.logo, type)) errors.logo = "Het logo heeft geen bruikbare afmetingen (0 pixels, of meer dan 10.000). Kies een ander bestand.";
  }
  if (upload.font && !(HOUSE_STYLE_FONTS as readonly string[]).includes(upload.font)) errors.font = "Kies een lettertype uit de lijst.";
  if (upload.colour && !/^#[0-9a-fA-F]{6}$/.test(upload.colour)) errors.colour = "Geef de kleur als #RRGGBB, bijvoorbeeld #1F3864.";
  if (upload.stylesDocx) {
    if (upload.stylesDocx.length > MAX_STYLES_BYTES) errors.stylesDocx = "Het Word-bestand is groter dan 5 MB.";
    else {
      const styles = readStyles(upload.stylesDocx);
      if ("problem" in styles) errors.stylesDocx = STYLES_PROBLEMS[styles.problem];
    }
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
    ...(upload.stylesDocx ? { stylesDocx: Buffer.from(keptStyles(upload.stylesDocx)) } : {}),
  });
}

function keptStyles(docx: Uint8Array): Uint8Array {
  const styles = readStyles(docx);
  if ("problem" in styles) throw new Error("Een geweigerd Word-bestand kan niet worden opgeslagen.");
  return styles.kept;
}

/** The stored style as the documents use it: a part that does not pass the checks (any more) is left out and named. */
function usableHouseStyle(row: HouseStyleRow): { style: HouseStyle; unusable: string[] } {
  const unusable: string[] = [];
  const type = row.logo ? logoType(row.logo) : null;
  const size = row.logo && type ? imageSize(row.logo, type) : null;
  if (row.logo && !size) unusable.push("het logo");
  const styles = row.stylesDocx ? readStyles(new Uint8Array(row.stylesDocx)) : null;
  if (styles && "problem" in styles) unusable.push("de Word-stijlen");
  return {
    style: {
      font: row.font,
      colour: row.colour,
      logo: row.logo && type && size ? { data: new Uint8Array(row.logo), type, ...size } : null,
      stylesXml: styles && "xml" in styles ? styles.xml : null,
    },
    unusable,
  };
}

export function houseStyleFor(db: Db, municipalityId: number): HouseStyle | undefined {
  const row = getHouseStyle(db, municipalityId);
  return row ? usableHouseStyle(row).style : undefined;
}

/** What the page shows of a stored style, with a warning when part of it cannot be used. */
export function houseStyleSummary(db: Db, municipalityId: number) {
  const row = getHouseStyle(db, municipalityId);
  const unusable = row ? usableHouseStyle(row).unusable : [];
  const problem = unusable.length
    ? `De opgeslagen huisstijl is niet helemaal bruikbaar: ${unusable.join(" en ")}. De documenten gebruiken daarvoor de standaardstijl; kies een nieuw bestand.`
    : null;
  return { font: row?.font ?? "", colour: row?.colour ?? "", hasLogo: Boolean(row?.logo), hasStyles: Boolean(row?.stylesDocx), problem };
}
