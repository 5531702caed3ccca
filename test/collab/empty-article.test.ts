import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn, type Client } from "../support/http";
import { parseModel } from "../../ordinance-model/index";
import { twenteModel } from "../../db/seed/twente-model";
import { yDocToOrdinanceJSON } from "../../app/collab/ordinance-ydoc.server";
import { collabClient, storedDoc, until, type CollabClient } from "./support";
import { edit, editorView, sitesOf } from "./headless-editor";

// Issue 12's reproduction, exactly: writer A deletes member 1 of "Inwerkingtreding" while writer B, offline,
// deletes member 2. Each state is valid on its own; merged, the article has a heading and no member. The article and
// both writers' intent survive, and every page, the freeze and the documents say what is wrong and where.

const ARTICLE = "art-inwerkingtreding";
const MEMBERS = ["art-inwerkingtreding-lid-datum", "art-inwerkingtreding-lid-wet"];
const number = parseModel(twenteModel).numbering.get(ARTICLE)!.designation;

let server: TestServer;
let redactie: Client;
let a: CollabClient;
let b: CollabClient;

beforeAll(async () => {
  server = await startServer();
  redactie = await loggedIn(server.url, DEMO_ACCOUNTS.redactie);
  a = collabClient(server.url, redactie.cookieHeader());
  b = collabClient(server.url, (await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader());
  await Promise.all([a.synced, b.synced]);
});

afterAll(async () => {
  a?.destroy();
  b?.destroy();
  await server?.close();
});

const deleteMember = (id: string) => (tr: Parameters<Parameters<typeof edit>[1]>[0]) => {
  const site = sitesOf(tr.doc, "member").find((s) => s.node.attrs.id === id)!;
  tr.delete(site.pos, site.pos + site.node.nodeSize);
  return true;
};

function articleIn(json: unknown): { content: { type: string; attrs?: { id?: string } }[] } | undefined {
  let found;
  const visit = (node: { type: string; attrs?: { id?: string }; content?: unknown[] }) => {
    if (node.attrs?.id === ARTICLE) found = node;
    node.content?.forEach((c) => visit(c as typeof node));
  };
  visit(json as Parameters<typeof visit>[0]);
  return found;
}

it("two writers deleting one member each keep the article, and every reader is told it has no members", async () => {
  const socketB = b.provider.configuration.websocketProvider;
  socketB.disconnect();
  await until(() => socketB.status === "disconnected", "B offline");
  expect(edit(a.doc, deleteMember(MEMBERS[0]!))).toBe(true);
  expect(edit(b.doc, deleteMember(MEMBERS[1]!))).toBe(true);
  void socketB.connect();
  await until(() => !a.provider.hasUnsyncedChanges && !b.provider.hasUnsyncedChanges && JSON.stringify(yDocToOrdinanceJSON(a.doc)) === JSON.stringify(yDocToOrdinanceJSON(b.doc)), "A en B samengevoegd");

  // Both editors can show it: converting drops nothing (y-prosemirror would delete the article for everyone).
  expect(() => editorView(a.doc)).not.toThrow();
  expect(() => editorView(b.doc)).not.toThrow();
  for (const doc of [a.doc, b.doc, storedDoc(server.databasePath)]) {
    const article = articleIn(yDocToOrdinanceJSON(doc))!;
    // The article and its heading survive; both members are gone, as each writer intended.
    expect(article.content.map((c) => c.type)).toEqual(["heading"]);
  }

  // Every page that shows the live text names the place.
  const problem = `Artikel ${number} heeft geen leden meer.`;
  for (const path of ["/modellen/1", "/modellen/1/gemeenten/almelo", "/modellen/1/versies", "/modellen/1/documenten"]) {
    const page = await redactie.get(path);
    expect(page.status, path).toBe(200);
    expect(page.body, path).toContain("Herstel nodig in de werkversie");
    expect(page.body, path).toContain(problem);
  }

  // Freezing a version is refused with the list, and nothing is stored.
  const freeze = await redactie.post("/modellen/1/versies?index", { name: "Met een leeg artikel" });
  expect(freeze.status).toBe(409);
  expect(freeze.body).toContain(problem);
  expect((await redactie.get("/modellen/1/versies")).body).not.toContain("Met een leeg artikel</");

  // Documents from the live text (the changes up to "de huidige tekst") are refused with the same list; those built
  // from the definitive version (the demo has one, and Almelo is pinned to it) are not touched by the live text.
  const download = await redactie.get("/modellen/1/documenten/download?soort=wijzigingen&van=1");
  expect(download.status).toBe(409);
  expect(download.body).toContain(problem);
  for (const query of ["soort=model", "soort=raadsbesluit&gemeente=almelo"]) expect((await redactie.get(`/modellen/1/documenten/download?${query}`)).status, query).toBe(200);
});
