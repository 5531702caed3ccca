import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb } from "../support/db";
import { ORDINANCE_FRAGMENT } from "../../app/collab/ordinance-ydoc.server";
import { ONLY_SUGGESTIONS, OTHERS_SUGGESTION } from "../../app/collab/update-guard.server";
import { FORBIDDEN } from "../../app/collab/close-events.server";
import { DEMO_SUGGESTER } from "../../db/seed/demo-editing-modes";
import { articleText, collabClient, storedDoc, until, updateCount, type CollabClient } from "./support";

// The server side of Voorstellen (issue 17): the demo account werkgroep2 may only suggest. Its crafted updates go
// through a raw provider, as an attacker's would; what is refused closes the connection with a Dutch reason and is
// neither stored nor seen by others.

const ARTICLE = "art-begrippen";
let server: TestServer;
const clients: CollabClient[] = [];
let wil: { id: number; name: string };
let wim: { id: number; name: string };

async function connect(email: string): Promise<CollabClient & { closed: Promise<{ code: number; reason: string }> }> {
  const client = collabClient(server.url, (await loggedIn(server.url, email)).cookieHeader());
  clients.push(client);
  await client.synced;
  const socket = client.provider.configuration.websocketProvider.webSocket!;
  // A refused client is destroyed at once: its provider would reconnect, and destroying it mid-handshake throws.
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.addEventListener("close", (e: CloseEvent) => {
      clients.splice(clients.indexOf(client), 1);
      client.destroy();
      resolve({ code: e.code, reason: e.reason });
    }),
  );
  return Object.assign(client, { closed });
}

const account = (email: string) => readDb(server.databasePath, (db) => db.prepare("SELECT id, name FROM users WHERE email = ?").get(email) as { id: number; name: string });
const record = (author: { id: number; name: string }, id: string) => ({ id, author: author.id, authorName: author.name, at: new Date().toISOString() });
/** The characters only: XmlText.toString() writes formatting as tags. */
const textIn = (doc: Y.Doc) => (articleText(doc, ARTICLE).toDelta() as { insert: string }[]).map((part) => part.insert).join("");

/** Expects the suggester's change to be refused: the connection closed with the Dutch reason, nothing stored or seen. */
async function refused(change: (text: Y.XmlText, doc: Y.Doc) => void, refusal: { code: number; reason: string } = ONLY_SUGGESTIONS, writer = DEMO_SUGGESTER) {
  const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(writer)];
  const stored = updateCount(server.databasePath);
  const before = JSON.stringify(articleText(observer.doc, ARTICLE).toDelta());
  change(articleText(suggester.doc, ARTICLE), suggester.doc);
  expect(await suggester.closed).toEqual(refusal);
  expect(updateCount(server.databasePath)).toBe(stored);
  expect(JSON.stringify(articleText(storedDoc(server.databasePath), ARTICLE).toDelta())).toBe(before);
  expect(JSON.stringify(articleText(observer.doc, ARTICLE).toDelta())).toBe(before);
}

