import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb } from "../support/db";
import { validateStop } from "../support/stop-schema";

// The STOP download over HTTP, with crafted requests: an adopted text is public law, so every logged-in reader of the
// region may download it; a visitor without a session, another region's account or a municipality that has not adopted
// gets no file.

let server: TestServer;
let modelId: number;
const path = (slug: string) => `/modellen/${modelId}/gemeenten/${slug}/stop.xml`;

beforeAll(async () => {
  server = await startServer();
  modelId = readDb(server.databasePath, (db) => (db.prepare("SELECT m.id FROM models m JOIN regions r ON r.id = m.region_id WHERE r.slug = 'twente' ORDER BY m.id LIMIT 1").get() as { id: number }).id);
});
afterAll(async () => {
  await server?.close();
});

describe("GET …/gemeenten/:slug/stop.xml", () => {
  it.each(["huurders", "raad", "gemeenteEnschede", "redactie"] as const)("%s downloads Borne's text in force, valid against the XSD", async (who) => {
    const res = await (await loggedIn(server.url, DEMO_ACCOUNTS[who])).get(path("borne"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="borne-2026-11-26-stop.xml"');
    expect(validateStop(res.body).ok).toBe(true);
  });

  it("a visitor without a session is sent to the login and gets no XML", async () => {
    const res = await new Client(server.url).get(path("borne"));
    expect(res.status).toBe(302);
    expect(new URL(res.location!, server.url).pathname).toBe("/login");
    expect(res.body).not.toContain("<BesluitCompact");
  });

  it("another region's account does not reach Twente's model", async () => {
    const res = await (await loggedIn(server.url, "redactie.west-overijssel@modelwerk.test")).get(path("borne"));
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain("<BesluitCompact");
  });

  it("a municipality that has not adopted: 404 with the reason in Dutch", async () => {
    const res = await (await loggedIn(server.url, DEMO_ACCOUNTS.gemeenteEnschede)).get(path("enschede"));
    expect(res.status).toBe(404);
    expect(res.body).toBe("Enschede heeft de verordening nog niet vastgesteld; er is nog geen tekst om te publiceren.\n");
  });

  it("Borne's text in force links to its STOP XML, by adoption; Enschede's page does not", async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.huurders);
    const page = (await client.get(`/modellen/${modelId}/gemeenten/borne/geldend`)).body;
    const href = new RegExp(`href="(${path("borne").replace(/\./g, "\\.")}\\?vaststelling=\\d+)"`).exec(page)?.[1];
    expect(href).toBeDefined();
    const res = await client.get(href!.replace(/&amp;/g, "&"));
    expect(res.status).toBe(200);
    expect(res.body).toBe((await client.get(path("borne"))).body);
    expect((await client.get(`/modellen/${modelId}/gemeenten/enschede/geldend`)).body).not.toContain("stop.xml");
  });

  it("an adoption that does not exist is a 404, not another municipality's text", async () => {
    const client = await loggedIn(server.url, DEMO_ACCOUNTS.huurders);
    for (const id of ["999999", "x", "-1"]) {
      const res = await client.get(`${path("borne")}?vaststelling=${id}`);
      expect(res.status, id).toBe(404);
      expect(res.body).toBe("Deze vaststelling van Borne bestaat niet.\n");
    }
  });
});
