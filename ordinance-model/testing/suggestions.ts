import type { Node } from "prosemirror-model";
import { Transform } from "prosemirror-transform";
import { schema } from "../schema";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION, type SuggestionRecord } from "../suggestions/marks";
import { fixtureModelJson } from "./fixture-model";

// The fixture ordinance with pending suggestions of two authors, for the tests of suggestions and of their Word form.

export const wim = (id: string): SuggestionRecord => ({ id, author: 7, authorName: "Wim Werkgroep", at: "2026-12-01T10:00:00.000Z" });
export const wil = (id: string): SuggestionRecord => ({ id, author: 8, authorName: "Wil Werkgroep", at: "2026-12-01T11:00:00.000Z" });

export function positionOf(doc: Node, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.attrs.id === id) found = pos;
    return found < 0;
  });
  return found;
}

/** Where `text` stands in the document. */
export function textPosition(doc: Node, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(text) : -1;
    if (found < 0 && at >= 0) found = pos + at;
    return found < 0;
  });
  if (found < 0) throw new Error(`"${text}" niet gevonden`);
  return found;
}

const newMember = (record: SuggestionRecord) =>
  schema.nodes.member!.create({ id: "lid-nieuw", suggestion: { kind: "insertion", ...record } }, schema.nodes.paragraph!.create(null, schema.text("Het college bevestigt de ontvangst van de aanvraag.")));

/**
 * Wim suggests a new first member in "Beslissing" and to insert "schriftelijk" into the first member; Wil suggests
 * deleting "eenmaal" in the third member.
 */
export function withSuggestions(): Node {
  const tr = new Transform(schema.nodeFromJSON(fixtureModelJson()));
  const beslissing = positionOf(tr.doc, "art-beslissing");
  tr.insert(beslissing + 1 + tr.doc.nodeAt(beslissing)!.child(0).nodeSize, newMember(wim("s-lid")));
  const at = textPosition(tr.doc, "beslist binnen acht weken") + "beslist ".length;
  tr.insert(at, schema.text("schriftelijk ", [schema.marks[SUGGESTED_INSERTION]!.create(wim("s-schriftelijk"))]));
  const eenmaal = textPosition(tr.doc, "eenmaal ");
  tr.addMark(eenmaal, eenmaal + "eenmaal ".length, schema.marks[SUGGESTED_DELETION]!.create(wil("s-eenmaal")));
  return tr.doc;
}