beforeAll(async () => {
  server = await startServer();
  [wil, wim] = [account(DEMO_SUGGESTER), account(DEMO_ACCOUNTS.werkgroep)];
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

describe("a suggest-only connection", () => {
  it("may add text with its own insertion mark and mark text with its own deletion mark; others see both", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    const text = articleText(suggester.doc, ARTICLE);
    text.insert(0, "Voorgesteld: ", { suggestedInsertion: record(wil, "s-in") });
    text.format(text.length - 3, 3, { suggestedDeletion: record(wil, "s-del") });
    await until(() => textIn(observer.doc).startsWith("Voorgesteld: "), "de redactie ziet het voorstel");
    const delta = articleText(storedDoc(server.databasePath), ARTICLE).toDelta() as { insert: string; attributes?: Record<string, { authorName: string }> }[];
    expect(delta[0]).toMatchObject({ insert: "Voorgesteld: ", attributes: { suggestedInsertion: { authorName: "Wil Werkgroep" } } });
    expect(delta.at(-1)!.attributes?.suggestedDeletion?.authorName).toBe("Wil Werkgroep");
    expect(suggester.closeCodes).not.toContain(ONLY_SUGGESTIONS.code);
  });

  it("may take back its own suggestions", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    const text = articleText(suggester.doc, ARTICLE);
    text.insert(0, "Terug ", { suggestedInsertion: record(wil, "s-terug") });
    await until(() => textIn(observer.doc).startsWith("Terug "), "voorstel aangekomen");
    text.delete(0, "Terug ".length);
    await until(() => !textIn(observer.doc).startsWith("Terug "), "voorstel teruggenomen");
    expect(suggester.closeCodes).not.toContain(ONLY_SUGGESTIONS.code);
  });

  it("may suggest a new member, carrying its own suggestion attribute", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    const article = articleText(suggester.doc, ARTICLE).parent!.parent!.parent as Y.XmlElement;
    const member = new Y.XmlElement("member");
    member.setAttribute("id", "lid-voorstel");
    member.setAttribute("condition", null as unknown as string);
    member.setAttribute("suggestion", { kind: "insertion", ...record(wil, "s-lid") } as unknown as string);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Een voorgesteld lid.")]);
    member.insert(0, [paragraph]);
    article.insert(article.length, [member]);
    const hasMember = (doc: Y.Doc) => JSON.stringify(doc.getXmlFragment(ORDINANCE_FRAGMENT).toJSON()).includes("Een voorgesteld lid.");
    await until(() => hasMember(observer.doc), "de redactie ziet het voorgestelde lid");
    expect(hasMember(storedDoc(server.databasePath))).toBe(true);
  });

  it("may type inside its own insertion", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    const text = articleText(suggester.doc, ARTICLE);
    text.insert(0, "Binnen ", { suggestedInsertion: record(wil, "s-binnen") });
    await until(() => textIn(observer.doc).startsWith("Binnen "), "voorstel aangekomen");
    // Typing inside the run inherits its mark: the guard's fast path (app/collab/suggestion-typing.test.ts).
    text.insert(3, "xyz");
    await until(() => textIn(observer.doc).startsWith("Binxyznen "), "getypt binnen het eigen voorstel");
    expect(textIn(storedDoc(server.databasePath))).toContain("Binxyznen ");
    expect(suggester.closeCodes).not.toContain(ONLY_SUGGESTIONS.code);
  });

  it("refuses a plain insert", () => refused((text) => text.insert(0, "Zomaar ")));

  it("refuses a plain delete", () =>
    refused((text) => {
      // Three characters of the article's own text, past the suggestions earlier tests left at its start.
      const parts = text.toDelta() as { insert: string; attributes?: object }[];
      const plain = parts.findIndex((part) => !part.attributes);
      text.delete(parts.slice(0, plain).reduce((n, part) => n + part.insert.length, 0), 3);
    }));

  it("refuses a suggestion carrying another author's name", () => refused((text) => text.insert(0, "Namens Wim ", { suggestedInsertion: record(wim, "s-wim") })));

  it("refuses its own id with another author's name", () => refused((text) => text.insert(0, "Vermomd ", { suggestedInsertion: { ...record(wil, "s-x"), authorName: "Wim Werkgroep" } })));

  it("refuses accepting its own suggestion (removing the mark keeps the text)", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    articleText(suggester.doc, ARTICLE).insert(0, "Eigen ", { suggestedInsertion: record(wil, "s-eigen") });
    await until(() => textIn(observer.doc).startsWith("Eigen "), "voorstel aangekomen");
    await refused((text) => text.format(0, "Eigen ".length, { suggestedInsertion: null }));
  });

  it("refuses rejecting another author's suggestion", async () => {
    const [wimClient, observer] = [await connect(DEMO_ACCOUNTS.werkgroep), await connect(DEMO_ACCOUNTS.redactie)];
    articleText(wimClient.doc, ARTICLE).insert(0, "Van Wim ", { suggestedInsertion: record(wim, "s-van-wim") });
    await until(() => textIn(observer.doc).startsWith("Van Wim "), "voorstel van Wim aangekomen");
    await refused((text) => text.delete(0, "Van Wim ".length));
  });

  // The settings of the whole text are the redactie's alone (model.settings): the schema guard refuses them first.
  it("refuses a change outside the text", () => refused((_text, doc) => doc.getMap("ordinanceAttrs").set("numbering", "perChapter"), FORBIDDEN));
});

