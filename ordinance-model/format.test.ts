import { expect, test } from "vitest";
import { formatAmount, formatDate, formatDuration, formatList } from "./format";

test("amounts in euros with a decimal comma and thousands dots", () => {
  expect([0, 50, 12.5, 1250.05, 1234567.891, 0.1 + 0.2].map(formatAmount)).toEqual(["€ 0", "€ 50", "€ 12,50", "€ 1.250,05", "€ 1.234.567,89", "€ 0,30"]);
});

test("durations keep their unit, in singular or plural", () => {
  expect(formatDuration({ amount: 12, unit: "months" })).toBe("12 maanden");
  expect(formatDuration({ amount: 1, unit: "months" })).toBe("1 maand");
  expect(formatDuration({ amount: 1, unit: "years" })).toBe("1 jaar");
  expect(formatDuration({ amount: 3, unit: "years" })).toBe("3 jaar");
});

test("dates in words", () => {
  expect(["2026-07-01", "2026-01-31", "2027-12-09"].map(formatDate)).toEqual(["1 juli 2026", "31 januari 2026", "9 december 2027"]);
});

test("lists with commas and a conjunction", () => {
  expect(formatList([])).toBe("");
  expect(formatList(["a"])).toBe("a");
  expect(formatList(["a", "b"])).toBe("a en b");
  expect(formatList(["a", "b", "c"], "of")).toBe("a, b of c");
});
