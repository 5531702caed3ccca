import { describe, expect, test } from "vitest";
import { parseModel, renderHtml, renderJson, renderText, resolve } from "../ordinance-model/index";
import { twenteModel } from "../db/seed/twente-model";
import { blockText } from "./blocks";
import { ordinanceBlocks } from "./ordinance";

// HTML, text, JSON and Word draw the same inline segments: the reference-owned comma, merged references and numbers
// in words must read the same in all four. Each phrase below comes from the seeded model with Enschede's choices.

const model = parseModel(twenteModel as object);
const enschede = resolve(model, { applicationFeeCharged: true, applicationFee: 25 }, { name: "Enschede", slug: "enschede" });

const phrases = [
  // A reference with a comma inside closes with a comma before "of"; a short one before a word does not.
  /op grond van artikel \d+, eerste lid, onderdeel f, of artikel \d+\./,
  /als bedoeld in het eerste lid wordt alleen verleend als:/,
  /de termijn, bedoeld in het eerste lid, geen woning/,
  // Items of one member merge into one reference.
  /op grond van artikel \d+, eerste lid, onderdelen a of c, tenzij/,
  // Small numbers and durations in words, amounts without cents.
  /binnen acht weken na ontvangst/,
  /geldig gedurende zes maanden/,
  /ten bedrage van € 25, op de voet/,
  // A citation of national law reads as written.
  /op de voet van artikel 2:3 van de Algemene wet bestuursrecht onverwijld door/,
];

const textOfHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("the renderers agree", () => {
  const renderings = {
    text: renderText(enschede).replace(/\s+/g, " "),
    html: textOfHtml(renderHtml(enschede)),
    json: JSON.stringify(JSON.parse(renderJson(enschede))).replace(/\s+/g, " "),
    word: ordinanceBlocks(enschede).map((b) => blockText(b)).join(" ").replace(/\s+/g, " "),
  };

  test.each(Object.keys(renderings) as (keyof typeof renderings)[])("%s has the punctuation, merged references and numbers in words", (kind) => {
    for (const phrase of phrases) expect(renderings[kind], `${kind}: ${phrase}`).toMatch(phrase);
  });
});

test("citations of national law link to wetten.overheid.nl in HTML and Word alike", () => {
  const href = "https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=2:3";
  expect(renderHtml(enschede)).toContain(`<a class="mw-law-reference" href="${href.replace("&", "&amp;")}">artikel 2:3 van de Algemene wet bestuursrecht</a>`);
  const runs = ordinanceBlocks(enschede).flatMap((b) => b.runs);
  expect(runs.find((r) => r.text === "artikel 2:3 van de Algemene wet bestuursrecht")?.link).toBe(href);
  // The text renderer writes the words only.
  expect(renderText(enschede)).not.toContain("wetten.overheid.nl");
});
