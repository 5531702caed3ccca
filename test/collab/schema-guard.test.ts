import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { ORDINANCE_ATTRS, ORDINANCE_FRAGMENT, yDocToOrdinanceJSON } from "../../app/collab/ordinance-ydoc.server";
import { NOT_IN_SCHEMA } from "../../app/collab/schema-guard.server";
import { FORBIDDEN } from "../../app/collab/close-events.server";
import { parseLiveModel, renderText } from "../../ordinance-model/index";
import { articleText, collabClient, storedDoc, until, updateCount, type CollabClient } from "./support";

// Issue 13, finding 6: a writer's update that would put something outside the schema into the shared document
// (a Y.XmlHook, an unknown node type or attribute, a paragraph straight in the body) is refused before it is stored or
// broadcast, with close code 1008; honest typing goes on. The crafted updates come from a real provider.

let server: TestServer;
let cookie: string;
let observer: CollabClient;

beforeAll(async () => {
  server = await startServer();
  cookie = (await loggedIn(server.url, DEMO_ACCOUNTS.redactie)).cookieHeader();
  observer = collabClient(server.url, (await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader());
  await observer.synced;
});

afterAll(async () => {
  observer?.destroy();
  await server?.close();
});

const body = (doc: Y.Doc) => doc.getXmlFragment(ORDINANCE_FRAGMENT).get(2) as Y.XmlElement;
const firstArticle = (doc: Y.Doc) =>
  doc.getXmlFragment(ORDINANCE_FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "article").next().value as Y.XmlElement;

const crafted: [string, (doc: Y.Doc) => void][] = [
  // Y.XmlFragment's types leave hooks out, although Yjs stores them there.
  ["a Y.XmlHook in the body", (doc) => body(doc).insert(0, [new Y.XmlHook("verborgen") as unknown as Y.XmlElement])],
  ["a node type the schema does not know", (doc) => body(doc).insert(0, [new Y.XmlElement("script")])],
  ["an attribute the schema does not know", (doc) => firstArticle(doc).setAttribute("onclick", "x")],
  ["a paragraph straight in the body", (doc) => body(doc).insert(0, [new Y.XmlElement("paragraph")])],
  ["an article without its heading", (doc) => firstArticle(doc).delete(0, 1)],
  ["a shared type beside the ordinance", (doc) => doc.getArray("elders").insert(0, ["x"])],
];

for (const [what, craft] of crafted) {
  it(`${what} is refused with ${NOT_IN_SCHEMA.code}, and nothing is stored or broadcast`, async () => {
    const writer = collabClient(server.url, cookie);
    try {
      await writer.synced;
      const stored = updateCount(server.databasePath);
      const before = JSON.stringify(yDocToOrdinanceJSON(observer.doc));
      craft(writer.doc);
      await until(() => writer.closeCodes.includes(NOT_IN_SCHEMA.code), `sluitcode ${NOT_IN_SCHEMA.code}`);
      expect(updateCount(server.databasePath)).toBe(stored);
      expect(JSON.stringify(yDocToOrdinanceJSON(storedDoc(server.databasePath)))).toBe(before);
      expect(JSON.stringify(yDocToOrdinanceJSON(observer.doc))).toBe(before);
    } finally {
      writer.destroy();
    }
  });
}

it("typing and structural edits of the schema still go through", async () => {
  const writer = collabClient(server.url, cookie);
  try {
    await writer.synced;
    articleText(writer.doc, "art-begrippen").insert(0, "Nog steeds ");
    const member = new Y.XmlElement("member");
    member.setAttribute("id", "lid-nieuw");
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Een nieuw lid.")]);
    member.insert(0, [paragraph]);
    const article = firstArticle(writer.doc);
    article.insert(article.length, [member]);
    await until(() => articleText(observer.doc, "art-begrippen").toString().startsWith("Nog steeds ") && JSON.stringify(yDocToOrdinanceJSON(observer.doc)).includes("lid-nieuw"), "de waarnemer ziet beide");
    expect(writer.closeCodes).toEqual([]);
  } finally {
    writer.destroy();
  }
});

describe("the definition-list setting (ordinance.definitions) on the socket", () => {
  const definitionsOf = (doc: Y.Doc) => doc.getMap(ORDINANCE_ATTRS).get("definitions") ?? "lettered";
  /** A fresh writer with this session, synced, handed to `act`, and closed afterwards. */
  const asWriter = async (session: string, act: (writer: CollabClient) => Promise<void>) => {
    const writer = collabClient(server.url, session);
    try {
      await writer.synced;
      await act(writer);
    } finally {
      writer.destroy();
    }
  };
  const definitionLines = (doc: Y.Doc) => {
    const text = renderText(parseLiveModel(yDocToOrdinanceJSON(doc)), { includeNotes: false });
    return text.slice(text.indexOf("wordt verstaan onder:"), text.indexOf("Artikel 2"));
  };

  it("a werkgroep member, who writes articles but not the settings, is refused with 4403 and nothing is stored", async () => {
    await asWriter((await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader(), async (writer) => {
      const stored = updateCount(server.databasePath);
      writer.doc.getMap(ORDINANCE_ATTRS).set("definitions", "unlettered");
      await until(() => writer.closeCodes.includes(FORBIDDEN.code), `sluitcode ${FORBIDDEN.code}`);
      expect(updateCount(server.databasePath)).toBe(stored);
      expect(definitionsOf(storedDoc(server.databasePath))).toBe("lettered");
      expect(definitionsOf(observer.doc)).toBe("lettered");
    });
  });

  it("a value outside the schema is refused, from the redactie too", async () => {
    await asWriter(cookie, async (writer) => {
      writer.doc.getMap(ORDINANCE_ATTRS).set("definitions", "romeins");
      await until(() => writer.closeCodes.includes(NOT_IN_SCHEMA.code), `sluitcode ${NOT_IN_SCHEMA.code}`);
      expect(definitionsOf(storedDoc(server.databasePath))).toBe("lettered");
    });
  });

  it("the redactie's choice is stored and shared, and the text then renders its definitions without letters", async () => {
    expect(definitionLines(storedDoc(server.databasePath))).toMatch(/\n\s*a\. bemiddelingstafel: /);
    await asWriter(cookie, async (writer) => {
      writer.doc.getMap(ORDINANCE_ATTRS).set("definitions", "unlettered");
      await until(() => definitionsOf(observer.doc) === "unlettered", "de waarnemer ziet de instelling");
      expect(writer.closeCodes).toEqual([]);
      const stored = definitionLines(storedDoc(server.databasePath));
      expect(stored).toMatch(/\n\s*bemiddelingstafel: /);
      expect(stored).not.toMatch(/\n\s*[a-z]{1,2}\. /);
    });
  });
});
