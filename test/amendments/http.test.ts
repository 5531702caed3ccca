import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { firstModelId } from "../support/db";

// The draft amending ordinance over real HTTP: the demo's Borne adopted its ordinance from an older definitive version;
// its text-in-force page links the draft for whoever may make its council documents (its staff and the redactie), and
// every other role gets a 403 on the draft and its Word files, also when it asks for them directly.

let server: TestServer;
let modelId: number;
const clients = new Map<keyof typeof DEMO_ACCOUNTS, Client>();
const client = (key: keyof typeof DEMO_ACCOUNTS) => clients.get(key)!;
const page = (slug: string, rest: string) => `/modellen/${modelId}/gemeenten/${slug}/${rest}`;
const others = ["werkgroep", "gemeente", "gemeenteEnschede", "raad", "huurders", "corporatie", "provincie"] as const;

beforeAll(async () => {
  server = await startServer();
  modelId = firstModelId(server.databasePath);
  await Promise.all(["redactie", ...others].map(async (key) => clients.set(key as keyof typeof DEMO_ACCOUNTS, await loggedIn(server.url, DEMO_ACCOUNTS[key as keyof typeof DEMO_ACCOUNTS]))));
});
afterAll(() => server?.close());

describe("the draft amending ordinance", () => {
  test("the redactie finds it from Borne's text in force and reads Artikel I with its instructions and Artikel II", async () => {
    const inForce = await client("redactie").get(page("borne", "geldend"));
    expect(inForce.status).toBe(200);
    expect(inForce.body).toContain(`href="/modellen/${modelId}/gemeenten/borne/geldend/wijziging"`);
    const draft = await client("redactie").get(page("borne", "geldend/wijziging"));
    expect(draft.status).toBe(200);
    const text = mainText(draft.body);
    expect(text).toMatch(/Verordening tot wijziging van de Urgentieverordening Borne 20\d\d/);
    expect(text).toMatch(/Artikel I\s+De Urgentieverordening Borne 20\d\d wordt als volgt gewijzigd:\s+A\s/);
    expect(text).toContain("Artikel II");
    for (const soort of ["raadsbesluit", "raadsvoorstel"]) {
      const file = await client("redactie").get(page("borne", `geldend/wijziging/download?soort=${soort}`));
      expect(file.status, soort).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
    expect((await client("redactie").get(page("borne", "geldend/wijziging/download?soort=brief"))).status).toBe(404);
  });

  test("every other role is refused the draft and its files, and its text-in-force page does not link it", async () => {
    for (const key of others) {
      expect((await client(key).get(page("borne", "geldend/wijziging"))).status, key).toBe(403);
      expect((await client(key).get(page("borne", "geldend/wijziging/download?soort=raadsbesluit"))).status, key).toBe(403);
      const inForce = await client(key).get(page("borne", "geldend"));
      expect(inForce.status, key).toBe(200);
      expect(inForce.body, key).not.toContain("geldend/wijziging");
    }
    const anonymous = await new Client(server.url).get(page("borne", "geldend/wijziging"));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/login");
  });

  test("a municipality that has not adopted has nothing to amend, and the page says so in Dutch", async () => {
    const almelo = await client("redactie").get(page("almelo", "geldend/wijziging"));
    expect(almelo.status).toBe(200);
    expect(mainText(almelo.body)).toContain("De raad van Almelo heeft de verordening nog niet vastgesteld; er is niets te wijzigen.");
    expect((await client("gemeente").get(page("almelo", "geldend/wijziging/download?soort=raadsbesluit"))).status).toBe(409);
  });
});
