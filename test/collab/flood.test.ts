import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { MessageType } from "@hocuspocus/server";
import { messageYjsSyncStep1 } from "y-protocols/sync";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { modelDocumentName } from "../../app/collab/document-name";
import { TOO_MANY_MESSAGES } from "../../app/collab/frame-budget.server";
import { articleText, collabClient, until, type CollabClient } from "./support";

let server: TestServer;
const clients: CollabClient[] = [];

async function connect(email: string): Promise<CollabClient> {
  const client = collabClient(server.url, (await loggedIn(server.url, email)).cookieHeader());
  clients.push(client);
  await client.synced;
  return client;
}

/** A 12-byte sync step 1 with an empty state vector: "send me the whole document". */
function stepOneFrame(): Uint8Array {
  const frame = encoding.createEncoder();
  encoding.writeVarString(frame, modelDocumentName(1));
  encoding.writeVarUint(frame, MessageType.Sync);
  encoding.writeVarUint(frame, messageYjsSyncStep1);
  encoding.writeVarUint8Array(frame, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(frame);
}

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
});

describe("a flood of sync step 1 from a reader", () => {
  it("is closed with a reason code after a few answers, and honest editors go on", async () => {
    const [redactie, werkgroep, raad] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep), await connect(DEMO_ACCOUNTS.raad)];
    const socket = raad.provider.configuration.websocketProvider.webSocket!;
    let received = 0;
    socket.addEventListener("message", (event: MessageEvent) => (received += (event.data as ArrayBuffer).byteLength ?? 0));
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.addEventListener("close", (e: CloseEvent) => resolve({ code: e.code, reason: e.reason })));
    const wholeDocument = Y.encodeStateAsUpdate(redactie.doc).byteLength;

    const frame = stepOneFrame();
    for (let i = 0; i < 2000; i++) socket.send(frame);
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
