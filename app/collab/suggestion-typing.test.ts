import { expect, test } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import { SUGGESTED_DELETION, SUGGESTED_INSERTION } from "../../ordinance-model/suggestions/marks";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";
import { onlyTyping } from "./schema-guard.server";
import { typesIntoOwnInsertion, type Author } from "./suggestion-check";
import { Document } from "@hocuspocus/server";
import { follow } from "./document-copy.server";
import { ONLY_SUGGESTIONS, checkOn, updateRefusal, type Writer } from "./update-guard.server";

// The update guard settles a suggester's keystroke without the full comparison when `typesIntoOwnInsertion` says it
// types inside the suggester's own insertion. That is only right if the full check would accept every such update, so
// that the guard decides exactly as it does without the fast path. Checked over generated texts (runs with and without
// suggestion marks, deleted items), concurrent edits the suggester has not seen, and the suggester's next edit.

const WIL: Author = { id: 1, name: "Wil" };
const WIM: Author = { id: 2, name: "Wim" };
/** Wil's account id under Wim's name: not Wil's own suggestion. */
const FORGED: Author = { id: 1, name: "Wim" };
const suggester: Writer = { suggestOnly: true, canChangeSettings: false, canDecideSuggestions: false, author: WIL };

const record = (author: Author, id: string) => ({ id, author: author.id, authorName: author.name, at: "2026-12-01T12:00:00.000Z" });
const PLAIN = { [SUGGESTED_INSERTION]: null, [SUGGESTED_DELETION]: null, strong: null };
/** The formatting a run can be written with; every key is given, so nothing is inherited from the left. */
const FORMATS: Record<string, Record<string, unknown>> = {
  plain: PLAIN,
  own: { ...PLAIN, [SUGGESTED_INSERTION]: record(WIL, "s-wil") },
  ownOther: { ...PLAIN, [SUGGESTED_INSERTION]: record(WIL, "s-wil-2") },
  others: { ...PLAIN, [SUGGESTED_INSERTION]: record(WIM, "s-wim") },
  forged: { ...PLAIN, [SUGGESTED_INSERTION]: record(FORGED, "s-wil") },
  ownDeletion: { ...PLAIN, [SUGGESTED_DELETION]: record(WIL, "d-wil") },
  ownStrong: { ...PLAIN, [SUGGESTED_INSERTION]: record(WIL, "s-wil"), strong: true },
  strong: { ...PLAIN, strong: true },
};
const format = fc.constantFrom(...Object.keys(FORMATS));

type Edit =
  | { kind: "insert"; at: number; text: string; format: string | null }
  | { kind: "delete"; at: number; length: number }
  | { kind: "format"; at: number; length: number; format: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // Typing with no formatting given inherits it from the left: the editor's usual keystroke inside a run.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("insert" as const), at: fc.nat(16), text: fc.string({ minLength: 1, maxLength: 3 }), format: fc.option(format, { nil: null }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat(16), length: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("format" as const), at: fc.nat(16), length: fc.integer({ min: 1, max: 4 }), format }) },
);

function apply(text: Y.XmlText, change: Edit) {
  const at = Math.min(change.at, text.length);
  if (change.kind === "insert") text.insert(at, change.text, change.format ? FORMATS[change.format] : undefined);
  else if (change.kind === "delete") text.delete(at, Math.min(change.length, text.length - at));
  else text.format(at, Math.min(change.length, text.length - at), FORMATS[change.format]);
}

const textOf = (doc: Y.Doc) => (doc.getXmlFragment(ORDINANCE_FRAGMENT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
const copy = (doc: Y.Doc, clientID?: number) => {
  const other = new Y.Doc();
  if (clientID !== undefined) other.clientID = clientID;
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return other;
};

/**
 * The server's document after `history`, then `unseen` (by another writer); the suggester's update of `next`, made
 * without `unseen`. Client ids are given, so that a case replays the same: Yjs orders concurrent insertions by them.
 */
function scenario(history: Edit[], unseen: Edit[], next: Edit[], [serverId, otherId, suggesterId] = [1, 2, 3]) {
  const server = new Y.Doc();
  server.clientID = serverId;
  const paragraph = new Y.XmlElement("paragraph");
  server.getXmlFragment(ORDINANCE_FRAGMENT).insert(0, [paragraph]);
  paragraph.insert(0, [new Y.XmlText("Het college")]);
  for (const change of history) apply(textOf(server), change);
  const client = copy(server, suggesterId);
  // Edits of others the suggester has not received yet: they stand between what its update refers to.
  const others = copy(server, otherId);
  for (const change of unseen) apply(textOf(others), change);
  Y.applyUpdate(server, Y.encodeStateAsUpdate(others, Y.encodeStateVector(server)));
  const before = Y.encodeStateVector(client);
  for (const change of next) apply(textOf(client), change);
  return { server, update: Y.encodeStateAsUpdate(client, before) };
}

const sequence = (max: number) => fc.array(edit, { maxLength: max });
/** Every generated text has a run of Wil's own suggested insertion somewhere, for the suggester to type into. */
const ownRun = fc.record({ kind: fc.constant("insert" as const), at: fc.nat(11), text: fc.string({ minLength: 1, maxLength: 6 }), format: fc.constantFrom("own", "ownStrong") });

/** A keystroke `k` characters into where the own run was written: inside it, unless later edits moved it. */
const typing = (run: Edit) =>
  fc.record({ k: fc.integer({ min: 0, max: 6 }), text: fc.string({ minLength: 1, maxLength: 3 }), format: fc.constantFrom(null, null, "own", "own", "ownOther", "forged", "plain") }).map(
    ({ k, text, format }): Edit => ({ kind: "insert", at: Math.min(run.at, 11) + k, text, format }),
  );

test("the fast path accepts only what the full check accepts", () => {
  let fast = 0;
  let runs = 0;
  const ids = fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 }) as fc.Arbitrary<[number, number, number]>;
  const next = (run: Edit) => fc.oneof({ weight: 3, arbitrary: typing(run).map((e) => [e]) }, { weight: 1, arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }) });
  const cases = ownRun.chain((run) => fc.tuple(fc.constant(run), sequence(4), sequence(2), next(run), ids));
  fc.assert(
    fc.property(cases, ([run, history, unseen, typed, clientIds]) => {
      runs++;
      const { server, update } = scenario([run, ...history], unseen, typed, clientIds);
      if (!typesIntoOwnInsertion(copy(server), update, WIL)) return;
      fast++;
      const full = copy(server);
      expect(checkOn(full, update, suggester, !onlyTyping(full, update), false)).toBeNull();
    }),
    { numRuns: 600 },
  );
  // Not vacuous: a share of the generated keystrokes type inside Wil's own insertion. The share varies from run to run
  // (58 to 88 of 600 seen), so the bound sits well below it.
  expect(fast).toBeGreaterThan(runs / 50);
});

