import { describe, expect, test } from "vitest";
import { ChoicesError, effectiveValues, validateChoices, type Choices } from "./choices";
import { parseModel } from "./parse";
import { resolve } from "./resolve";
import { option, ordinance, simpleArticle, slot } from "./testing/builder";

const model = parseModel(
  ordinance({
    body: [simpleArticle("a1", "A", ["Tekst ", slot("naam"), "."])],
    slots: [
      { key: "naam", kind: "text", label: "Naam", default: "Loket" },
      { key: "verplicht", kind: "text", label: "Verplichte tekst", constraints: { required: true } },
      { key: "jaren", kind: "integer", label: "Jaren", default: 2, constraints: { min: 1, max: 5 } },
      { key: "bedrag", kind: "amount", label: "Bedrag", default: 50, constraints: { max: 150 } },
      { key: "termijn", kind: "duration", label: "Termijn", default: { amount: 6, unit: "months" }, constraints: { min: 3, max: 24 } },
      { key: "datum", kind: "date", label: "Datum", default: "2026-07-01", constraints: { min: "2026-01-01" } },
      { key: "gemeente", kind: "automatic", label: "Gemeente", source: "municipalityName" },
      { key: "orgaan", kind: "alternatives", label: "Orgaan", default: "a", options: [option("a", "A"), option("b", "B")] },
      { key: "zonderStandaard", kind: "alternatives", label: "Zonder standaard", options: [option("a", "A"), option("b", "B")] },
      { key: "leges", kind: "optional", label: "Leges", default: false },
      { key: "extra", kind: "multiselect", label: "Extra", default: [], options: [option("x", "X"), option("y", "Y")] },
      { key: "vast", kind: "integer", label: "Vast percentage", fixed: true, default: 15 },
    ],
  }),
);
const complete: Choices = { verplicht: "iets", zonderStandaard: "b" };
const errorsFor = (choices: Choices) => validateChoices(model, { ...complete, ...choices });

describe("validateChoices", () => {
  test("accepts valid values of every kind, and missing ones that have a default", () => {
    expect(
      errorsFor({ naam: "Balie", jaren: 5, bedrag: 12.5, termijn: { amount: 2, unit: "years" }, datum: "2027-03-01", orgaan: "b", leges: true, extra: ["y", "x"] }),
    ).toEqual([]);
    expect(validateChoices(model, complete)).toEqual([]);
  });

  test.each([
    ["text", { naam: 12 }, "wrong-type", "Naam: verwacht een tekst."],
    ["integer", { jaren: 2.5 }, "wrong-type", "Jaren: verwacht een geheel getal."],
    ["amount", { bedrag: "50" }, "wrong-type", "Bedrag: verwacht een bedrag in euro's."],
    ["amount decimals", { bedrag: 1.234 }, "wrong-type", "Bedrag: verwacht een bedrag met ten hoogste twee decimalen."],
    ["duration", { termijn: { amount: 6, unit: "weeks" } }, "wrong-type", "Termijn: verwacht een termijn in hele maanden of jaren."],
    ["date", { datum: "1 juli 2026" }, "wrong-type", "Datum: verwacht een datum (JJJJ-MM-DD)."],
    ["optional", { leges: "ja" }, "wrong-type", "Leges: verwacht ja of nee."],
    ["multiselect", { extra: "x" }, "wrong-type", "Extra: verwacht een lijst van opties."],
    ["integer range", { jaren: 6 }, "out-of-range", "Jaren: de waarde moet tussen 1 en 5 liggen."],
    ["amount range", { bedrag: 150.01 }, "out-of-range", "Bedrag: de waarde moet ten hoogste € 150 zijn."],
    ["duration range in months", { termijn: { amount: 3, unit: "years" } }, "out-of-range", "Termijn: de waarde moet tussen 3 maanden en 2 jaar liggen."],
    ["date range", { datum: "2025-12-31" }, "out-of-range", "Datum: de waarde moet ten minste 1 januari 2026 zijn."],
    ["unknown option", { orgaan: "c" }, "unknown-option", 'Orgaan: "c" is geen van de opties.'],
    ["unknown option in a list", { extra: ["x", "z"] }, "unknown-option", 'Extra: "z" is geen van de opties.'],
    ["fixed slot", { vast: 20 }, "fixed", "Vast percentage: deze keuze ligt regionaal vast en kan niet lokaal worden aangepast."],
    ["automatic slot", { gemeente: "Borne" }, "fixed", "Gemeente: deze waarde wordt automatisch ingevuld en is geen lokale keuze."],
    ["unknown key", { kleur: "rood" }, "unknown-key", '"kleur" is geen keuzemogelijkheid van dit model.'],
  ])("%s", (_name, choices, code, message) => {
    expect(errorsFor(choices)).toEqual([{ key: Object.keys(choices)[0], code, message }]);
  });

  test("a required value without a regional default is missing; alternatives without default too", () => {
    expect(validateChoices(model, {})).toEqual([
      { key: "verplicht", code: "required", message: "Verplichte tekst: maak een keuze; de regio heeft geen standaardwaarde vastgesteld." },
      { key: "zonderStandaard", code: "required", message: "Zonder standaard: maak een keuze; de regio heeft geen standaardwaarde vastgesteld." },
    ]);
    expect(validateChoices(model, { verplicht: "   ", zonderStandaard: null })).toHaveLength(2);
  });

  test("one error per key", () => {
    const errors = validateChoices(model, { jaren: "x", bedrag: -1, kleur: 1, verplicht: "ja", zonderStandaard: "a" });
    expect(errors.map((e) => e.key)).toEqual(["jaren", "bedrag", "kleur"]);
  });
});

describe("effective values", () => {
  test("own choice, else the regional default; fixed slots keep the default; automatic slots follow the municipality", () => {
    const values = effectiveValues(model, { ...complete, jaren: 3, vast: 99, kleur: "rood", naam: "  Balie " }, { name: "Losser", slug: "losser" });
    expect(values.get("jaren")).toBe(3);
    expect(values.get("bedrag")).toBe(50);
    expect(values.get("vast")).toBe(15);
    expect(values.get("gemeente")).toBe("Losser");
    expect(values.get("naam")).toBe("Balie");
  });

  test("resolve refuses values it cannot write, with every error", () => {
    let error: unknown;
    try {
      resolve(model, { ...complete, jaren: 9, orgaan: "z", kleur: 1 }, { name: "Losser", slug: "losser" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChoicesError);
    expect((error as ChoicesError).errors.map((e) => e.code)).toEqual(["out-of-range", "unknown-option"]);
  });
});
