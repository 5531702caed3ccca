import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, field, loggedIn, mainText } from "../support/http";
import { firstModelId, readDb, resetMunicipality, writeDb } from "../support/db";
import { runCli } from "../../app/cli/main";

/**
 * The choices page and the matrix through real HTTP: who may read and change, crafted posts that must change nothing,
 * the concurrency rule, the "gereed" lock, model changes and the exports.
 */
let server: TestServer;
let modelId: number;
const clients = new Map<keyof typeof DEMO_ACCOUNTS, Client>();
const client = (key: keyof typeof DEMO_ACCOUNTS) => clients.get(key)!;
const page = (slug: string) => `/modellen/${modelId}/gemeenten/${slug}`;

interface StoredChoice {
  value: string;
  version: number;
}
const stored = (slug: string, key: string) =>
  readDb(
    server.databasePath,
    (db) =>
      db
        .prepare(
          "SELECT c.value, c.version FROM choices c JOIN municipalities m ON m.id = c.municipality_id WHERE c.model_id = ? AND m.slug = ? AND c.slot_key = ?",
        )
        .get(modelId, slug, key) as StoredChoice | undefined,
  );
const changeCount = () => readDb(server.databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM choice_changes").get() as { n: number }).n);
/** The stored choice is exactly this, and no audit record was added since `changesBefore`. */
function expectUnchanged(slug: string, key: string, choice: StoredChoice, changesBefore: number): void {
  expect(stored(slug, key)).toEqual(choice);
  expect(changeCount()).toBe(changesBefore);
}
/** The part of the page about one slot: its form, messages and history. */
const slotSection = (html: string, key: string) => {
  const start = html.indexOf(`id="keuze-${key}"`);
  return html.slice(start, html.indexOf("</section>", start));
};
const save = (who: keyof typeof DEMO_ACCOUNTS, slug: string, slot: string, version: number, fields: Record<string, string>) =>
  client(who).post(page(slug), { intent: "save", slot, version, ...fields });

beforeAll(async () => {
  server = await startServer();
  modelId = firstModelId(server.databasePath);
  // The demo seeds Almelo gereed with choices of its own; these tests fill in Almelo from nothing.
  resetMunicipality(server.databasePath, "almelo");
  await Promise.all(
    (Object.keys(DEMO_ACCOUNTS) as (keyof typeof DEMO_ACCOUNTS)[]).map(async (key) => clients.set(key, await loggedIn(server.url, DEMO_ACCOUNTS[key]))),
  );
});

afterAll(async () => {
  await server?.close();
});

describe("the choices page", () => {
  it.each(Object.keys(DEMO_ACCOUNTS) as (keyof typeof DEMO_ACCOUNTS)[])(
    "%s may read Almelo's choices; only Almelo staff and redactie get the forms",
    async (who) => {
      const res = await client(who).get(page("almelo"));
      expect(res.status).toBe(200);
      const text = mainText(res.body);
      expect(text).toContain("Lokale keuzes van Almelo");
      expect(text).toMatch(/\d+ van 15 keuzes gemaakt/);
      const editable = who === "gemeente" || who === "redactie";
      expect(res.body.includes('name="intent" value="save"'), `${who} ziet formulieren`).toBe(editable);
    },
  );

  it("shows the slots in article order with their article, default and the preview", async () => {
    const text = mainText((await client("raad").get(page("almelo"))).body);
    const order = ["Jaartal in de titel", "Mandaat voor de beslissing op aanvragen", "Zoekgebied in een gemeente met meer kernen", "Datum van inwerkingtreding"].map((label) =>
      text.indexOf(label),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain("Artikel 17. Zoekprofiel");
    expect(text).toContain("Regionale standaard 2026");
    expect(text).toContain("Voorbeeld van de verordening van Almelo");
    expect(text).toContain("Controle: geen fouten gevonden");
  });

  it("anonymous visitors are sent to the login page", async () => {
    const res = await new Client(server.url).post(page("almelo"), {
      intent: "save",
      slot: "ordinanceYear",
      version: 0,
      value: "2027",
    });
    expect(res.status).toBe(302);
    expect(stored("almelo", "ordinanceYear")).toBeUndefined();
  });
});

describe("saving a choice", () => {
  it("Almelo staff save a choice: stored with version 1, recorded in the audit trail, shown as deviating", async () => {
    const before = changeCount();
    const res = await save("gemeente", "almelo", "ordinanceYear", 0, { value: "2027" });
    expect(res.status).toBe(200);
    expect(stored("almelo", "ordinanceYear")).toEqual({
      value: "2027",
      version: 1,
    });
    expect(changeCount()).toBe(before + 1);
    const text = mainText((await client("raad").get(page("almelo"))).body);
    expect(text).toContain("Geldt nu 2027 ≠ wijkt af van de regionale standaard");
    expect(text).toMatch(/Geschiedenis \(1\).*Anouk Almelo: regionale standaard → 2027/);
    expect(text).toContain("1 van 15 keuzes gemaakt");
  });

  it.each([
    ["Enschede staff", "gemeenteEnschede"],
    ["a council member of Almelo", "raad"],
    ["the working group", "werkgroep"],
    ["the province", "provincie"],
  ] as const)("%s posting a crafted save to Almelo get 403 and nothing changes", async (_, who) => {
    const before = changeCount();
    const res = await save(who, "almelo", "ordinanceYear", 1, { value: "2028" });
    expect(res.status).toBe(403);
    expectUnchanged("almelo", "ordinanceYear", { value: "2027", version: 1 }, before);
  });

  it("Enschede staff may change Enschede's own choices, and redactie any municipality's", async () => {
    expect((await save("gemeenteEnschede", "enschede", "searchArea", 0, { value: "kern" })).status).toBe(200);
    // Oldenzaal: not gereed in the demo (Borne, which this used, has adopted since issue 15 and is locked).
    expect((await save("redactie", "oldenzaal", "mandateHolder", 0, { value: "loket" })).status).toBe(200);
    expect(stored("enschede", "searchArea")?.value).toBe('"kern"');
    expect(stored("oldenzaal", "mandateHolder")?.value).toBe('"loket"');
  });

  it("a wrong value gets the Dutch message beside the field, keeps what was typed, and stores nothing", async () => {
    const res = await save("gemeente", "almelo", "ordinanceYear", 1, { value: "2060" });
    expect(res.status).toBe(400);
    const input = field(slotSection(res.body, "ordinanceYear"), "value");
    expect(input.error).toBe("Jaartal in de titel en citeertitel: de waarde moet tussen 2025 en 2030 liggen.");
    expect(input.invalid).toBe(true);
    expect(stored("almelo", "ordinanceYear")).toEqual({
      value: "2027",
      version: 1,
    });
  });

  it("a save based on an older version is refused with the other person's value, and nothing is overwritten", async () => {
    expect((await save("redactie", "almelo", "ordinanceYear", 1, { value: "2029" })).status).toBe(200);
    const before = changeCount();
    const res = await save("gemeente", "almelo", "ordinanceYear", 1, { value: "2030" });
    expect(res.status).toBe(409);
    expect(mainText(res.body)).toContain("Rianne de Redacteur heeft deze keuze intussen gewijzigd in: 2029. Uw waarde is niet opgeslagen");
    expect(field(slotSection(res.body, "ordinanceYear"), "value").value).toBe("2030");
    expectUnchanged("almelo", "ordinanceYear", { value: "2029", version: 2 }, before);
  });

  it("unknown slots, regionally fixed slots and garbage versions are refused", async () => {
    expect((await save("gemeente", "almelo", "bestaatNiet", 0, { value: "1" })).status).toBe(400);
    expect((await save("gemeente", "almelo", "ordinanceYear", Number.NaN, { value: "2028" })).status).toBe(400);
    const fixed = await save("gemeente", "almelo", "minimumAge", 0, { value: "21" });
    expect(fixed.status).toBe(400);
    expect(stored("almelo", "minimumAge")).toBeUndefined();
  });

  it("every kind of control is read as its value: amount in euros, duration, list, text, date, include/leave out", async () => {
    const posts: [string, Record<string, string>, string][] = [
      ["applicationFee", { value: "€ 75,50" }, "75.5"],
      ["validityExtension", { amount: "2", unit: "months" }, '{"amount":2,"unit":"months"}'],
      ["previousRegulationTitle", { value: "Huisvestingsverordening Almelo 2015" }, '"Huisvestingsverordening Almelo 2015"'],
      ["repealPrevious", { value: "ja" }, "true"],
    ];
    for (const [slot, fields, value] of posts) {
      const res = await save("gemeente", "almelo", slot, 0, fields);
      expect(res.status, `${slot}: ${mainText(res.body).slice(0, 200)}`).toBe(200);
      expect(stored("almelo", slot)?.value).toBe(value);
    }
    const list = await client("gemeente").request("POST", page("almelo"), {
      body: "intent=save&slot=localCategories&version=0&value=scheiding&value=huiselijkGeweld",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(list.status).toBe(200);
    expect(stored("almelo", "localCategories")?.value).toBe('["scheiding","huiselijkGeweld"]');
    const date = await save("gemeente", "almelo", "effectiveDate", 0, { value: "2030-01-01" });
    expect(date.status).toBe(400);
    expect(field(slotSection(date.body, "effectiveDate"), "value").error).toBe(
      "Datum van inwerkingtreding: de waarde moet tussen 1 januari 2026 en 31 december 2027 liggen.",
    );
  });

  it("taking over the regional default stores it as an explicit choice that does not deviate", async () => {
    expect(
      (
        await client("gemeente").post(page("almelo"), {
          intent: "default",
          slot: "effectiveDate",
          version: 0,
        })
      ).status,
    ).toBe(200);
    expect(stored("almelo", "effectiveDate")).toEqual({
      value: '"2026-07-01"',
      version: 1,
    });
  });
});

describe("status: gereed voor besluitvorming", () => {
  it("needs a motivation for every deviation, pins the definitive version, and locks saving until staff reopen with a reason", async () => {
    const refused = await client("gemeente").post(page("almelo"), { intent: "ready" });
    expect(refused.status).toBe(409);
    expect(mainText(refused.body)).toContain("Motiveer waarom de keuze “Jaartal in de titel en citeertitel” afwijkt van de regionale standaard.");
    // The motivation is entered with the choice; the other deviations get theirs straight in the database.
    const withMotivation = await save("gemeente", "almelo", "ordinanceYear", 2, { value: "2029", motivation: "De raad stelt de verordening pas in 2029 vast." });
    expect(withMotivation.status).toBe(200);
    expect(mainText((await client("raad").get(page("almelo"))).body)).toContain("De raad stelt de verordening pas in 2029 vast.");
    writeDb(server.databasePath, (db) =>
      db
        .prepare("INSERT OR IGNORE INTO choice_motivations (model_id, municipality_id, slot_key, motivation) SELECT c.model_id, c.municipality_id, c.slot_key, 'Lokale reden.' FROM choices c JOIN municipalities m ON m.id = c.municipality_id WHERE m.slug = 'almelo'")
        .run(),
    );
    expect((await client("gemeente").post(page("almelo"), { intent: "ready" })).status).toBe(200);
    // The demo's latest definitive version is its second (marked after Borne's adoption, issue 15): gereed pins that one.
    expect(mainText((await client("raad").get(page("almelo"))).body)).toContain("De documenten komen uit Modelversie 2");
    expect(mainText((await client("raad").get(page("almelo"))).body)).toContain("Status: gereed voor besluitvorming");
    const locked = await save("gemeente", "almelo", "ordinanceYear", 3, { value: "2028" });
    expect(locked.status).toBe(409);
    expect(mainText(locked.body)).toContain("keuzes zijn vergrendeld");
    expect(stored("almelo", "ordinanceYear")).toEqual({
      value: "2029",
      version: 3,
    });

    expect(
      (
        await client("raad").post(page("almelo"), {
          intent: "reopen",
          reason: "Raad wil anders",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await client("gemeente").post(page("almelo"), {
          intent: "reopen",
          reason: " ",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await client("gemeente").post(page("almelo"), {
          intent: "reopen",
          reason: "Wens van de raad verwerken",
        })
      ).status,
    ).toBe(200);
    const status = readDb(server.databasePath, (db) =>
      db.prepare("SELECT s.status, s.reason FROM municipality_statuses s JOIN municipalities m ON m.id = s.municipality_id WHERE m.slug = 'almelo'").get(),
    );
    expect(status).toEqual({
      status: "concept",
      reason: "Wens van de raad verwerken",
    });
    expect((await save("gemeente", "almelo", "ordinanceYear", 3, { value: "2028" })).status).toBe(200);
    // Reopening released the pin: the documents are concepts again.
    expect(mainText((await client("raad").get(page("almelo"))).body)).toContain("Nog niet gereed: de documenten zijn concepten");
  });
});

describe("modelwerk lint --all after choices were made through the pages", () => {
  it("still passes for all 14 municipalities", async () => {
    const out: string[] = [];
    const code = await runCli(
      ["lint", "--all"],
      { out: (l) => out.push(l), err: (l) => out.push(l) },
      { NODE_ENV: "test", DATABASE_PATH: server.databasePath },
    );
    expect(out.join("\n")).toContain("Almelo: geen fouten");
    expect(code, out.join("\n")).toBe(0);
  });
});

describe("when the model changed since the choice", () => {
  it("shows new, no longer fitting and gone slots at the top, keeping the gone choice as archive", async () => {
    writeDb(server.databasePath, (db) => {
      const municipality = (db.prepare("SELECT id FROM municipalities WHERE slug = 'hengelo'").get() as { id: number }).id;
      const insert = db.prepare("INSERT INTO choices (model_id, municipality_id, slot_key, value, slot_definition) VALUES (?, ?, ?, ?, ?)");
      const definition = (key: string, extra: object) =>
        JSON.stringify({
          key,
          kind: "alternatives",
          label: key,
          guidance: "",
          fixed: false,
          default: null,
          constraints: {},
          options: [],
          source: null,
          ...extra,
        });
      // A choice of an option the model has since dropped, and one for a slot that has gone altogether.
      insert.run(modelId, municipality, "searchArea", JSON.stringify("buurgemeenten"), definition("searchArea", { label: "Zoekgebied" }));
      insert.run(modelId, municipality, "oudeKeuze", JSON.stringify("ja"), definition("oudeKeuze", { label: "Een vervallen keuze" }));
    });
    const text = mainText((await client("raad").get(page("hengelo"))).body);
    expect(text).toContain("Gewijzigd sinds uw laatste keuze");
    expect(text).toContain('"buurgemeenten" is geen van de opties');
    expect(text).toContain("Een vervallen keuze: Deze keuzemogelijkheid staat niet meer in het model.");
    expect(text).toContain("Archief: keuzes voor vervallen keuzemogelijkheden");
    expect(text).toMatch(/Een vervallen keuze: "ja" \(gekozen/);
    const matrix = await client("redactie").get(`/modellen/${modelId}/overzicht`);
    expect(matrix.body).toMatch(/data-testid="geraakt-hengelo"[^>]*>ja, 2</);
    expect(matrix.body).toMatch(/data-testid="geraakt-almelo"[^>]*>nee</);
  });
});

describe("the matrix", () => {
  it.each(["redactie", "werkgroep", "provincie"] as const)("%s may view it", async (who) => {
    const res = await client(who).get(`/modellen/${modelId}/overzicht`);
    expect(res.status).toBe(200);
    expect(mainText(res.body)).toContain("Overzicht lokale keuzes");
  });

  it.each(["gemeente", "gemeenteEnschede", "raad", "huurders", "corporatie"] as const)("%s gets 403 on the page and both exports", async (who) => {
    for (const path of ["overzicht", "overzicht.csv", "overzicht.xlsx"]) expect((await client(who).get(`/modellen/${modelId}/${path}`)).status).toBe(403);
  });

  it("marks deviations by more than colour, counts them per slot, and shows completeness and status", async () => {
    const body = (await client("werkgroep").get(`/modellen/${modelId}/overzicht`)).body;
    expect(body).toMatch(
      /data-gemeente="almelo" data-slot="ordinanceYear"[^>]*><span aria-hidden="true">≠ <\/span><span class="mw-visually-hidden">wijkt af: <\/span>2028</,
    );
    const text = mainText(body);
    expect(text).toMatch(/Keuzes gemaakt \d+ van 15/);
    expect(text).toContain("Status concept");
  });

  it("filters on deviations and chapter through GET parameters", async () => {
    const only = mainText((await client("werkgroep").get(`/modellen/${modelId}/overzicht?afwijkingen=1`)).body);
    expect(only).toContain("Jaartal in de titel");
    expect(only).not.toContain("Afwijken van de inkomensgrens bij medische urgentie");
    const page = (await client("werkgroep").get(`/modellen/${modelId}/overzicht`)).body;
    const chapter = /<option[^>]*value="([^"]+)"[^>]*>Hoofdstuk 5\. Slotbepalingen/.exec(page)![1];
    const slotChapter = mainText((await client("werkgroep").get(`/modellen/${modelId}/overzicht?hoofdstuk=${chapter}`)).body);
    expect(slotChapter).toContain("Datum van inwerkingtreding");
    expect(slotChapter).not.toContain("Zoekgebied in een gemeente met meer kernen");
  });

  it("exports CSV and a real .xlsx", async () => {
    const csv = await client("redactie").get(`/modellen/${modelId}/overzicht.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.body).toContain("Keuze;Plaats;Regionale standaard;Almelo;Borne");
    const xlsx = await fetch(`${server.url}/modellen/${modelId}/overzicht.xlsx`, { headers: { cookie: client("redactie").cookieHeader() } });
    expect(xlsx.status).toBe(200);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  });
});
