import { expect, test } from "vitest";
import { parseModel } from "./parse";
import { renderText } from "./render-text";
import { resolve } from "./resolve";
import { article, item, items, member, ordinance, p, simpleArticle } from "./testing/builder";
import { fixtureModel } from "./testing/fixture-model";

test("plain text as on paper: numbers in front, items indented under numbered members", () => {
  const json = ordinance({
    title: ["Urgentieverordening Wierden"],
    body: [
      article("a", "Aanvraag", member("m1", "Een aanvraag wordt schriftelijk ingediend."), member("m2", "De aanvraag bevat:", items(item("i1", "de naam;"), item("i2", "het adres:", [item("s1", "straat; en"), item("s2", "plaats.")])), p("Het college bevestigt de ontvangst."))),
      simpleArticle("b", "Citeertitel", "Deze verordening wordt aangehaald als: Urgentieverordening Wierden."),
    ],
    general: [p("Algemeen.")],
  });
  const text = renderText(resolve(parseModel(json), {}, { name: "Wierden", slug: "wierden" }), { includeNotes: false, includePreamble: false });
  expect(text).toBe(
    [
      "Urgentieverordening Wierden",
      "",
      "Artikel 1 Aanvraag",
      "1. Een aanvraag wordt schriftelijk ingediend.",
      "2. De aanvraag bevat:",
      "   a. de naam;",
      "   b. het adres:",
      "      1° straat; en",
      "      2° plaats.",
      "   Het college bevestigt de ontvangst.",
      "",
      "Artikel 2 Citeertitel",
      "Deze verordening wordt aangehaald als: Urgentieverordening Wierden.",
      "",
    ].join("\n"),
  );
});

test("the model text announces variants and shows slots by label", () => {
  const text = renderText(fixtureModel());
  expect(text).toContain("[Variant “Wie adviseert over de aanvraag”: Het college zelf]\nArtikel 6 Beoordeling door het college\n");
  expect(text).toContain("[Optioneel: “Leges heffen”]\n3. Voor het in behandeling nemen");
  expect(text).toContain("wordt ingediend [via Woninghuren.nl / bij het college].");
  expect(text).toContain("ten minste [Vereiste binding aan de regio (jaren)] jaar");
});

test("the notes come last, per article in article order", () => {
  const text = renderText(resolve(fixtureModel(), { naamOudeRegeling: "X" }, { name: "Losser", slug: "losser" }));
  const notes = text.slice(text.indexOf("Toelichting\n"));
  expect(notes.indexOf("Artikel 7 Beslissing")).toBeLessThan(notes.indexOf("Artikel 9 Hardheidsclausule"));
  expect(notes).toContain("Algemeen deel\n\nInleiding\n\nDeze verordening volgt");
});
