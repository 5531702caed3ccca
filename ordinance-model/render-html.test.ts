import { describe, expect, test } from "vitest";
import { parseModel } from "./parse";
import { escapeHtml, renderHtml } from "./render-html";
import { resolve } from "./resolve";
import { ordinance, simpleArticle, slot, ref, when, p } from "./testing/builder";
import { fixtureModel } from "./testing/fixture-model";

const model = fixtureModel();
const almelo = { name: "Almelo", slug: "almelo" };
const resolved = resolve(model, { naamOudeRegeling: "Urgentieregeling 2019" }, almelo);

/** Tags open and close in order (the renderer uses no void elements). */
function expectBalanced(html: string): void {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
    if (!close) stack.push(name!);
    else expect(stack.pop()).toBe(name);
  }
  expect(stack).toEqual([]);
}

const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));

describe("HTML of a resolved ordinance", () => {
  const html = renderHtml(resolved);

  test("is well-formed, uses only mw- classes and no inline styles", () => {
    expectBalanced(html);
    expect(html).not.toMatch(/style=/);
    const classes = [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(" "));
    expect(classes.length).toBeGreaterThan(50);
    expect(classes.filter((c) => !c.startsWith("mw-"))).toEqual([]);
  });

  test("headings start at h2 and never skip a level", () => {
    const levels = headingLevels(html);
    expect(levels[0]).toBe(2);
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
    expect(html).toContain('<h2 class="mw-chapter__heading" id="h-urgentie-kop"><span class="mw-chapter__number">Hoofdstuk 2</span>');
    expect(html).toContain('<h3 class="mw-section__heading" id="par-procedure-kop"><span class="mw-section__number">Paragraaf 2.2</span>');
    expect(html).toContain('<h4 class="mw-article__heading" id="art-aanvraag-kop"><span class="mw-article__number">Artikel 5</span> <span class="mw-article__title">Aanvraag</span></h4>');
    expect(html).toContain('<h3 class="mw-article__heading" id="art-begrippen-kop"><span class="mw-article__number">Artikel 1</span>');
    expect(headingLevels(renderHtml(resolved, { headingLevel: 3 }))[0]).toBe(3);
    const flat = renderHtml(parseModel(ordinance({ body: [simpleArticle("a", "A", "Tekst.")] })));
    expect(headingLevels(flat)).toEqual([2, 2, 3]);
  });

  test("members and items carry their computed numbers; a lone member none", () => {
    expect(html).toContain('<ol class="mw-members"><li class="mw-member" id="art-aanvraag-lid-indienen"><p class="mw-paragraph"><span class="mw-number">1.</span> Een aanvraag om urgentie wordt ingediend via Woninghuren.nl.</p></li>');
    expect(html).toContain('<li class="mw-item" id="cat-medisch-psychisch"><p class="mw-paragraph"><span class="mw-number">2°</span> een psychische kwetsbaarheid;</p></li>');
    expect(html).toContain('<ol class="mw-items mw-items--sub">');
    expect(html).toContain('<div class="mw-member mw-member--lone" id="art-verdeling-lid"><p class="mw-paragraph">Het college spreekt');
  });

  test("references are links in words; terms are dfn", () => {
    // Inside article 3 itself the article is left out; from another article it is named.
    expect(html).toContain('<a class="mw-reference" href="#cat-vrouwenopvang">het eerste lid, onderdeel f</a>');
    expect(html).toContain('<a class="mw-reference" href="#art-categorieen-lid-groepen">artikel 3, eerste lid</a>');
    expect(html).toContain('<dfn class="mw-term">aanvrager</dfn>');
    const prefixed = renderHtml(resolved, { idPrefix: "almelo-" });
    expect(prefixed).toContain('href="#almelo-cat-vrouwenopvang"');
    expect(prefixed).toContain('id="almelo-cat-vrouwenopvang"');
  });

  test("notes follow the article order with computed headings, and can be left out", () => {
    const notes = html.slice(html.indexOf('<section class="mw-notes">'));
    expect(notes).toContain('<h2 class="mw-notes__heading">Toelichting</h2>');
    const order = ["Artikel 1 Begripsbepalingen", "Artikel 3 Urgentiecategorieën", "Artikel 7 Beslissing", "Artikel 9 Hardheidsclausule"].map((h) => notes.indexOf(`>${h}</h4>`));
    expect(order.every((pos, i) => pos > 0 && (i === 0 || pos > order[i - 1]!))).toBe(true);
    expect(renderHtml(resolved, { includeNotes: false, includeTitle: false, includePreamble: false })).not.toMatch(/Toelichting|mw-preamble|mw-ordinance__title/);
  });

  test("escapes all text", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    const nasty = resolve(model, { naamOudeRegeling: `<script>alert("x")</script> & 'co'` }, { name: "A&B <i>", slug: "ab" });
    const out = renderHtml(nasty);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<i>");
    expect(out).toContain("De &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39; wordt ingetrokken.");
    expect(out).toContain("Urgentieverordening A&amp;B &lt;i&gt; 2026");
    expectBalanced(out);
  });

  test("marks a dangling reference and an open slot visibly", () => {
    const json = ordinance({
      body: [when({ slot: "x" }, simpleArticle("weg", "Weg", "Tekst.")), simpleArticle("zie", "Zie", ["Zie ", ref("weg"), " en ", slot("naam"), "."])],
      general: [p("Algemeen.")],
      slots: [{ key: "x", kind: "optional", default: false }, { key: "naam", kind: "text", label: "Naam <loket>" }],
    });
    const out = renderHtml(resolve(parseModel(json), {}, almelo));
    expect(out).toContain('<span class="mw-reference mw-reference--dangling" data-target="weg">[verwijzing naar vervallen bepaling]</span>');
    expect(out).toContain('<span class="mw-slot mw-slot--open" data-slot="naam">[Naam &lt;loket&gt;: nog in te vullen]</span>');
  });
});

