import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { toCsv } from "./csv.server";

const cells = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split(";");

describe("toCsv", () => {
  it.each(["=HYPERLINK(\"http://evil.test\",\"klik\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"])(
    "neutralises a cell that a spreadsheet would run as a formula: %j",
    (value) => {
      const [cell] = cells(toCsv([[value]]));
      expect(cell!.replace(/^"/, "")).toMatch(/^'/);
    },
  );

  it("leaves ordinary text and numbers as they are, and quotes what needs quoting", () => {
    expect(cells(toCsv([["Almelo", "8 weken", "12", 'Waarom "acht"; niet zes?']]))).toEqual(["Almelo", "8 weken", "12", '"Waarom ""acht""', ' niet zes?"']);
  });

  it("keeps a negative number a number (a monitor balance of -3 is no formula)", () => {
    expect(cells(toCsv([["-3", "-1,5", "-12%"]]))).toEqual(["-3", "-1,5", "-12%"]);
  });

  it("no cell of any text starts with a formula character once written, unless it is a plain number", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const written = toCsv([[value]]).replace(/^\uFEFF/, "").replace(/\r\n$/, "");
        const unquoted = written.startsWith('"') ? written.slice(1) : written;
        return !/^[=+\-@\t\r]/.test(unquoted) || /^-?\d+([.,]\d+)*%?$/.test(value);
      }),
    );
  });
});
