import { describe, expect, test } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { parseModel, resolve, type Choices } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { DEMO_CHOICES, choicesOf } from "../../db/seed/demo-choices";
import { CBS_CODES } from "../../db/seed/regions";
import { article, chapter, clause, item, items, member, note, noteHeading, ordinance, p, ref, section, simpleArticle, term, text } from "../../ordinance-model/testing/builder";
import { validateStop } from "../../test/support/stop-schema";
import { checkStop, stopBesluit, StopError, workIds, type StopDecision } from "./index";

const model = parseModel(twenteModel as object);
const decision = (name: string, cbsCode: string, extra: Partial<StopDecision> = {}): StopDecision => ({
  municipality: { name, cbsCode },
  date: "2027-02-08",
  decisionNumber: "RV-2027-014",
  chair: "A.G.J. Gerritsen",
  clerk: "mr. J. Hofstede",
  ...extra,
});
const twente = (slug: string, name: string, choices: Choices) => resolve(model, choices, { name, slug });

/** Every eId in the file, in document order. */
const eIdsOf = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!);

describe("STOP XML of an adopted ordinance", () => {
  // Municipalities whose choices differ (deviations of the demo), and one on the regional defaults.
  const cases = [
    ...DEMO_CHOICES.slice(0, 4).map((demo) => ({ slug: demo.slug, choices: choicesOf(demo) })),
    { slug: "almelo", choices: {} as Choices },
  ];

  test.each(cases)("$slug: valid against imop-tekst 1.1.0, and our own checks find nothing", ({ slug, choices }) => {
    const name = Object.keys(CBS_CODES).find((n) => n.toLowerCase().replace(/ /g, "-") === slug)!;
    const { xml } = stopBesluit({ ordinance: twente(slug, name, choices), decision: decision(name, CBS_CODES[name]!) });
    const verdict = validateStop(xml);
    expect(verdict.output).toContain("validates");
    expect(verdict.ok).toBe(true);
    expect(checkStop(xml)).toEqual([]);
  });

  test("the root is the BesluitCompact with the regulation as RegelingCompact in bijlage A", () => {
    const { xml, ids } = stopBesluit({ ordinance: twente("almelo", "Almelo", {}), decision: decision("Almelo", "GM0141") });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<BesluitCompact xmlns="https:\/\/standaarden.overheid.nl\/stop\/imop\/tekst\/" schemaversie="1.1.0">/);
    expect(xml).toContain(`<RegelingCompact componentnaam="nieuweregeling" wordt="${ids.regelingExpression}"`);
    expect(xml).toMatch(/<Wat>De Urgentieverordening Almelo 20\d\d wordt vastgesteld zoals opgenomen in <IntRef ref="cmp_A">bijlage A<\/IntRef>.<\/Wat>/);
    expect(xml).toContain("<Ondertekening><Al>De voorzitter,</Al><Al>A.G.J. Gerritsen</Al><Al>De griffier,</Al><Al>mr. J. Hofstede</Al></Ondertekening>");
    expect(xml).toContain("<Al>Aldus vastgesteld in de openbare vergadering van 8 februari 2027.</Al>");
  });

  test("work identifiers in AKN form with the municipality's CBS code", () => {
    expect(workIds("GM0141", { date: "2027-02-08", decisionNumber: "RV-2027.014", work: "Urgentieverordening Almelo 2027", version: 1 })).toEqual({
      bevoegdGezag: "/tooi/id/gemeente/gm0141",
      regelingWork: "/akn/nl/act/gm0141/2027/urgentieverordening-almelo-2027",
      regelingExpression: "/akn/nl/act/gm0141/2027/urgentieverordening-almelo-2027/nld@2027-02-08;1",
      besluitWork: "/akn/nl/bill/gm0141/2027/rv-2027-014",
      besluitExpression: "/akn/nl/bill/gm0141/2027/rv-2027-014/nld@2027-02-08",
    });
    expect(() => workIds("0141", { date: "2027-02-08", decisionNumber: "1", work: "x", version: 1 })).toThrow(StopError);
  });

  test("internal references become IntRefs to the eId of the provision in words, citations ExtRefs with a JCI", () => {
    const { xml } = stopBesluit({ ordinance: twente("almelo", "Almelo", {}), decision: decision("Almelo", "GM0141") });
    const eIds = new Set(eIdsOf(xml));
    const intRefs = [...xml.matchAll(/<IntRef ref="([^"]+)">([^<]+)<\/IntRef>/g)].slice(1);
    expect(intRefs.length).toBeGreaterThan(10);
    for (const [, target, words] of intRefs) {
      expect(eIds.has(target!), target).toBe(true);
      // "artikel 9, eerste lid" → an eId ending in art_9__para_1.
      const article = /^artikel (\d+)/.exec(words!)?.[1];
      if (article && !/^de artikelen/.test(words!)) expect(target, words).toMatch(new RegExp(`(^|__)art_${article}(__|$)`));
    }
    expect(xml).toContain('<ExtRef soort="JCI" ref="jci1.3:c:BWBR0005537&amp;artikel=2:3">artikel 2:3 van de Algemene wet bestuursrecht</ExtRef>');
  });

  test("a wId stays when the numbering changes; the eId follows the numbering", () => {
    const wIdOf = (xml: string, eIdPattern: RegExp) => new RegExp(`eId="(${eIdPattern.source})" wId="([^"]+)"`).exec(xml);
    const without = stopBesluit({ ordinance: twente("a", "Almelo", {}), decision: decision("Almelo", "GM0141") }).xml;
    const withFee = stopBesluit({ ordinance: twente("a", "Almelo", { applicationFeeCharged: true, applicationFee: 25 }), decision: decision("Almelo", "GM0141") }).xml;
    // The fee article comes in before the last articles, so those move up one number and keep their wId.
    const lastBefore = eIdsOf(without).filter((e) => /art_\d+$/.test(e)).pop()!;
    const lastAfter = eIdsOf(withFee).filter((e) => /art_\d+$/.test(e)).pop()!;
    expect(Number(lastAfter.split("art_").pop())).toBe(Number(lastBefore.split("art_").pop()) + 1);
    expect(wIdOf(withFee, new RegExp(lastAfter))![2]).toBe(wIdOf(without, new RegExp(lastBefore))![2]);
  });

  test("a text with open choices is refused, with the reason", () => {
    const open = resolve(model, {}, { name: "Almelo", slug: "almelo" });
    const withOpen = { ...open, openSlots: [{ key: "x", label: "Leges", place: null }] };
    expect(() => stopBesluit({ ordinance: withOpen, decision: decision("Almelo", "GM0141") })).toThrow(/open keuzes \(Leges\)/);
  });
});

