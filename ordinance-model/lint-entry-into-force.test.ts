import { afterEach, describe, expect, test, vi } from "vitest";
import { twenteModel } from "../db/seed/twente-model";
import { lint, parseModel, resolve } from "./index";

const model = parseModel(twenteModel as object);
const almelo = resolve(model, { effectiveDate: "2027-04-01" }, { name: "Almelo", slug: "almelo" });
const before = (councilMeetingDate?: string) => lint(almelo, councilMeetingDate ? { councilMeetingDate } : {}).filter((e) => e.code === "entry-into-force-before-meeting");

afterEach(() => vi.useRealTimers());

describe("entry into force before the council meeting", () => {
  test("is an error when the meeting is later than the date of entry into force, named at its member", () => {
    const errors = before("2027-05-10");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("1 april 2027");
    expect(errors[0]!.message).toContain("10 mei 2027");
    expect(errors[0]!.place).toMatch(/^artikel \d+, eerste lid$/);
  });

  test("is no error on or after the meeting, nor when the meeting is unknown", () => {
    expect(before("2027-02-08")).toEqual([]);
    expect(before("2027-04-01")).toEqual([]);
    expect(before()).toEqual([]);
  });

  test("gives the same answer whatever today is", () => {
    const answers = ["2026-01-01", "2027-03-01", "2030-12-31"].map((today) => {
      vi.useFakeTimers({ now: new Date(`${today}T12:00:00Z`) });
      return [before("2027-05-10").length, before("2027-02-08").length];
    });
    expect(answers).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
  });
});
