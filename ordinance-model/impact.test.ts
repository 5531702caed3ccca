import { describe, expect, test } from "vitest";
import { detectImpact, type StoredChoice } from "./impact";
import { parseModel } from "./parse";
import { option, ordinance, simpleArticle, slot, type SlotSpec } from "./testing/builder";

const base: SlotSpec[] = [
  {
    key: "jaren",
    kind: "integer",
    label: "Jaren",
    default: 2,
    constraints: { min: 1, max: 5 },
  },
  {
    key: "orgaan",
    kind: "alternatives",
    label: "Orgaan",
    default: "a",
    options: [option("a", "A"), option("b", "B")],
  },
  {
    key: "gemeente",
    kind: "automatic",
    label: "Gemeente",
    source: "municipalityName",
  },
];
const modelWith = (slots: SlotSpec[]) =>
  parseModel(
    ordinance({
      body: [simpleArticle("a1", "A", ["Tekst ", slot("jaren"), " bij ", slot("gemeente"), "."])],
      slots,
    }),
  );

const before = modelWith(base);
const chosen = (key: string, value: unknown): StoredChoice => ({
  key,
  value,
  definition: before.slots.get(key) ?? null,
});

describe("detectImpact", () => {
  test("reports nothing when the model did not change", () => {
    expect(detectImpact(before, [chosen("jaren", 3), chosen("orgaan", "b")])).toEqual([]);
  });

  test("reports nothing for a municipality that has not begun: its open slots are progress, not change", () => {
    expect(
      detectImpact(
        modelWith([
          ...base,
          {
            key: "nieuw",
            kind: "text",
            label: "Nieuw",
            constraints: { required: true },
          },
        ]),
        [],
      ),
    ).toEqual([]);
  });

  test("a slot added without a regional default needs a choice; one with a default, or a fixed one, does not", () => {
    const now = modelWith([
      ...base,
      {
        key: "nieuw",
        kind: "alternatives",
        label: "Nieuw",
        options: [option("x", "X"), option("y", "Y")],
      },
      {
        key: "metStandaard",
        kind: "text",
        label: "Met standaard",
        default: "x",
      },
      { key: "vast", kind: "integer", label: "Vast", default: 1, fixed: true },
    ]);
    expect(detectImpact(now, [chosen("jaren", 3), chosen("orgaan", "a")])).toEqual([
      {
        key: "nieuw",
        kind: "new-slot",
        label: "Nieuw",
        message: "Nieuwe keuzemogelijkheid zonder regionale standaard: maak een keuze.",
      },
    ]);
  });

  test("a chosen option that no longer exists is reported with the reason", () => {
    const now = modelWith([base[0]!, { ...base[1]!, options: [option("a", "A"), option("c", "C")] }, base[2]!]);
    const [impact, ...rest] = detectImpact(now, [chosen("jaren", 3), chosen("orgaan", "b")]);
    expect(rest).toEqual([]);
    expect(impact).toMatchObject({ key: "orgaan", kind: "option-gone" });
    expect(impact!.message).toContain('"b" is geen van de opties');
  });

  test("a value outside a narrowed range counts as no longer possible", () => {
    const now = modelWith([{ ...base[0]!, constraints: { min: 1, max: 2 } }, base[1]!, base[2]!]);
    expect(detectImpact(now, [chosen("jaren", 4), chosen("orgaan", "a")]).map((i) => [i.key, i.kind])).toEqual([["jaren", "option-gone"]]);
  });

  test("a slot that has gone is reported as archived, with its old label", () => {
    const now = modelWith([base[0]!, base[2]!]);
    expect(detectImpact(now, [chosen("jaren", 3), chosen("orgaan", "b")])).toEqual([
      {
        key: "orgaan",
        kind: "slot-gone",
        label: "Orgaan",
        message: "Deze keuzemogelijkheid staat niet meer in het model. Uw keuze is bewaard als archief.",
      },
    ]);
  });

  test("a changed default is reported in words, although the choice itself still fits", () => {
    const now = modelWith([{ ...base[0]!, default: 4 }, base[1]!, base[2]!]);
    expect(detectImpact(now, [chosen("jaren", 3), chosen("orgaan", "a")])).toEqual([
      {
        key: "jaren",
        kind: "definition-changed",
        label: "Jaren",
        message: "De regionale standaard is gewijzigd van 2 in 4.",
      },
    ]);
  });

  test("changed option texts and a slot that became regionally fixed are reported", () => {
    const now = modelWith([{ ...base[0]!, fixed: true }, { ...base[1]!, options: [option("a", "A"), option("b", "B nieuw")] }, base[2]!]);
    expect(detectImpact(now, [chosen("jaren", 3), chosen("orgaan", "b")]).map((i) => [i.key, i.kind])).toEqual([
      ["jaren", "now-fixed"],
      ["orgaan", "definition-changed"],
    ]);
  });

  test("a choice stored without its definition is only checked against the current model", () => {
    const now = modelWith([{ ...base[0]!, default: 4 }, base[1]!, base[2]!]);
    expect(detectImpact(now, [{ key: "jaren", value: 3, definition: null }, chosen("orgaan", "a")])).toEqual([]);
  });
});
