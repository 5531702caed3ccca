// The sync server's own process, forked by server.ts (decision 074): Hocuspocus with its guards and its own database
// connection, so that no page render delays a sync message. server.ts checks the origin and the session of an upgrade
// of /collab and hands the socket over; this process completes the WebSocket handshake.
import { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { closeDatabase, openDatabase } from "./db/client";
import { sessionSecret } from "./db/queries/settings";
import { readConfig } from "./app/config.server";
import { createCollabServer } from "./app/collab/sync-server.server";
import type { FromSyncProcess, ToSyncProcess } from "./app/collab/sync-process.server";

const config = readConfig(process.env);
const db = openDatabase(config.databasePath);
const collab = createCollabServer({ db, config, sessionSecret: sessionSecret(db, config.sessionSecret) });
const answer = (message: FromSyncProcess) => process.send!(message);

process.on("message", (message: ToSyncProcess, socket?: Socket) => {
  if (message?.type === "upgrade" && socket) {
    // ws needs the request's method and headers (and crossws its url); the socket is the client's own TCP connection.
    const request = Object.assign(new IncomingMessage(socket), { method: message.method, url: message.url, headers: message.headers });
    collab.upgrade(request, socket, Buffer.from(message.head, "base64"));
  } else if (message?.type === "replaceText") {
    collab.documents.replaceText(message.modelId, message.json).then(
      () => answer({ type: "replaced", id: message.id }),
      (error: unknown) => answer({ type: "replaced", id: message.id, error: error instanceof Error ? error.message : String(error) }),
    );
  } else if (message?.type === "stop") stop();
});

// Every update is stored before it is acknowledged, so stopping loses nothing a client was told is saved.
function stop() {
  closeDatabase(db);
  process.exit(0);
}
// The parent is gone (also after kill -9): an orphan must not keep serving edits or hold the database.
process.on("disconnect", () => process.exit(0));
// Ctrl-C in a terminal reaches the whole process group; server.ts stops this process itself.
process.on("SIGINT", () => {});
process.on("SIGTERM", stop);
answer({ type: "ready" });
