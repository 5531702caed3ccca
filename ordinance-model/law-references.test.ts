import { describe, expect, test } from "vitest";
import { twenteModel } from "../db/seed/twente-model";
import { ModelError } from "./model-error";
import { jci, knownLaws, lawReferenceProblems, lawReferenceUrl, suggestedWords } from "./law-references";
import { parseModel } from "./parse";
import { ordinalWord } from "./references";
import { schema } from "./schema";
import { walk } from "./tree";

const model = parseModel(twenteModel as object);

/** Every citation of national law in the seeded model, with the text of the block it stands in. */
function citations() {
  const out: { law: string; article: string; member: string | null; words: string; block: string }[] = [];
  walk(model.doc, (node) => {
    if (!node.isTextblock) return;
    const block = node.textBetween(0, node.content.size, "", (leaf) => (leaf.type.name === "lawReference" ? String(leaf.attrs.words) : ""));
    node.forEach((child) => {
      if (child.type.name === "lawReference") out.push({ ...(child.attrs as { law: string; article: string; member: string | null; words: string }), block });
    });
    return false;
  });
  return out;
}

describe("citations of national law", () => {
  test("the JCI 1.3 identifier names the law, the article and the member", () => {
    expect(jci({ law: "BWBR0035303", article: "4", member: null })).toBe("jci1.3:c:BWBR0035303&artikel=4");
    expect(lawReferenceUrl({ law: "BWBR0005537", article: "10:3", member: "3" })).toBe("https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=10:3&lid=3");
  });

  test("bad attributes are named per field in Dutch; good ones pass", () => {
    expect(lawReferenceProblems({ law: "BWBR0035303", article: "2:3", member: null, words: "artikel 2:3" })).toEqual({});
    const problems = lawReferenceProblems({ law: "BWB35303", article: "artikel 4", member: "eerste", words: " " });
    expect(Object.keys(problems).sort()).toEqual(["article", "law", "member", "words"]);
    expect(problems.law).toContain("BWBR");
  });

  test("a stored model with a malformed citation is refused at its path", () => {
    const json = structuredClone(twenteModel) as { content: { content: { content: { type: string; attrs: Record<string, unknown> }[] }[] }[] };
    const clause = json.content[1]!.content.find((c) => c.content?.some((n) => n.type === "lawReference"))!;
    clause.content.find((n) => n.type === "lawReference")!.attrs.law = "BWBR12";
    expect(() => parseModel(json)).toThrow(ModelError);
    expect(() => parseModel(json)).toThrow(/attrs\.law/);
  });

  test("the suggested words follow the law's name and the member in words", () => {
    expect(suggestedWords({ law: "BWBR0005537", article: "7:13", member: null }, ordinalWord)).toBe("artikel 7:13 van de Algemene wet bestuursrecht");
    expect(suggestedWords({ law: "BWBR0001854", article: "273f", member: "2" }, ordinalWord)).toBe("artikel 273f, tweede lid, van het Wetboek van Strafrecht");
  });

  test("the DOM form keeps every attribute and the words", () => {
    const node = schema.nodes.lawReference!.create({ law: "BWBR0005537", article: "10:3", member: "3", words: "artikel 10:3, derde lid, van de Awb" });
    const [tag, attrs, words] = node.type.spec.toDOM!(node) as unknown as [string, Record<string, string>, string];
    expect([tag, attrs.href, words]).toEqual(["a", "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=10:3&lid=3", "artikel 10:3, derde lid, van de Awb"]);
    const rule = node.type.spec.parseDOM![0] as { getAttrs: (dom: unknown) => Record<string, unknown> };
    // A pending suggestion is not part of the DOM form: a pasted citation is not anyone's suggestion.
    expect(rule.getAttrs({ getAttribute: (n: string) => attrs[n] ?? null, textContent: words })).toEqual({ ...node.attrs, suggestion: undefined });
  });

  test("the seeded model cites its laws as nodes, each id that of the law its words name", () => {
    const found = citations();
    expect(found.length).toBeGreaterThanOrEqual(20);
    for (const c of found) {
      const law = knownLaws.find((l) => l.id === c.law);
      expect(law, `${c.law} (${c.words})`).toBeDefined();
      // "artikel 4 van de wet": the defined term "wet" is the Huisvestingswet 2014; the preamble names the law after its articles.
      const named = c.words.includes(law!.name) || new RegExp(`de artikelen [\\d en]*\\b${c.words}\\b[\\d en]* van de ${law!.name}`).test(c.block) || (c.words.endsWith("van de wet") && law!.name === "Huisvestingswet 2014");
      expect(named, `${c.law} in “${c.block}”`).toBe(true);
      expect(c.words).toMatch(new RegExp(`^(artikel )?${c.article.replace(/[.:]/g, "\\$&")}\\b`));
      if (c.member) expect(c.words).toContain(`${ordinalWord(Number(c.member))} lid`);
    }
    // No citation of those laws is left as plain text.
    walk(model.doc, (node) => {
      if (node.isText) for (const l of knownLaws) expect(node.text, l.name).not.toMatch(new RegExp(`artikel \\S+ (?:\\S+ lid, )?van (?:de|het) ${l.name}`));
    });
  });
});

test("a citation's words are part of the text it stands in", () => {
  const clause = model.doc.child(1).child(6);
  expect(clause.textContent).toBe("gelet op de artikelen 4 en 12 van de Huisvestingswet 2014, zoals gewijzigd bij de Wet versterking regie volkshuisvesting, en artikel 149 van de Gemeentewet;");
});
