import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText, textOf as plainText } from "../support/http";
import { firstModelId, writeDb } from "../support/db";
import { articleText, collabClient, until, updateCount } from "../collab/support";
import { runCli } from "../../app/cli/main";

/**
 * The pages reuse a municipality's resolved text between requests (app/resolved-cache.server.ts). What they show must
 * still follow every change at once: a choice saved through the form, one written by the CLI from another process, a
 * live edit of the model on the sync socket. And the pages go out compressed.
 */
let server: TestServer;
let modelId: number;
let almelo: Client;
let redactie: Client;
const preview = () => `/modellen/${modelId}/gemeenten/oldenzaal/voorbeeld`;
const choices = () => `/modellen/${modelId}/gemeenten/oldenzaal`;

beforeAll(async () => {
  server = await startServer();
  modelId = firstModelId(server.databasePath);
  [almelo, redactie] = await Promise.all([loggedIn(server.url, DEMO_ACCOUNTS.gemeente), loggedIn(server.url, DEMO_ACCOUNTS.redactie)]);
});

afterAll(async () => {
  await server?.close();
});

const textOf = async (client: Client, path: string) => {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return mainText(res.body);
};

describe("a municipality's text follows its choices at once", () => {
  // Oldenzaal keeps the regional text in the demo and is not gereed (Almelo is gereed and Borne has adopted, so their
  // choices are locked).
  const citation = (year: number) => `Deze verordening wordt aangehaald als: Urgentieverordening Oldenzaal ${year}.`;

  it("a choice saved through the form is in the preview and the choices page right after the save", async () => {
    // Both pages were shown (and their text kept) before the save.
    expect(await textOf(redactie, preview())).toContain(citation(2026));
    expect(await textOf(redactie, choices())).toContain(citation(2026));
    const saved = await redactie.post(choices(), { intent: "save", slot: "ordinanceYear", version: 0, value: "2027" });
    expect(saved.status).toBe(200);
    expect(await textOf(redactie, preview())).toContain(citation(2027));
    expect(await textOf(redactie, choices())).toContain(citation(2027));
  });

  it("a choice set with the CLI, in another process, is in the preview at once", async () => {
    const out: string[] = [];
    const code = await runCli(["choices", "set", "--gemeente", "oldenzaal", "ordinanceYear=2028"], { out: (l) => out.push(l), err: (l) => out.push(l) }, { NODE_ENV: "test", DATABASE_PATH: server.databasePath });
    expect(code, out.join("\n")).toBe(0);
    expect(await textOf(redactie, preview())).toContain(citation(2028));
  });

  it("the matrix (and its export) shows a choice saved after it was viewed", async () => {
    const line = async () => (await redactie.get(`/modellen/${modelId}/overzicht.csv`)).body.split("\r\n").find((l) => l.startsWith("Jaartal in de titel en citeertitel"))!;
    const cell = async () => {
      const html = (await redactie.get(`/modellen/${modelId}/overzicht`)).body;
      const start = html.indexOf('data-gemeente="hengelo" data-slot="ordinanceYear"');
      return plainText(html.slice(html.indexOf(">", start) + 1, html.indexOf("</td>", start)));
    };
    expect(await line()).not.toContain("≠ 2029");
    expect(await cell()).toBe("2026");
    expect((await redactie.post(`/modellen/${modelId}/gemeenten/hengelo`, { intent: "save", slot: "ordinanceYear", version: 0, value: "2029" })).status).toBe(200);
    expect(await line()).toContain("≠ 2029");
    expect(await cell()).toBe("≠ wijkt af: 2029");
  });

  it("a stored choice the model refuses shows on the documents page at once, and its repair as well", async () => {
    const documents = `/modellen/${modelId}/documenten`;
    const ownPart = (text: string) => text.slice(text.indexOf("Oldenzaal"), text.indexOf("Rijssen-Holten"));
    expect(ownPart(await textOf(redactie, documents))).not.toContain("Jaartal in de titel en citeertitel");
    const setStored = (value: string) =>
      writeDb(server.databasePath, (db) =>
        db
          .prepare("UPDATE choices SET value = ? WHERE model_id = ? AND slot_key = 'ordinanceYear' AND municipality_id = (SELECT id FROM municipalities WHERE slug = 'oldenzaal')")
          .run(value, modelId),
      );
    setStored("2060");
    expect(ownPart(await textOf(redactie, documents))).toContain("Jaartal in de titel en citeertitel");
    setStored("2027");
    expect(ownPart(await textOf(redactie, documents))).not.toContain("Jaartal in de titel en citeertitel");
  });
});

describe("the text follows a live edit of the model", () => {
  it("a word typed in the editor is in the model page and every municipality's preview once it is stored", async () => {
    expect(await textOf(almelo, preview())).not.toContain("Spoedeisend");
    expect(await textOf(almelo, `/modellen/${modelId}`)).not.toContain("Spoedeisend");
    const editor = collabClient(server.url, redactie.cookieHeader(), modelId);
    try {
      await editor.synced;
      const before = updateCount(server.databasePath, modelId);
      articleText(editor.doc, "art-aanvraag").insert(0, "Spoedeisend: ");
      await until(() => updateCount(server.databasePath, modelId) > before, "de bewerking is opgeslagen");
    } finally {
      editor.destroy();
    }
    expect(await textOf(almelo, preview())).toContain("Spoedeisend: ");
    expect(await textOf(almelo, `/modellen/${modelId}`)).toContain("Spoedeisend: ");
    expect(await textOf(almelo, choices())).toContain("Spoedeisend: ");
  });
});

describe("compression", () => {
  it.each([
    ["br", "br"],
    ["gzip", "gzip"],
  ])("a page and a static asset go out compressed when the client accepts %s", async (accept, encoding) => {
    const page = await redactie.get(choices(), { "accept-encoding": accept });
    expect(page.headers.get("content-encoding")).toBe(encoding);
    expect(mainText(page.body)).toContain("Lokale keuzes van Oldenzaal");
    // Every stylesheet and script of 1 kB or more (the middleware's threshold: a font's few lines stay as they are).
    const assets = [...page.body.matchAll(/href="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    const large = [];
    for (const asset of assets) {
      const res = await redactie.get(asset, { "accept-encoding": accept });
      if (res.body.length >= 1024) large.push(res.headers.get("content-encoding"));
    }
    expect(large.length).toBeGreaterThan(0);
    expect(large.every((e) => e === encoding)).toBe(true);
  });

  it("a client that accepts no compression gets the page as it is", async () => {
    const page = await redactie.get(choices(), { "accept-encoding": "identity" });
    expect(page.headers.get("content-encoding")).toBeNull();
    expect(mainText(page.body)).toContain("Lokale keuzes van Oldenzaal");
  });
});
