import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { COLLAB_MAX_PAYLOAD_BYTES } from "../../app/collab/sync-server.server";
import { articleText, collabClient, storedDoc, until, webSocketWithHeaders, type CollabClient } from "./support";

const ARTICLE = "art-begrippen";
const DOCUMENT = "model:1";
let server: TestServer;
let cookie: string;
let writer: CollabClient;
let observer: CollabClient;

beforeAll(async () => {
  server = await startServer();
  cookie = (await loggedIn(server.url, DEMO_ACCOUNTS.redactie)).cookieHeader();
  writer = collabClient(server.url, cookie);
  observer = collabClient(server.url, (await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader());
  await Promise.all([writer.synced, observer.synced]);
});

afterAll(async () => {
  writer?.destroy();
  observer?.destroy();
  await server?.close();
});

// Hocuspocus frames are lib0 encoded: a varString address, a varUint type, then the payload. Values below 128 are one byte.
const varString = (s: string) => [s.length, ...Buffer.from(s)];
const AUTH = [...varString(DOCUMENT), 2, 0, ...varString("")];
const SYNC_UPDATE = (payload: number[]) => [...varString(DOCUMENT), 0, 2, payload.length, ...payload];

/** A raw socket with a valid session that sends the given frames (optionally after authenticating) and reports how it was closed. */
async function closeCodeAfter(frames: (number[] | Buffer | string)[], authenticate = false): Promise<number> {
  const Socket = webSocketWithHeaders({ cookie, origin: server.url });
  const socket = new Socket(`${server.url.replace("http", "ws")}/collab`);
  socket.binaryType = "arraybuffer";
  const closed = new Promise<number>((resolve) => socket.addEventListener("close", (event) => resolve(event.code)));
  await new Promise((resolve, reject) => {
    socket.addEventListener("open", resolve);
    socket.addEventListener("error", reject);
  });
  if (authenticate) {
    const authenticated = new Promise((resolve) => socket.addEventListener("message", resolve, { once: true }));
    socket.send(new Uint8Array(AUTH));
    await authenticated;
  }
  for (const frame of frames) socket.send(typeof frame === "string" ? frame : new Uint8Array(frame));
  const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), 5_000));
  const code = await Promise.race([closed, timeout]);
  socket.close();
  return code;
}

async function honestClientsStillSync(marker: string) {
  articleText(writer.doc, ARTICLE).insert(0, marker);
  await until(() => articleText(observer.doc, ARTICLE).toString().startsWith(marker), `de waarnemer ziet ${marker}`);
}

it("garbage bytes close the connection with 1007", async () => {
  expect(await closeCodeAfter([[0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]])).toBe(1007);
  expect(await closeCodeAfter([[...varString("geen-model"), 0]])).toBe(1007);
  expect(await closeCodeAfter(["tekst in plaats van binair"])).toBe(1007);
  await honestClientsStillSync("na rommel ");
});

it("truncated and crafted frames after authentication close the connection without touching the document", async () => {
  const before = articleText(storedDoc(server.databasePath), ARTICLE).toString();
  // A frame that ends right after its header.
  expect(await closeCodeAfter([[...varString(DOCUMENT), 0]], true)).toBe(1007);
  // A sync update whose length says 40 bytes but carries 3.
  expect(await closeCodeAfter([[...varString(DOCUMENT), 0, 2, 40, 1, 2, 3]], true)).toBe(1007);
  // A well-framed update whose Yjs content ends in the middle of a struct.
  expect(await closeCodeAfter([SYNC_UPDATE([1, 2, 5, 0])], true)).toBe(1007);
  // A server-internal message type.
  expect(await closeCodeAfter([[...varString(DOCUMENT), 6, ...varString("x")]], true)).toBe(1007);
  expect(articleText(storedDoc(server.databasePath), ARTICLE).toString()).toBe(before);
  await honestClientsStillSync("na afgekapt ");
});

it("an oversized frame closes the connection with 1009", async () => {
  expect(await closeCodeAfter([Buffer.alloc(COLLAB_MAX_PAYLOAD_BYTES + 1, 7)], true)).toBe(1009);
  await honestClientsStillSync("na te groot ");
});

it("bytes that are not valid WebSocket frames get a close frame with 1002", async () => {
  const url = new URL(server.url);
  const closeCode = await new Promise<number>((resolve, reject) => {
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      path: "/collab",
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", Origin: server.url, Cookie: cookie },
    });
    req.on("upgrade", (_res, socket) => {
      let received = Buffer.alloc(0);
      socket.on("data", (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        // A close frame from the server: opcode 8, unmasked, the code in the first two payload bytes.
        const at = received.indexOf(0x88);
        if (at >= 0 && received.length >= at + 4) {
          resolve(received.readUInt16BE(at + 2));
          socket.destroy();
        }
      });
      socket.on("error", () => {});
      // An unmasked frame with a reserved opcode, then noise.
      socket.write(Buffer.from([0x83, 0x05, 1, 2, 3, 4, 5, 0xde, 0xad, 0xbe, 0xef]));
      setTimeout(() => resolve(-1), 5_000);
    });
    req.on("error", reject);
    req.end();
  });
  expect(closeCode).toBe(1002);
  await honestClientsStillSync("na ruis ");
});
