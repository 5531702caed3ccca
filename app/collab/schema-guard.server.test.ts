import { expect, test } from "vitest";
import * as Y from "yjs";
import { twenteModel } from "../../db/seed/twente-model";
import { ORDINANCE_FRAGMENT, ordinanceToYUpdate, yDocToOrdinanceJSON } from "./ordinance-ydoc.server";
import { schemaViolation } from "./schema-guard.server";

// The sync server's guard accepts the seeded model with its citations of national law, keeps them through the Yjs
// round trip, and still refuses an attribute a citation does not have.

const seeded = () => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, ordinanceToYUpdate(twenteModel));
  return doc;
};
const firstCitation = (doc: Y.Doc) =>
  doc.getXmlFragment(ORDINANCE_FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "lawReference").next().value as Y.XmlElement;

test("citations of national law are of the schema and survive the round trip", () => {
  const doc = seeded();
  expect(schemaViolation(doc)).toBeNull();
  expect(firstCitation(doc).getAttribute("law")).toBe("BWBR0035303");
  expect(JSON.stringify(yDocToOrdinanceJSON(doc))).toContain('"type":"lawReference"');
});

test("a citation with an attribute the schema does not know is refused", () => {
  const doc = seeded();
  firstCitation(doc).setAttribute("onclick", "x");
  expect(schemaViolation(doc)).toBe('onbekend attribuut "onclick" bij "lawReference"');
});