describe("every kind of structure", () => {
  const json = ordinance({
    numbering: "perChapter",
    title: ["Verordening ", text("proef", "em")],
    preamble: [clause("c1", "council", "De raad van de gemeente Proef;"), clause("c2", "legalBasis", "gelet op ", { type: "lawReference", attrs: { law: "BWBR0005416", article: "149", member: null, words: "artikel 149 van de Gemeentewet" } }, ";"), clause("c3", "decision", "besluit:")],
    body: [
      chapter(
        "h1",
        "Algemeen",
        section("s1", "Begrippen", article("a1", "Begrippen", member("a1-l", p("In deze verordening wordt verstaan onder:"), items(item("d1", [term("aanvraag"), ": een aanvraag;"]), item("d2", [term("college"), ": het college."]))))),
        section("s2", "Reikwijdte", simpleArticle("a2", "Reikwijdte", ["Zie ", ref("a3-l2"), " en ", ref("i2"), "."])),
      ),
      chapter(
        "h2",
        "Aanvraag",
        article(
          "a3",
          "Aanvraag",
          member("a3-l1", p("De aanvraag bevat:"), items(item("i1", "een naam;"), item("i2", "gegevens over:", [item("i2a", "het inkomen;"), item("i2b", "het huishouden.")]), item("i3", ["een ", text("verklaring", "strong"), "."]))),
          member("a3-l2", ["Het college beslist binnen de termijn, bedoeld in ", { type: "lawReference", attrs: { law: "BWBR0005537", article: "4:13", member: "2", words: "artikel 4:13, tweede lid, van de Algemene wet bestuursrecht" } }, "."]),
          member("a3-l3", ["Zie ", ref("i2b"), " en ", ref("a1"), "."]),
        ),
      ),
    ],
    general: [p("Inleiding."), noteHeading("Achtergrond"), p("De achtergrond.")],
    articleNotes: [note("n3", "a3", "Over de aanvraag.")],
  });
  (json.attrs as Record<string, unknown>).definitions = "unlettered";
  const all = resolve(parseModel(json), {}, { name: "Proef", slug: "proef" });

  test("valid against the XSD, and the numbering checks hold", () => {
    for (const form of ["new", "amending"] as const) {
      const { xml } = stopBesluit({ ordinance: all, decision: decision("Proef", "GM9999"), form });
      const verdict = validateStop(xml);
      expect(verdict.output, form).toContain("validates");
      expect(checkStop(xml), form).toEqual([]);
    }
  });

  test("each structure gets its STOP element and its eId after the standard's convention", () => {
    const { xml } = stopBesluit({ ordinance: all, decision: decision("Proef", "GM9999") });
    const ids = eIdsOf(xml);
    for (const eId of ["chp_1", "chp_1__subsec_1.1", "chp_1__subsec_1.1__art_1.1", "chp_1__subsec_1.1__art_1.1__list_o_1__item_o_1", "chp_2__art_2.1__para_1__list_o_1__item_b__list_o_1__item_2", "chp_2__art_2.1__para_3"]) {
      expect(ids, eId).toContain(eId);
    }
    // The definitions are unlettered: an unmarked list; the other lists carry their numbers.
    expect(xml).toContain('<Lijst eId="chp_1__subsec_1.1__art_1.1__list_o_1" wId="gm9999__para_a1-l__list_o_1" type="ongemarkeerd">');
    expect(xml).toContain('<Li eId="chp_2__art_2.1__para_1__list_o_1__item_b__list_o_1__item_2" wId="gm9999__item_i2b"><LiNummer>2°</LiNummer>');
    // A lone member is the article's Inhoud; references name the eId of the provision.
    expect(xml).toContain('<Artikel eId="chp_1__subsec_1.2__art_1.2" wId="gm9999__art_a2"><Kop><Label>Artikel</Label><Nummer>1.2</Nummer><Opschrift>Reikwijdte</Opschrift></Kop><Inhoud><Al>Zie <IntRef ref="chp_2__art_2.1__para_2">');
    expect(xml).toContain('<IntRef ref="chp_2__art_2.1__para_1__list_o_1__item_b__list_o_1__item_2">');
    expect(xml).toContain('<ExtRef soort="JCI" ref="jci1.3:c:BWBR0005537&amp;artikel=4:13&amp;lid=2">');
    expect(xml).toContain("<b>verklaring</b>");
    expect(xml).toContain('<RegelingOpschrift eId="longTitle" wId="gm9999__longTitle"><Al>Verordening <i>proef</i></Al></RegelingOpschrift>');
    expect(xml).toContain('<Divisietekst eId="recital__artrecital__content_o_1" wId="gm9999__content_n3"><Kop><Label>Artikel</Label><Nummer>2.1</Nummer>');
  });

  test("our checks catch what the XSD lets through", () => {
    const { xml } = stopBesluit({ ordinance: all, decision: decision("Proef", "GM9999") });
    const codes = (broken: string) => checkStop(broken).map((p) => p.code);
    expect(codes(xml.replace('<IntRef ref="chp_2__art_2.1__para_2">', '<IntRef ref="chp_2__art_9">'))).toContain("STOP0010");
    expect(codes(xml.replace('eId="chp_2__art_2.1__para_3"', 'eId="chp_2__art_2.1__para_2"'))).toEqual(expect.arrayContaining(["STOP0020", "nummering"]));
    expect(codes(xml.replace("<LidNummer>3.</LidNummer>", "<LidNummer>4.</LidNummer>"))).toContain("nummering");
    expect(codes(xml.replace('wId="gm9999__art_a2"', 'wId="gm9999__a2"'))).toContain("STOP0023");
    expect(codes(xml.replace("<LiNummer>2°</LiNummer>", "<LiNummer>3°</LiNummer>"))).toContain("nummering");
    // Each broken file still validates: only our checks see it.
    expect(validateStop(xml.replace('<IntRef ref="chp_2__art_2.1__para_2">', '<IntRef ref="chp_2__art_9">')).ok).toBe(true);
  });
});

test("the Twente CBS codes are those of the public CBS list", () => {
  // From the CBS list of municipal codes ("Gemeentelijke indeling"), as published.
  const published: Record<string, string> = {
    Almelo: "GM0141", Borne: "GM0147", Dinkelland: "GM1774", Enschede: "GM0153", Haaksbergen: "GM0158", Hellendoorn: "GM0163", Hengelo: "GM0164",
    "Hof van Twente": "GM1735", Losser: "GM0168", Oldenzaal: "GM0173", "Rijssen-Holten": "GM1742", Tubbergen: "GM0183", Twenterand: "GM1700", Wierden: "GM0189",
  };
  for (const [name, code] of Object.entries(published)) expect(CBS_CODES[name], name).toBe(code);
});

test("the XML parses as one document in the STOP namespace", () => {
  const { xml } = stopBesluit({ ordinance: twente("almelo", "Almelo", {}), decision: decision("Almelo", "GM0141") });
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, Record<string, string>>;
  expect(parsed.BesluitCompact!["@_xmlns"]).toBe("https://standaarden.overheid.nl/stop/imop/tekst/");
});