// Issue 17: "Removing another author's suggestion is an accept or reject, and needs model.acceptSuggestion". Wim is in
// Bewerken (the werkgroep's default) and may not decide; the redactie may.
describe("a writer in Bewerken without model.acceptSuggestion", () => {
  /** Where the run of one suggestion starts in the article's text, and how long it is. */
  const runOf = (text: Y.XmlText, id: string) => {
    let at = 0;
    for (const part of text.toDelta() as { insert: string; attributes?: Record<string, { id?: string }> }[]) {
      if (Object.values(part.attributes ?? {}).some((record) => record?.id === id)) return { at, length: part.insert.length };
      at += part.insert.length;
    }
    throw new Error(`geen voorstel ${id}`);
  };
  const articleOf = (doc: Y.Doc) => articleText(doc, ARTICLE).parent!.parent!.parent as Y.XmlElement;
  const memberIds = (doc: Y.Doc) => articleOf(doc).toArray().map((child) => (child as Y.XmlElement).getAttribute("id"));

  beforeAll(async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    const text = articleText(suggester.doc, ARTICLE);
    text.insert(0, "Wil stelt voor ", { suggestedInsertion: record(wil, "b-in") });
    text.format(text.length - 4, 4, { suggestedDeletion: record(wil, "b-del") });
    const member = new Y.XmlElement("member");
    member.setAttribute("id", "lid-van-wil");
    member.setAttribute("suggestion", { kind: "insertion", ...record(wil, "b-lid") } as unknown as string);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Een lid van Wil.")]);
    member.insert(0, [paragraph]);
    articleOf(suggester.doc).insert(articleOf(suggester.doc).length, [member]);
    await until(() => memberIds(observer.doc).includes("lid-van-wil") && runOf(articleText(observer.doc, ARTICLE), "b-del").length === 4, "de voorstellen van Wil zijn aangekomen");
  });

  it("may not delete part of another's suggested text (a reject)", () =>
    refused((text) => text.delete(runOf(text, "b-in").at + 4, 5), OTHERS_SUGGESTION, DEMO_ACCOUNTS.werkgroep));

  it("may not delete text another suggested for deletion (an accept)", () =>
    refused((text) => text.delete(runOf(text, "b-del").at, 4), OTHERS_SUGGESTION, DEMO_ACCOUNTS.werkgroep));

  it("may not take away another's mark (accepting or rejecting it)", () =>
    refused((text) => text.format(runOf(text, "b-del").at, 4, { suggestedDeletion: null }), OTHERS_SUGGESTION, DEMO_ACCOUNTS.werkgroep));

  it("may not delete a member another suggested, nor clear its suggestion", async () => {
    for (const change of [(article: Y.XmlElement) => article.delete(article.length - 1, 1), (article: Y.XmlElement) => (article.get(article.length - 1) as Y.XmlElement).setAttribute("suggestion", null as unknown as string)]) {
      const [observer, writer] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep)];
      const stored = updateCount(server.databasePath);
      change(articleOf(writer.doc));
      expect(await writer.closed).toEqual(OTHERS_SUGGESTION);
      expect(updateCount(server.databasePath)).toBe(stored);
      expect((articleOf(observer.doc).get(articleOf(observer.doc).length - 1) as Y.XmlElement).getAttribute("suggestion")).toMatchObject({ id: "b-lid" });
    }
  });

  it("still edits the text around them, and types inside another's suggestion", async () => {
    const [observer, writer] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep)];
    const text = articleText(writer.doc, ARTICLE);
    const { at, length } = runOf(text, "b-del");
    text.delete(at - 3, 3);
    text.insert(at - 3, "XYZ");
    text.insert(runOf(text, "b-in").at + 3, "!");
    await until(() => textIn(observer.doc).includes("XYZ") && textIn(observer.doc).startsWith("Wil! stelt voor "), "de bewerkingen van Wim zijn aangekomen");
    expect(runOf(articleText(observer.doc, ARTICLE), "b-del").length).toBe(length);
    expect(writer.closeCodes).not.toContain(OTHERS_SUGGESTION.code);
  });

  it("leaves deciding to the redactie, whose accept and reject go through", async () => {
    const [observer, redactie] = [await connect(DEMO_ACCOUNTS.werkgroep), await connect(DEMO_ACCOUNTS.redactie)];
    const text = articleText(redactie.doc, ARTICLE);
    const insertion = runOf(text, "b-in");
    text.delete(insertion.at, insertion.length);
    text.format(runOf(text, "b-del").at, 4, { suggestedDeletion: null });
    await until(() => !JSON.stringify(articleText(observer.doc, ARTICLE).toDelta()).match(/"b-(in|del)"/), "de beslissingen van de redactie zijn aangekomen");
    expect(redactie.closeCodes).toEqual([]);
  });
});

