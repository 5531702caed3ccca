import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { Client, DEMO_ACCOUNTS, loggedIn, mainText } from "../support/http";
import { firstModelId } from "../support/db";

/**
 * A page with the ordinance carries its text once (app/markup-only.server.ts): the first load has it in the markup and
 * only a reference in the hydration data; a data request of the same page (a navigation in the browser) has the text
 * itself, since it has no markup.
 */
let server: TestServer;
let modelId: number;
let almelo: Client;

beforeAll(async () => {
  server = await startServer();
  modelId = firstModelId(server.databasePath);
  almelo = await loggedIn(server.url, DEMO_ACCOUNTS.gemeente);
});

afterAll(async () => {
  await server?.close();
});

const occurrences = (text: string, part: string) => text.split(part).length - 1;

// A sentence of the ordinance's last article that occurs once in the text. On the municipality's pages its name is
// filled in, so the sentence comes from the resolved text of that municipality.
const citation = "Deze verordening wordt aangehaald als: Urgentieverordening";
const PAGES = [
  { name: "choices page", path: (id: number) => `/modellen/${id}/gemeenten/oldenzaal`, sentence: `${citation} Oldenzaal` },
  { name: "preview", path: (id: number) => `/modellen/${id}/gemeenten/oldenzaal/voorbeeld`, sentence: `${citation} Oldenzaal` },
  { name: "model page", path: (id: number) => `/modellen/${id}`, sentence: citation },
];

describe.each(PAGES)("$name: the ordinance text is sent once", ({ path, sentence }) => {
  it("on the first load, in the markup and not again in the hydration data", async () => {
    const res = await almelo.get(path(modelId), { "accept-encoding": "identity" });
    expect(res.status).toBe(200);
    expect(occurrences(res.body, sentence)).toBe(1);
    // The one occurrence is the readable text of the page, not a script.
    expect(mainText(res.body)).toContain(sentence);
    expect(res.body).toMatch(/<article class="mw-ordinance-view" aria-label="[^"]+" data-markup-only="html-1">/);
  });

  it("in the data of a navigation in the browser, which has no markup", async () => {
    const res = await almelo.get(`${path(modelId)}.data`, { "accept-encoding": "identity" });
    expect(res.status).toBe(200);
    expect(occurrences(res.body, sentence)).toBe(1);
    expect(res.body).not.toContain("inMarkup");
  });
});
