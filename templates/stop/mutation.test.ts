import { describe, expect, test } from "vitest";
import { amendingOrdinance } from "../../ordinance-model/amendments/index";
import { adopted, target } from "../../ordinance-model/testing/amendment-example";
import { validateStop } from "../../test/support/stop-schema";
import { stopAmendment } from "./mutation";

// The amending ordinance with every kind of instruction as STOP XML: valid against imop-tekst 1.1.0, our own checks
// clean, and each instruction a mutation of the element it concerns, named by its eId in force.

const decision = { municipality: { name: "Almelo", cbsCode: "GM0141" }, date: "2027-06-14", decisionNumber: "RV-2027-31", chair: "A.G.J. Gerritsen", clerk: "mr. J. Hofstede" };
const { xml } = stopAmendment({ ordinance: amendingOrdinance(adopted, target.doc), decision, inForce: { date: "2026-11-26", decisionNumber: "RV-2026-88", version: 1 } });

describe("STOP XML of an amending ordinance", () => {
  // Our own checks (checkStop) are for a whole regulation: a mutation names the same article more than once and its
  // numbers are the numbers in force, so only the schema applies here.
  test("validates against the imop-tekst schema", () => {
    const verdict = validateStop(xml);
    expect(verdict.output).toContain("validates");
    expect(verdict.ok).toBe(true);
  });

  test("Artikel I amends the regulation through bijlage A, from the expression in force to the next", () => {
    expect(xml).toContain('<Wat>De Urgentieverordening Almelo 2026 wordt gewijzigd zoals aangegeven in <IntRef ref="cmp_A">bijlage A</IntRef>.</Wat>');
    expect(xml).toMatch(/<RegelingMutatie componentnaam="wijziging" was="\/akn\/nl\/act\/gm0141\/2026\/[^"]+\/nld@2026-11-26;1" wordt="\/akn\/nl\/act\/gm0141\/2026\/[^"]+\/nld@2027-06-14;2">/);
  });

  test("each instruction is a mutation of its element by eId in force", () => {
    const ops = [...xml.matchAll(/<(Vervang|VervangKop|VoegToe|Verwijder) ([^>]*)>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(ops).toEqual([
      'Vervang wat="chp_1__art_2"', // A: words in the second member
      'Vervang wat="chp_1__art_2"', // B: words in an item
      'Vervang wat="chp_1__art_2"', // C: an item added
      'Verwijder wat="chp_2__art_5"', // D: article 5 moved …
      'VoegToe positie="volgtOp" context="chp_1__art_2"', // … to after article 2, as 2a
      'Vervang wat="chp_2__art_3"', // E: a member deleted
      'Vervang wat="chp_2__art_4"', // F: komt te luiden
      'VoegToe positie="volgtOp" context="chp_2__art_4"', // G: article 4a inserted
      'VervangKop wat="chp_2__art_6"', // H: a new heading
      'Vervang wat="chp_2__art_6"', // I: a member inserted
      'Verwijder wat="chp_2__art_7"', // J: article 7 deleted
    ]);
    expect(xml).toMatch(/<VoegToe positie="volgtOp" context="chp_1__art_2"><Artikel eId="chp_1__art_2a" wId="gm0141__art_a5"><Kop><Label>Artikel<\/Label><Nummer>2a<\/Nummer>/);
  });
});
