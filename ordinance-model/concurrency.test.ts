import { describe, expect, it } from "vitest";
import { decideSave, sameValue } from "./concurrency";

describe("decideSave", () => {
  it("accepts a first choice based on 'nothing stored' and gives it version 1", () => {
    expect(decideSave(null, 0, 12)).toEqual({ ok: true, version: 1 });
  });

  it("accepts a save based on the current version and bumps it", () => {
    expect(decideSave({ version: 3, value: 12 }, 3, 14)).toEqual({
      ok: true,
      version: 4,
    });
  });

  it("refuses a save based on an older version and returns the other person's value", () => {
    expect(decideSave({ version: 4, value: 14 }, 3, 10)).toEqual({
      ok: false,
      current: { version: 4, value: 14 },
    });
  });

  it("refuses a first choice when someone else stored one meanwhile", () => {
    expect(decideSave({ version: 1, value: "college" }, 0, "mandaat")).toEqual({
      ok: false,
      current: { version: 1, value: "college" },
    });
  });

  it("refuses a save based on a choice that someone else removed meanwhile", () => {
    expect(decideSave(null, 2, 10)).toEqual({ ok: false, current: null });
  });

  it("accepts a stale save that stores the value already there: nothing is overwritten", () => {
    expect(
      decideSave({ version: 5, value: { unit: "months", amount: 6 } }, 2, {
        amount: 6,
        unit: "months",
      }),
    ).toEqual({ ok: true, version: 5 });
  });
});

describe("sameValue", () => {
  it("compares arrays in order and objects by key", () => {
    expect(sameValue(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameValue({ amount: 1, unit: "years" }, { unit: "years", amount: 1 })).toBe(true);
    expect(sameValue(1, "1")).toBe(false);
    expect(sameValue(null, false)).toBe(false);
  });
});
