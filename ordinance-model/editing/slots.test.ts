import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slotKeyPattern } from "../slot-definition";
import { parseModel } from "../parse";
import { checkSlotAttrs, insertSlotValue, keyFromLabel, saveSlotDefinition, setProvisionCondition, slotDefinitions, type SlotAttrs } from "./slots";
import { cursorIn, fixtureState, positionOf, run } from "./test-state";

const draft = (overrides: Partial<SlotAttrs>): SlotAttrs => ({
  key: "wachttijd",
  kind: "integer",
  label: "Wachttijd in weken",
  guidance: "",
  fixed: false,
  default: 4,
  constraints: { min: 1, max: 12 },
  options: null,
  source: null,
  ...overrides,
});

describe("slots from the editor", () => {
  it("refuses what parseModel refuses, with Dutch messages per field", () => {
    const { doc } = fixtureState();
    expect(checkSlotAttrs(doc, draft({}), null).errors).toEqual({});
    const bad = checkSlotAttrs(doc, draft({ key: "Wacht tijd", label: " ", default: 20 }), null).errors;
    expect(bad.key).toMatch(/kleine letter/);
    expect(bad.label).toMatch(/label is verplicht/);
    expect(checkSlotAttrs(doc, draft({ default: 20 }), null).errors.default).toMatch(/^Ongeldige standaardwaarde/);
    expect(checkSlotAttrs(doc, draft({ key: "bindingJaren" }), null).errors.key).toBe("Deze sleutel bestaat al; kies een andere.");
    expect(checkSlotAttrs(doc, draft({ key: "bindingJaren" }), "bindingJaren").errors).toEqual({});
  });

  it("a new slot is registered and its value inserted at the cursor; the model stays valid", () => {
    let state = cursorIn(fixtureState(), "art-reikwijdte-lid");
    state = run(state, saveSlotDefinition(draft({}), null));
    state = run(state, insertSlotValue("wachttijd"));
    expect(slotDefinitions(state.doc).at(-1)!.node.attrs.key).toBe("wachttijd");
    expect(parseModel(state.doc.toJSON()).slots.get("wachttijd")!.default).toBe(4);
  });

  it("editing a slot replaces its definition", () => {
    const state = run(fixtureState(), saveSlotDefinition(draft({ key: "bindingJaren", default: 3 }), "bindingJaren"));
    const model = parseModel(state.doc.toJSON());
    expect(model.slots.get("bindingJaren")!.label).toBe("Wachttijd in weken");
    expect(slotDefinitions(state.doc)).toHaveLength(slotDefinitions(fixtureState().doc).length);
  });

  it("marking a provision optional sets the condition of the innermost provision", () => {
    let state = cursorIn(fixtureState(), "art-reikwijdte-lid");
    state = run(state, saveSlotDefinition(draft({ key: "reikwijdteLid", kind: "optional", default: true, constraints: null }), null));
    state = run(state, setProvisionCondition({ slot: "reikwijdteLid" }));
    expect(state.doc.nodeAt(positionOf(state, "art-reikwijdte-lid"))!.attrs.condition).toEqual({ slot: "reikwijdteLid" });
    expect(() => parseModel(state.doc.toJSON())).not.toThrow();
    // And back: the provision is always present again, the slot definition stays for reuse.
    state = run(state, setProvisionCondition(null));
    expect(state.doc.nodeAt(positionOf(state, "art-reikwijdte-lid"))!.attrs.condition).toBeNull();
    expect(parseModel(state.doc.toJSON()).slots.has("reikwijdteLid")).toBe(true);
  });
});

describe("keys derived from labels", () => {
  it("makes a valid, unused key of any label", () => {
    expect(keyFromLabel("Wachttijd in weken")).toBe("wachttijdInWeken");
    expect(keyFromLabel("Één keer per café-bezoek")).toBe("eenKeerPerCafeBezoek");
    expect(keyFromLabel("18 jaar of ouder")).toBe("keuze18JaarOfOuder");
    expect(keyFromLabel("  ")).toBe("keuze");
    expect(keyFromLabel("Loket", ["loket", "loket2"])).toBe("loket3");
  });

  it("always matches the slot key pattern (any label)", () => {
    fc.assert(fc.property(fc.string(), fc.array(fc.string()), (label, taken) => {
      const key = keyFromLabel(label, taken);
      expect(key).toMatch(slotKeyPattern);
      expect(taken).not.toContain(key);
    }));
  });
});
