import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { firstModelId } from "../support/db";
import { validateStop } from "../support/stop-schema";

// The draft amending ordinance over real HTTP: the demo's Borne adopted its ordinance from an older definitive version;
// its text-in-force page links the draft for whoever may make its council documents (its staff and the redactie), and
// every other role gets a 403 on the draft, its Word files and its STOP XML, also when it asks for them directly.

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

  test("given the date and number of the decision, the page links the STOP XML with the changes, which the schema accepts", async () => {
    expect((await client("redactie").get(page("borne", "geldend/wijziging"))).body).not.toContain("stop.xml");
    const asked = await client("redactie").get(page("borne", "geldend/wijziging?datum=2027-06-28&nummer=2027-41"));
    expect(asked.status).toBe(200);
    const href = /href="([^"]*\/geldend\/wijziging\/stop\.xml\?[^"]*)"/.exec(asked.body)?.[1]?.replaceAll("&amp;", "&");
    expect(href).toBe(`/modellen/${modelId}/gemeenten/borne/geldend/wijziging/stop.xml?datum=2027-06-28&nummer=2027-41`);
    // The Word files are then dated on the same decision.
    const word = /href="([^"]*\/geldend\/wijziging\/download\?soort=raadsbesluit[^"]*)"/.exec(asked.body)?.[1]?.replaceAll("&amp;", "&");
    expect(word).toBe(`/modellen/${modelId}/gemeenten/borne/geldend/wijziging/download?soort=raadsbesluit&datum=2027-06-28&nummer=2027-41`);
    expect((await client("redactie").get(word!)).status).toBe(200);
    const file = await client("redactie").get(href!);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const verdict = validateStop(file.body);
    expect(verdict.ok, verdict.output).toBe(true);
    // The demo's newer definitive version adds these words to the mediation table's rules: the mutation carries them.
    expect(file.body).toContain("en maken het reglement openbaar.");
    expect(file.body).toMatch(/<RegelingMutatie[\s>]/);
    // A municipality without an adoption has nothing to amend, so no STOP XML either.
    expect((await client("gemeente").get(page("almelo", "geldend/wijziging/stop.xml?datum=2027-06-28&nummer=2027-41"))).status).toBe(409);
  });

  test("a wrong date or a missing number is refused beside its field, with what was typed kept", async () => {
    const refused = await client("redactie").get(page("borne", "geldend/wijziging?datum=28-06-2027&nummer="));
    expect(refused.status).toBe(200);
    const text = mainText(refused.body);
    expect(text).toContain("Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-06-28.");
    expect(text).toContain("Geef het nummer van het raadsbesluit.");
    expect(refused.body).toContain('value="28-06-2027"');
    expect(refused.body).not.toContain("stop.xml?");
    expect((await client("redactie").get(page("borne", "geldend/wijziging/stop.xml?datum=28-06-2027"))).status).toBe(400);
    const word = await client("redactie").get(page("borne", "geldend/wijziging/download?soort=raadsbesluit&datum=28-06-2027&nummer=1"));
    expect(word.status).toBe(400);
    expect(word.body).toContain("Geef een datum als jjjj-mm-dd, bijvoorbeeld 2027-06-28.");
  });

  test("every other role is refused the draft and its files, and its text-in-force page does not link it", async () => {
    for (const key of others) {
      expect((await client(key).get(page("borne", "geldend/wijziging"))).status, key).toBe(403);
      expect((await client(key).get(page("borne", "geldend/wijziging/download?soort=raadsbesluit"))).status, key).toBe(403);
      expect((await client(key).get(page("borne", "geldend/wijziging/stop.xml?datum=2027-06-28&nummer=2027-41"))).status, key).toBe(403);
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
