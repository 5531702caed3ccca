import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { MessageType } from "@hocuspocus/server";
import { messageYjsSyncStep1 } from "y-protocols/sync";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { readDb } from "../support/db";
import { modelDocumentName } from "../../app/collab/document-name";
import { colourFor } from "../../app/editor/presence-colours";
import { TOO_MANY_MESSAGES } from "../../app/collab/frame-budget.server";
import { articleText, collabClient, until, type CollabClient } from "./support";

// What a client with an ordinary account can send on the sync socket that no editor sends: presence (awareness) that
// poses as someone else or carries what an editor cannot render, and a flood of requests for the whole state.

let server: TestServer;
const clients: CollabClient[] = [];

async function connect(email: string): Promise<CollabClient> {
  const client = collabClient(server.url, (await loggedIn(server.url, email)).cookieHeader());
  clients.push(client);
  await client.synced;
  return client;
}

/** A Hocuspocus frame to model 1 as a crafted client writes it: the address, the message type, then the body. */
function frame(type: MessageType, body: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, modelDocumentName(1));
  encoding.writeVarUint(encoder, type);
  body(encoder);
  return encoding.toUint8Array(encoder);
}

/** An awareness frame: one client id, a clock and whatever JSON it likes. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  return frame(MessageType.Awareness, (e) => encoding.writeVarUint8Array(e, encoding.toUint8Array(update)));
}

/** A 12-byte sync step 1 with an empty state vector: "send me the whole document". */
const stepOneFrame = () =>
  frame(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, messageYjsSyncStep1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  });

const sendRaw = (client: CollabClient, data: Uint8Array) => client.provider.configuration.websocketProvider.webSocket!.send(data);

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

describe("a flood of sync step 1 from a reader", () => {
  it("is closed with a reason code after a few answers, and honest editors go on", async () => {
    const [redactie, werkgroep, raad] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep), await connect(DEMO_ACCOUNTS.raad)];
    const socket = raad.provider.configuration.websocketProvider.webSocket!;
    let received = 0;
    socket.addEventListener("message", (event: MessageEvent) => (received += (event.data as ArrayBuffer).byteLength ?? 0));
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.addEventListener("close", (e: CloseEvent) => resolve({ code: e.code, reason: e.reason })));
    const wholeDocument = Y.encodeStateAsUpdate(redactie.doc).byteLength;

    const stepOne = stepOneFrame();
    for (let i = 0; i < 2000; i++) sendRaw(raad, stepOne);
    expect(await closed).toEqual(TOO_MANY_MESSAGES);
    // Without a bound the server answered every frame with the whole document (2,000 × ~110 kB).
    expect(received).toBeLessThan(12 * wholeDocument);

    articleText(redactie.doc, "art-begrippen").insert(0, "Na de vloed ");
    await until(() => articleText(werkgroep.doc, "art-begrippen").toString().startsWith("Na de vloed "), "werkgroep ziet de wijziging");
  });

  it("an honest client that comes back with a backlog of offline edits is not refused", async () => {
    const observer = await connect(DEMO_ACCOUNTS.werkgroep);
    const offline = await connect(DEMO_ACCOUNTS.redactie);
    offline.provider.disconnect();
    const text = articleText(offline.doc, "art-begrippen");
    // Offline edits are separate transactions; they come back as one sync step 2 (and the provider's own step 1).
    for (let i = 0; i < 500; i++) text.insert(0, "x");
    const closeCodes = offline.closeCodes.length;
    await offline.provider.connect();
    await until(() => articleText(observer.doc, "art-begrippen").toString().startsWith("x".repeat(500)), "de offline wijzigingen komen aan");
    expect(offline.closeCodes.slice(closeCodes)).not.toContain(TOO_MANY_MESSAGES.code);
  });
});
