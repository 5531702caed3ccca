import { describe, expect, it } from "vitest";
import { applyAmendments, amendableProvisions, renderText, resolve, toResolvedOrdinance, type CouncilAmendment } from "./index";
import { fixtureModel } from "./testing/fixture-model";

const resolved = resolve(fixtureModel(), { naamOudeRegeling: "Urgentieregeling Twente 2019" }, { name: "Borne", slug: "borne" });
const apply = (amendments: CouncilAmendment[]) => applyAmendments(resolved.doc, resolved.numbering, amendments);
const amend = (provision: string, text: string): CouncilAmendment[] => [{ number: "A1", title: "Amendement", changes: [{ provision, text }] }];
const wording = (doc: typeof resolved.doc, id: string) => amendableProvisions({ doc, numbering: resolved.numbering }).find((p) => p.id === id)!.text;

describe("council amendments on a municipality's resolved text", () => {
  it("lists members and items with their place in words and their own wording", () => {
    const list = amendableProvisions(resolved);
    const term = list.find((p) => p.id === "art-beslissing-lid-termijn")!;
    expect(term.kind).toBe("member");
    expect(term.text).toBe("Het college beslist binnen acht weken na ontvangst van de volledige aanvraag.");
    expect(term.place).toMatch(/^artikel \d+, eerste lid$/);
    expect(list.find((p) => p.id === "weigering-groep")!.kind).toBe("item");
  });

  it("replaces the wording of a member and leaves every other provision as it was", () => {
    const { doc, problems } = apply(amend("art-beslissing-lid-termijn", "Het college beslist binnen zes weken na ontvangst van de volledige aanvraag."));
    expect(problems).toEqual([]);
    expect(wording(doc, "art-beslissing-lid-termijn")).toBe("Het college beslist binnen zes weken na ontvangst van de volledige aanvraag.");
    const before = amendableProvisions(resolved).filter((p) => p.id !== "art-beslissing-lid-termijn");
    const after = amendableProvisions({ doc, numbering: resolved.numbering }).filter((p) => p.id !== "art-beslissing-lid-termijn");
    expect(after).toEqual(before);
    // The input is not touched: resolved texts are immutable.
    expect(wording(resolved.doc, "art-beslissing-lid-termijn")).toContain("acht weken");
  });

  it("keeps a reference whose words the new wording still has, so its number and link follow the text", () => {
    const old = wording(resolved.doc, "weigering-groep");
    const words = old.match(/bedoeld in (.+?);?$/)![1]!.replace(/;$/, "");
    const { doc, problems } = apply(amend("weigering-groep", `de aanvrager naar het oordeel van het college niet behoort tot een groep als bedoeld in ${words};`));
    expect(problems).toEqual([]);
    const item = (() => {
      let found: typeof doc | null = null;
      doc.descendants((n) => (found ? false : n.attrs.id === "weigering-groep" ? ((found = n), false) : true));
      return found!;
    })();
    const refs: string[] = [];
    item.descendants((n) => void (n.type.name === "reference" && refs.push(String(n.attrs.target))));
    expect(refs).toEqual(["art-categorieen-lid-groepen"]);
    const text = renderText(toResolvedOrdinance(doc, resolved.municipality));
    expect(text).toContain(`naar het oordeel van het college niet behoort tot een groep als bedoeld in ${words}`);
  });

  it("says in Dutch what does not fit, per change, and changes nothing then", () => {
    const { doc, problems } = applyAmendments(resolved.doc, resolved.numbering, [
      { number: "A1", title: "Onbekend", changes: [{ provision: "bestaat-niet", text: "x" }, { provision: "art-beslissing", text: "x" }] },
      { number: "A2", title: "Leeg en gelijk", changes: [{ provision: "art-beslissing-lid-termijn", text: "  " }, { provision: "weigering-groep", text: wording(resolved.doc, "weigering-groep") }] },
      { number: "A3", title: "Twee regels", changes: [{ provision: "weigering-eerder", text: "één\ntwee" }] },
    ]);
    expect(doc).toBe(resolved.doc);
    expect(problems.map((p) => [p.amendment, p.change, p.field])).toEqual([
      [0, 0, "provision"],
      [0, 1, "provision"],
      [1, 0, "text"],
      [1, 1, "text"],
      [2, 0, "text"],
    ]);
    expect(problems[0]!.message).toContain("staat niet in de tekst");
    expect(problems[3]!.message).toContain("gelijk aan de voorgestelde tekst");
    expect(problems[4]!.message).toContain("op één regel");
  });

  it("applies amendments in order: a later one may change what an earlier one changed", () => {
    const { doc, problems } = apply([
      { number: "A1", title: "Zes weken", changes: [{ provision: "art-beslissing-lid-termijn", text: "Het college beslist binnen zes weken." }] },
      { number: "A2", title: "Vier weken", changes: [{ provision: "art-beslissing-lid-termijn", text: "Het college beslist binnen vier weken." }] },
    ]);
    expect(problems).toEqual([]);
    expect(wording(doc, "art-beslissing-lid-termijn")).toBe("Het college beslist binnen vier weken.");
  });
});
