import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { withSuggestions } from "../ordinance-model/testing/suggestions";
import { pendingSuggestionChanges } from "./suggestion-changes";
import { wijzigingen } from "./wijzigingen";

// The pending suggestions of the working draft as Word tracked changes, read back by pandoc: each revision carries the
// name of the one who proposed it; accepting all gives the text with every suggestion accepted.

const dir = mkdtempSync(join(tmpdir(), "modelwerk-voorstellen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pandoc(changes: "all" | "accept" | "reject"): Promise<string> {
  const docx = await wijzigingen({
    title: "Voorstellen",
    organisation: "Regio Twente",
    fromLabel: "de werkversie",
    toLabel: "de werkversie met alle voorstellen",
    ...pendingSuggestionChanges(withSuggestions(), { name: "Modelwerk", date: "2026-12-01T00:00:00Z" }),
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
