import { afterEach, describe, expect, test, vi } from "vitest";
import { twenteModel } from "../db/seed/twente-model";
import { lint, parseModel, resolve } from "./index";

// The year in the citeertitel against the year of the council meeting, with the seeded Twente model. Its entry into
// force is set after every meeting below, so that only this check can fire.

const model = parseModel(twenteModel as object);
const almelo = (ordinanceYear: number) => resolve(model, { ordinanceYear, effectiveDate: "2027-12-31" }, { name: "Almelo", slug: "almelo" });
const yearErrors = (ordinanceYear: number, councilMeetingDate?: string) =>
  lint(almelo(ordinanceYear), councilMeetingDate ? { councilMeetingDate } : {}).filter((e) => e.code === "citation-year-not-meeting-year");

afterEach(() => vi.useRealTimers());

describe("the year in the citeertitel and the council meeting", () => {
  test("is an error when the meeting falls in another year, named at the citeertitel's article, in Dutch", () => {
    const errors = yearErrors(2026, "2027-02-08");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.place).toMatch(/^artikel \d+$/);
    expect(errors[0]!.message).toBe(
      "De citeertitel noemt het jaar 2026, maar de raad stelt de verordening vast in de vergadering van 8 februari 2027. Het jaartal in de citeertitel is het jaar van vaststelling: 2027.",
    );
    expect(yearErrors(2028, "2027-12-31")).toHaveLength(1);
  });

  test("is no error when the years agree, nor when the meeting is unknown", () => {
    expect(yearErrors(2027, "2027-02-08")).toEqual([]);
    expect(yearErrors(2027, "2027-12-31")).toEqual([]);
    expect(yearErrors(2026)).toEqual([]);
  });

  test("gives the same answer whatever today is", () => {
    const answers = ["2026-01-01", "2027-06-15", "2031-12-31"].map((today) => {
      vi.useFakeTimers({ now: new Date(`${today}T12:00:00Z`) });
      return [yearErrors(2026, "2027-02-08").length, yearErrors(2027, "2027-02-08").length];
    });
    expect(answers).toEqual([
      [1, 0],
      [1, 0],
      [1, 0],
    ]);
  });
});
