import { describe, expect, it } from "vitest";
import { attrsFromFields, drafterErrors, fieldsFromAttrs, kindFields, optionRow } from "./slot-form";

const fields = (overrides: Partial<ReturnType<typeof fieldsFromAttrs>>) => ({ ...fieldsFromAttrs({ kind: "text" }), key: "k", label: "L", ...overrides });

describe("slot dialog fields", () => {
  it("reads values per kind", () => {
    expect(attrsFromFields(fields({ kind: "duration", default: "6 maanden", min: "3" })).attrs).toMatchObject({ default: { amount: 6, unit: "months" }, constraints: { min: 3 } });
    expect(attrsFromFields(fields({ kind: "optional", default: "nee" })).attrs.default).toBe(false);
    expect(attrsFromFields(fields({ kind: "amount", default: "12,50" })).attrs.default).toBe(12.5);
    const rows = [optionRow("Via A", "via Woninghuren.nl", []), { value: "b", label: "Via B", wording: "" }];
    const choice = attrsFromFields(fields({ kind: "alternatives", options: rows, default: "viaA" })).attrs;
    expect(choice.options).toEqual([
      { value: "viaA", label: "Via A", content: [{ type: "text", text: "via Woninghuren.nl" }] },
      { value: "b", label: "Via B", content: [{ type: "text", text: "Via B" }] },
    ]);
    expect(choice.default).toBe("viaA");
  });

  it("says in Dutch what it cannot read", () => {
    expect(attrsFromFields(fields({ kind: "duration", default: "een tijdje" })).errors.default).toMatch(/6 maanden/);
    expect(attrsFromFields(fields({ kind: "integer", default: "veel" })).errors.default).toBe("Vul een getal in.");
  });

  it("shows an existing definition in the fields it came from", () => {
    const shown = fieldsFromAttrs({ key: "termijn", kind: "duration", label: "Termijn", default: { amount: 2, unit: "years" }, constraints: { required: true, max: 36 } });
    expect(shown).toMatchObject({ default: "2 jaar", max: "36", required: true });
    expect(attrsFromFields(shown).attrs).toMatchObject({ default: { amount: 2, unit: "years" }, constraints: { required: true, max: 36 } });
  });

  it("keeps an existing option's value and its rich wording while the wording is unchanged", () => {
    const content = [{ type: "text", text: "bij " }, { type: "slotValue", attrs: { slot: "college" } }];
    const shown = fieldsFromAttrs({ key: "loket", kind: "alternatives", label: "Loket", options: [{ value: "college", label: "Bij het college", content }] });
    expect(shown.options).toEqual([{ value: "college", label: "Bij het college", wording: "bij ", content }]);
    const renamed = { ...shown, options: [{ ...shown.options[0]!, label: "Gemeentehuis" }] };
    expect(attrsFromFields(renamed).attrs.options).toEqual([{ value: "college", label: "Gemeentehuis", content }]);
    const reworded = { ...shown, options: [{ ...shown.options[0]!, wording: "bij de gemeente" }] };
    expect(attrsFromFields(reworded).attrs.options).toEqual([{ value: "college", label: "Bij het college", content: [{ type: "text", text: "bij de gemeente" }] }]);
  });

  it("shows only the fields of the chosen kind, and drops the others' values", () => {
    expect(kindFields("text")).toEqual({ bounds: false, options: false, source: false, default: true, required: true });
    expect(kindFields("automatic")).toMatchObject({ source: true, default: false });
    const attrs = attrsFromFields(fields({ kind: "text", min: "3", options: [optionRow("A", "", [])], source: "municipalityName" })).attrs;
    expect(attrs).toMatchObject({ constraints: null, options: null, source: null });
  });

  it("puts the shared checks' messages in a drafter's words", () => {
    const errors = drafterErrors({ key: "Deze sleutel bestaat al; kies een andere.", constraints: "Min is groter dan max", options: "Optiewaarden moeten uniek zijn" });
    expect(errors).toEqual({
      key: expect.stringMatching(/^Er is al een keuzemogelijkheid met deze interne naam/),
      min: "Het minimum is groter dan het maximum.",
      options: "Twee opties hebben dezelfde naam. Geef elke optie een eigen naam.",
    });
  });
});