describe("HTML of the model", () => {
  const html = renderHtml(model);

  test("shows slots as marked placeholders with key and guidance", () => {
    expectBalanced(html);
    expect(html).toContain('data-slot="bindingJaren" data-slot-kind="integer" data-slot-label="Vereiste binding aan de regio (jaren)" data-guidance="Hoe lang iemand in de regio moet wonen. De werkgroep adviseert 2 jaar.">[Vereiste binding aan de regio (jaren): 2]</span>');
    expect(html).toContain('data-slot="aandeelUrgenten" data-slot-kind="integer" data-slot-label="Aandeel voor urgenten (procent)" data-guidance="Regionaal afgesproken." data-fixed="true"');
    expect(html).toContain('<span class="mw-slot__option" data-option="woninghuren" data-default="true">via Woninghuren.nl</span><span class="mw-slot__separator"> / </span><span class="mw-slot__option" data-option="college">bij het college</span>');
  });

  test("shows variants as boxes with their slot, option and caption, numbered as in the model", () => {
    expect(html).toContain('<section class="mw-article mw-variant" id="art-beoordeling" aria-labelledby="art-beoordeling-kop" data-slot="beslisorgaan" data-option="college" data-slot-label="Wie adviseert over de aanvraag"><span class="mw-variant__label">Variant “Wie adviseert over de aanvraag”: Het college zelf</span>');
    expect(html).toContain('<li class="mw-member mw-variant" id="art-aanvraag-lid-leges" data-slot="legesVragen" data-slot-label="Leges heffen" data-guidance="De meeste gemeenten heffen geen leges."><span class="mw-variant__label">Optioneel: “Leges heffen”</span><p class="mw-paragraph"><span class="mw-number">3.</span>');
    expect(html).toContain('<li class="mw-item mw-variant" id="cat-renovatie" data-slot="extraCategorieen" data-option="renovatie"');
    expect(html).toContain('<span class="mw-article__number">Artikel 6</span> <span class="mw-article__title">Beoordeling door het college</span>');
  });

  test("links every placeholder and variant caption to its guidance when asked, without nesting links", () => {
    const linked = renderHtml(model, { guidanceHref: (key) => `#keuze-${key}` });
    expectBalanced(linked);
    expect(linked).toContain('[Vereiste binding aan de regio (jaren): 2]</span><a class="mw-slot__guidance" href="#keuze-bindingJaren" aria-label="Uitleg bij keuze: Vereiste binding aan de regio (jaren)">?</a>');
    expect(linked).toContain('<span class="mw-variant__label">Optioneel: “Leges heffen”<a class="mw-slot__guidance" href="#keuze-legesVragen"');
    expect(linked).not.toMatch(/<a [^>]*>[^<]*<a /);
    expect(html).not.toContain("mw-slot__guidance");
  });

  test("without marks the model reads with its defaults", () => {
    const plain = renderHtml(model, { markVariants: false });
    expect(plain).not.toContain("mw-variant");
    expect(plain).not.toContain("data-slot");
    expect(plain).toContain("ten minste 2 jaar onafgebroken");
    expect(plain).toContain("wordt ingediend via Woninghuren.nl.");
  });
});
