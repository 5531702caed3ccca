import { describe, expect, it } from "vitest";
import { attrsFromFields, fieldsFromAttrs } from "./slot-form";

const fields = (overrides: Partial<ReturnType<typeof fieldsFromAttrs>>) => ({ ...fieldsFromAttrs({ kind: "text" }), key: "k", label: "L", ...overrides });

describe("slot dialog fields", () => {
  it("reads values per kind", () => {
    expect(attrsFromFields(fields({ kind: "duration", default: "6 maanden", min: "3" })).attrs).toMatchObject({ default: { amount: 6, unit: "months" }, constraints: { min: 3 } });
    expect(attrsFromFields(fields({ kind: "optional", default: "nee" })).attrs.default).toBe(false);
    expect(attrsFromFields(fields({ kind: "amount", default: "12,50" })).attrs.default).toBe(12.5);
    const choice = attrsFromFields(fields({ kind: "alternatives", options: "a = Via A\nb = Via B", default: "a" })).attrs;
    expect(choice.options).toEqual([
      { value: "a", label: "Via A", content: [{ type: "text", text: "Via A" }] },
      { value: "b", label: "Via B", content: [{ type: "text", text: "Via B" }] },
    ]);
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
});