test("the editor's keystroke inside its own insertion takes the fast path; a plain or forged one does not", () => {
  const typed = (history: Edit[], next: Edit) => {
    const { server, update } = scenario(history, [], [next]);
    return typesIntoOwnInsertion(server, update, WIL);
  };
  const own: Edit = { kind: "insert", at: 0, text: "Het ", format: "own" };
  expect(typed([own], { kind: "insert", at: 2, text: "x", format: null })).toBe(true);
  // At the end of the run the formatting in effect is that of the run, as it is in the editor.
  expect(typed([own], { kind: "insert", at: 4, text: "x", format: "own" })).toBe(true);
  expect(typed([own], { kind: "insert", at: 6, text: "x", format: null })).toBe(false);
  expect(typed([{ ...own, format: "forged" }], { kind: "insert", at: 2, text: "x", format: null })).toBe(false);
  expect(typed([{ ...own, format: "others" }], { kind: "insert", at: 2, text: "x", format: null })).toBe(false);
  expect(typed([own], { kind: "delete", at: 1, length: 1 })).toBe(false);
});

test("an edit the suggester has not seen, between its keystroke's neighbours, sends it to the full check", () => {
  const own: Edit = { kind: "insert", at: 0, text: "Het ", format: "own" };
  const { server, update } = scenario([own], [{ kind: "insert", at: 2, text: "y", format: "plain" }], [{ kind: "insert", at: 2, text: "x", format: null }]);
  expect(typesIntoOwnInsertion(server, update, WIL)).toBe(false);
});

test("a keystroke that could complete pending structs is checked in full", () => {
  const { server, update } = scenario([{ kind: "insert", at: 0, text: "Het ", format: "own" }], [], [{ kind: "insert", at: 2, text: "x", format: null }]);
  // An update of an unknown client that refers to an item never sent: Yjs keeps it pending.
  const stranger = new Y.Doc();
  const strangerText = new Y.XmlText();
  stranger.getArray("x").insert(0, [strangerText]);
  const sent = Y.encodeStateVector(stranger);
  strangerText.insert(0, "y");
  Y.applyUpdate(server, Y.encodeStateAsUpdate(stranger, sent));
  expect(server.store.pendingStructs).not.toBeNull();
  expect(typesIntoOwnInsertion(server, update, WIL)).toBe(false);
});

test("a keystroke settled by the fast path is applied to the kept copy, so an update placed after it is checked", () => {
  const { server } = scenario([{ kind: "insert", at: 0, text: "Het ", format: "own" }], [], []);
  const document = new Document("model-1");
  Y.applyUpdate(document, Y.encodeStateAsUpdate(server));
  // A connected suggester: the guard keeps a copy of the document that is ahead of it by what it accepted.
  // It also receives the document's broadcast of the update above, which Hocuspocus sends in a later turn.
  document.addConnection({ context: { grant: { suggestOnly: true } }, messageAddress: "model-1", send: () => {} } as never);
  follow(document);
  const client = copy(document, 7);
  const start = Y.encodeStateVector(client);
  textOf(client).insert(2, "x");
  const keystroke = Y.encodeStateAsUpdate(client, start);
  const typed = Y.encodeStateVector(client);
  textOf(client).insert(3, "!", { [SUGGESTED_INSERTION]: null });
  const plain = Y.encodeStateAsUpdate(client, typed);
  expect(typesIntoOwnInsertion(document, keystroke, WIL)).toBe(true);
  expect(updateRefusal(document, keystroke, suggester)).toBeNull();
  // Not stored yet, so the live document does not have the keystroke; the plain "!" after it must still be seen.
  expect(updateRefusal(document, plain, suggester)?.close).toEqual(ONLY_SUGGESTIONS);
});
