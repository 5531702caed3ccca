import { expect, test } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import { idRepairs, repairIds } from "./id-repair";

// Each party inserts articles into its own copy; ids are drawn from a small pool so that duplicates are common.
function partyDoc(clientID: number, ids: string[]): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const fragment = doc.getXmlFragment("ordinance");
  for (const id of ids) {
    const article = new Y.XmlElement("article");
    article.setAttribute("id", id);
    fragment.push([article]);
  }
  return doc;
}

const idsOf = (doc: Y.Doc) => doc.getXmlFragment("ordinance").toArray().map((e) => (e as Y.XmlElement).getAttribute("id"));
const merged = (...docs: Y.Doc[]) => {
  const doc = new Y.Doc();
  for (const d of docs) Y.applyUpdate(doc, Y.encodeStateAsUpdate(d));
  return doc;
};

test("after any repairs, in any order and on partial views, ids are unique and the original id survives", () => {
  const pool = fc.constantFrom("art-a", "art-b", "art-c", "!ongeldig");
  fc.assert(
    fc.property(fc.array(pool, { maxLength: 5 }), fc.array(pool, { maxLength: 5 }), fc.array(pool, { maxLength: 5 }), (x, y, z) => {
      const parties = [partyDoc(11, x), partyDoc(7, y), partyDoc(23, z)];
      // Two parties repair what they see of each other's work before all of it is merged.
      const ab = merged(parties[0]!, parties[1]!);
      repairIds(ab, ab.getXmlFragment("ordinance"));
      const bc = merged(parties[1]!, parties[2]!);
      repairIds(bc, bc.getXmlFragment("ordinance"));
      const all = merged(ab, bc, parties[2]!);
      repairIds(all, all.getXmlFragment("ordinance"));
      const ids = idsOf(all);
      expect(new Set(ids).size).toBe(ids.length);
      // Every id that was valid somewhere is still held by one element.
      for (const id of new Set([...x, ...y, ...z].filter((i) => i !== "!ongeldig"))) expect(ids).toContain(id);
      // Repairing again changes nothing, and a second replica computes exactly the same result.
      expect(idRepairs(all.getXmlFragment("ordinance")).size).toBe(0);
      const replica = merged(all);
      expect(idsOf(replica)).toEqual(ids);
    }),
    { numRuns: 200 },
  );
});

test("two parties repairing the same duplicate write the same id", () => {
  const a = partyDoc(1, ["art-x"]);
  const b = partyDoc(2, ["art-x"]);
  const first = merged(a, b);
  const second = merged(b, a);
  repairIds(first, first.getXmlFragment("ordinance"));
  repairIds(second, second.getXmlFragment("ordinance"));
  expect(idsOf(first).sort()).toEqual(idsOf(second).sort());
  expect(idsOf(first)).toContain("art-x");
  expect(idsOf(first)).toContain("art-2-0");
});
