import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { MessageType } from "@hocuspocus/server";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb } from "../support/db";
import { modelDocumentName } from "../../app/collab/document-name";
import { colourFor } from "../../app/editor/presence-colours";
import { collabClient, until, type CollabClient } from "./support";

let server: TestServer;
const clients: CollabClient[] = [];

async function connect(email: string): Promise<CollabClient> {
  const client = collabClient(server.url, (await loggedIn(server.url, email)).cookieHeader());
  clients.push(client);
  await client.synced;
  return client;
}

/** An awareness frame as a crafted client writes it: one client id, a clock and whatever JSON it likes. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarString(frame, modelDocumentName(1));
  encoding.writeVarUint(frame, MessageType.Awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

const sendRaw = (client: CollabClient, frame: Uint8Array) => client.provider.configuration.websocketProvider.webSocket!.send(frame);

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

describe("presence (awareness) from a reader", () => {
  it("is relayed with the session's name and colour, and a malformed cursor is dropped", async () => {
    const [redactie, raad] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.raad)];
    const raadId = readDb(server.databasePath, (db) => (db.prepare("SELECT id FROM users WHERE email = ?").get(DEMO_ACCOUNTS.raad) as { id: number }).id);
    const seen = () => redactie.provider.awareness!.getStates().get(raad.doc.clientID);
    const crafted = [
      { user: { name: "g", colour: "#000" }, cursor: { anchor: null, head: null } },
      { user: { name: "Rianne de Redacteur", colour: "red;background-image:url(http://evil.test/x)" }, cursor: { anchor: 1, head: 2 } },
      { user: { name: { toString: "x" } }, cursor: { anchor: { item: { client: "a", clock: 1 } }, head: {} } },
    ];
    for (const [i, state] of crafted.entries()) {
      sendRaw(raad, awarenessFrame(raad.doc.clientID, 100 + i, state));
      await until(() => redactie.provider.awareness!.meta.get(raad.doc.clientID)?.clock === 100 + i, `klok ${100 + i}`);
      expect(seen()).toEqual({ user: { name: "Robin Raadslid", colour: colourFor(raadId) }, cursor: null });
    }
  });

  it.each([
    // What y-prosemirror's cursor plugin stores (a Y.RelativePosition, absent parts null) and what Y.relativePositionToJSON writes.
    { type: null, tname: null, item: { client: 7, clock: 3 }, assoc: 0 },
    { type: { client: 5, clock: 0 }, item: { client: 7, clock: 3 }, assoc: -1 },
  ])("keeps a well-formed relative-position cursor: %j", async (position) => {
    const [redactie, huurders] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.huurders)];
    sendRaw(huurders, awarenessFrame(huurders.doc.clientID, 50, { user: { name: "x", colour: "#fff" }, cursor: { anchor: position, head: position } }));
    await until(() => redactie.provider.awareness!.meta.get(huurders.doc.clientID)?.clock === 50, "toestand aangekomen");
    expect(redactie.provider.awareness!.getStates().get(huurders.doc.clientID)).toEqual({
      user: { name: "Hanneke Huurders", colour: expect.stringMatching(/^#[0-9a-f]{6}$/) },
      cursor: { anchor: position, head: position },
    });
  });

  it("cannot overwrite the presence of another connection's client id", async () => {
    const [redactie, werkgroep, raad] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep), await connect(DEMO_ACCOUNTS.raad)];
    werkgroep.provider.setAwarenessField("user", { name: "Wim Werkgroep", colour: "#0b5394" });
    await until(() => redactie.provider.awareness!.getStates().get(werkgroep.doc.clientID)?.user?.name === "Wim Werkgroep", "werkgroep zichtbaar");
    const clock = redactie.provider.awareness!.meta.get(werkgroep.doc.clientID)!.clock;
    sendRaw(raad, awarenessFrame(werkgroep.doc.clientID, clock + 10, { user: { name: "x" } }));
    // A marker from raad's own id afterwards shows the server handled the forged frame before it.
    sendRaw(raad, awarenessFrame(raad.doc.clientID, 999, {}));
    await until(() => redactie.provider.awareness!.meta.get(raad.doc.clientID)?.clock === 999, "merkteken aangekomen");
    expect(redactie.provider.awareness!.getStates().get(werkgroep.doc.clientID)?.user?.name).toBe("Wim Werkgroep");
    expect(redactie.provider.awareness!.meta.get(werkgroep.doc.clientID)!.clock).toBe(clock);
  });
});
