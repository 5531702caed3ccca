import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { Node } from "prosemirror-model";
import { Transform } from "prosemirror-transform";
import { schema } from "../ordinance-model/schema";
import { SUGGESTED_INSERTION } from "../ordinance-model/suggestions/marks";
import { textPosition, wil, withSuggestions } from "../ordinance-model/testing/suggestions";
import { pendingSuggestionChanges } from "./suggestion-changes";
import { wijzigingen } from "./wijzigingen";

// The pending suggestions of the working draft as Word tracked changes, read back by pandoc: each revision carries the
// name of the one who proposed it; accepting all gives the text with every suggestion accepted.

const dir = mkdtempSync(join(tmpdir(), "modelwerk-voorstellen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pandoc(changes: "all" | "accept" | "reject", doc: Node = withSuggestions()): Promise<string> {
  const docx = await wijzigingen({
    title: "Voorstellen",
    organisation: "Regio Twente",
    fromLabel: "de werkversie",
    toLabel: "de werkversie met alle voorstellen",
    ...pendingSuggestionChanges(doc, { name: "Modelwerk", date: "2026-12-01T00:00:00Z" }),
  });
  const path = join(dir, `${changes}.docx`);
  writeFileSync(path, docx);
  const text = execFileSync("pandoc", [`--track-changes=${changes}`, "-t", "markdown", "--wrap=none", path]).toString();
  return text.slice(text.indexOf("Tekst met wijzigingen"));
}

describe("wijzigingen of pending suggestions", () => {
  test("every tracked change carries its real author", async () => {
    const text = await pandoc("all");
    // pandoc writes a revision as [text]{.insertion author="…" date="…"} (or .deletion).
    const revisions = [...text.matchAll(/\[([^\]]*)\]\{\.(insertion|deletion) author="([^"]+)"/g)].map(([, words, kind, author]) => ({ words, kind, author }));
    expect(revisions.find((r) => r.kind === "insertion" && r.words!.includes("schriftelijk"))?.author).toBe("Wim Werkgroep");
    expect(revisions.find((r) => r.kind === "insertion" && r.words!.includes("ontvangst van de aanvraag"))?.author).toBe("Wim Werkgroep");
    expect(revisions.find((r) => r.kind === "deletion" && r.words!.includes("eenmaal"))?.author).toBe("Wil Werkgroep");
    expect(revisions.some((r) => r.author === "Modelwerk")).toBe(false);
  });

  test("accepting all gives the text with the suggestions, rejecting all the text as it stands", async () => {
    const [accepted, rejected] = [await pandoc("accept"), await pandoc("reject")];
    expect(accepted).toContain("Het college beslist schriftelijk binnen acht weken");
    expect(accepted).toContain("Het college bevestigt de ontvangst van de aanvraag.");
    expect(accepted).not.toContain("eenmaal");
    expect(rejected).toContain("Het college beslist binnen acht weken");
    expect(rejected).not.toContain("bevestigt de ontvangst");
    expect(rejected).toContain("eenmaal verlengen");
  });
});

// Issue 17: a reference or a citation suggested as new is a tracked change too. In
// "Beslissing", beside Wim's suggestions, Wil suggests "zie" and a reference as one run (the reference's words only the
// diff has: the run must still go under Wil's name, not the article's first suggester's); Wil suggests a citation in
// "Begripsbepalingen".
describe("wijzigingen of suggested references and citations", () => {
  const withAtoms = () => {
    const tr = new Transform(withSuggestions());
    const run = wil("s-verwijzing");
    const reference = schema.nodes.reference!.create({ target: "art-aanvraag", suggestion: { kind: "insertion", ...run } });
    tr.insert(textPosition(tr.doc, "acht weken"), [schema.text("zie ", [schema.marks[SUGGESTED_INSERTION]!.create(run)]), reference, schema.text(" ")]);
    const citation = { law: "BWBR0035303", article: "12", member: null, words: "artikel 12 van de Huisvestingswet 2014", suggestion: { kind: "insertion", ...wil("s-wet") } };
    tr.insert(textPosition(tr.doc, "In deze verordening"), [schema.nodes.lawReference!.create(citation), schema.text(" ")]);
    return tr.doc;
  };

  test("they carry their real authors; accepting all gives the text with them, rejecting all the text as it stands", async () => {
    const text = await pandoc("all", withAtoms());
    const revisions = [...text.matchAll(/\[([^\]]*)\]\{\.(insertion|deletion) author="([^"]+)"/g)].map(([, words, kind, author]) => ({ words, kind, author }));
    expect(revisions.find((r) => r.kind === "insertion" && r.words!.includes("zie artikel 5"))?.author).toBe("Wil Werkgroep");
    expect(revisions.find((r) => r.kind === "insertion" && r.words!.includes("Huisvestingswet"))?.author).toBe("Wil Werkgroep");
    const [accepted, rejected] = [await pandoc("accept", withAtoms()), await pandoc("reject", withAtoms())];
    expect(accepted).toContain("artikel 12 van de Huisvestingswet 2014");
    expect(rejected).not.toContain("artikel 12 van de Huisvestingswet");
  });
});
