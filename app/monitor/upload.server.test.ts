import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { toXlsx } from "../choices/xlsx.server";
import { figureFields, originKey, type MunicipalityRef } from "../../fair-share/index";
import { columnLetter, readUpload, templateCsv } from "./upload.server";

const REGION: MunicipalityRef[] = [
  { slug: "raalte", name: "Raalte" },
  { slug: "zwolle", name: "Zwolle" },
];
const keys = figureFields(REGION).map((f) => f.key);
const zeros = () => Object.fromEntries(keys.map((k) => [k, "0"]));

describe("reading an upload", () => {
  it("column letters run like a spreadsheet's", () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("the template reads back as a file of all municipalities with zero figures once filled with zeros", async () => {
    const template = parse(templateCsv(REGION, REGION.map((m) => ({ slug: m.slug }))).replace(/^\uFEFF/, ""), { delimiter: ";" }) as string[][];
    const filled = template.map((row, i) => (i === 0 ? row : row.map((cell, c) => (c === 0 ? cell : "0"))));
    const csv = filled.map((r) => r.join(";")).join("\n");
    const result = await readUpload({ name: "t.csv", bytes: new TextEncoder().encode(csv) }, REGION, new Set(["raalte", "zwolle"]));
    expect(result).toEqual({ ok: true, rows: REGION.map((m) => ({ slug: m.slug, figures: Object.fromEntries(keys.map((k) => [k, 0])) })) });
  });

  it("an Excel file goes through the same checks, and a problem names its cell", async () => {
    const row = { ...zeros(), gehuisvest: "2", categorie_mantelzorg: "2", [originKey("raalte")]: "1", [originKey("buiten-de-regio")]: "1", mutaties: "10", toewijzingen: "2" };
    const good = await toXlsx([["gemeente", ...keys], ["raalte", ...keys.map((k) => row[k]!)]], "cijfers");
    expect(await readUpload({ name: "c.xlsx", bytes: good }, REGION, new Set(["raalte"]))).toMatchObject({ ok: true, rows: [{ slug: "raalte", figures: { gehuisvest: 2, mutaties: 10 } }] });
    const bad = await toXlsx([["gemeente", ...keys], ["raalte", ...keys.map((k) => (k === "mutaties" ? "tien" : row[k]!))]], "cijfers");
    const column = columnLetter(keys.indexOf("mutaties") + 1);
    expect(await readUpload({ name: "c.xlsx", bytes: bad }, REGION, new Set(["raalte"]))).toEqual({
      ok: false,
      problems: [`Cel ${column}2 (Raalte, Mutaties: verhuurde sociale huurwoningen): Vul een geheel getal in, zonder punten of komma's.`],
    });
  });

  it("an origin outside the region is named in the header; a missing column too", async () => {
    const header = ["gemeente", ...keys.filter((k) => k !== "statushouders"), "herkomst_deventer"];
    const result = await readUpload({ name: "c.csv", bytes: new TextEncoder().encode(header.join(";") + "\nraalte") }, REGION, new Set(["raalte"]));
    expect(result).toEqual({
      ok: false,
      problems: [
        `Cel ${columnLetter(header.length - 1)}1: "deventer" is geen gemeente van de regio; herkomst is een gemeente van de regio of "buiten-de-regio".`,
        'Kolom "statushouders" (Gehuisveste statushouders (buiten de afspraken)) ontbreekt in de kopregel.',
      ],
    });
  });

  it("a file that is not a spreadsheet is refused in Dutch", async () => {
    const result = await readUpload({ name: "c.xlsx", bytes: new TextEncoder().encode("geen zip") }, REGION, new Set(["raalte"]));
    expect(result).toEqual({ ok: false, problems: ["Het bestand is geen leesbaar Excel-bestand (.xlsx)."] });
  });
});