// References, citations and slot values carry a suggestion in their attribute (y-prosemirror keeps marks on text only).
describe("suggestions on inline atoms", () => {
  const paragraphOf = (doc: Y.Doc) => articleText(doc, ARTICLE).parent as Y.XmlElement;
  const slotValue = (suggestion: object) => {
    const atom = new Y.XmlElement("slotValue");
    atom.setAttribute("slot", "gemeentenaam");
    atom.setAttribute("suggestion", suggestion as unknown as string);
    return atom;
  };
  const suggestedAtoms = (doc: Y.Doc) => paragraphOf(doc).toArray().filter((child) => child instanceof Y.XmlElement && child.getAttribute("suggestion"));

  it("a suggester may add a slot value carrying its own suggestion; nobody else may remove it but the redactie", async () => {
    const [observer, suggester] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_SUGGESTER)];
    paragraphOf(suggester.doc).insert(paragraphOf(suggester.doc).length, [slotValue({ kind: "insertion", ...record(wil, "a-waarde") })]);
    await until(() => suggestedAtoms(observer.doc).length === 1, "de redactie ziet de voorgestelde keuzemogelijkheid");
    expect(suggestedAtoms(storedDoc(server.databasePath))).toHaveLength(1);
    expect(suggester.closeCodes).toEqual([]);

    const stored = updateCount(server.databasePath);
    const writer = await connect(DEMO_ACCOUNTS.werkgroep);
    paragraphOf(writer.doc).delete(paragraphOf(writer.doc).length - 1, 1);
    expect(await writer.closed).toEqual(OTHERS_SUGGESTION);
    expect(updateCount(server.databasePath)).toBe(stored);
    expect(suggestedAtoms(observer.doc)).toHaveLength(1);
  });

  it("a suggester may not add one under another author's name, nor accept its own", async () => {
    await refused((text) => (text.parent as Y.XmlElement).insert((text.parent as Y.XmlElement).length, [slotValue({ kind: "insertion", ...record(wim, "a-wim") })]));
    await refused((text) => ((text.parent as Y.XmlElement).get((text.parent as Y.XmlElement).length - 1) as Y.XmlElement).setAttribute("suggestion", null as unknown as string));
  });
});
