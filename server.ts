import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { closeDatabase, openDatabase } from "./db/client";
import { seedDatabase } from "./db/seed/index";
import { sessionSecret as sessionSecretOf } from "./db/queries/settings";
import { readConfig } from "./app/config.server";
import { collabUpgrade, originAllowed } from "./app/upgrade.server";
import { startSyncProcess } from "./app/collab/sync-process.server";
import { listenAddress } from "./app/listen-address.server";
import { cspNonceOf, formBodiesOnly, securityHeaders } from "./app/http-hardening.server";
import { ownBodyLimit } from "./app/uploads.server";
import { compressResponses } from "./app/compression.server";
import { queuePageReads } from "./app/page-queue.server";
import { startBackground } from "./app/notifications/background.server";

const config = readConfig(process.env);
const db = openDatabase(config.databasePath);
await seedDatabase(db, { demo: config.demo });
const sessionSecret = sessionSecretOf(db, config.sessionSecret);
const shared = { db, config, sessionSecret };
// The sync server runs in a process of its own (collab-process.ts, decision 074), in development as well.
const collab = startSyncProcess(fileURLToPath(new URL("./collab-process.ts", import.meta.url)));

const app = express();
const server = createServer(app);
app.disable("x-powered-by");
app.set("trust proxy", config.trustProxy);

app.use(securityHeaders({ csp: config.production }));
app.use((req: Request, res: Response, next: NextFunction) => {
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > (ownBodyLimit(req.path) ?? config.maxBodyBytes)) return void res.status(413).type("text/plain").send("Het verzoek is te groot.");
  // Without a declared length the body could be endless; every browser form sends one.
  if (req.headers["transfer-encoding"] && req.method !== "GET") return void res.status(411).type("text/plain").send("Lengte ontbreekt.");
  // SameSite=Lax stops cross-site posts; this also stops other origins on the same site. Tools without Origin pass.
  const unsafe = !["GET", "HEAD", "OPTIONS"].includes(req.method);
  if (unsafe && req.headers.origin && !originAllowed(req, config.allowedOrigins))
    return void res.status(403).type("text/plain").send("Verzoek van een andere website geweigerd.");
  next();
});
app.use(formBodiesOnly);

app.use(compressResponses());

let build: () => Promise<ServerBuild>;
if (config.production) {
  const serverBuildPath = "./build/server/index.js";
  const serverBuild = (await import(/* @vite-ignore */ serverBuildPath)) as ServerBuild;
  build = async () => serverBuild;
  app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
  app.use(express.static("build/client", { maxAge: "1h" }));
} else {
  const vite = await import("vite").then((v) => v.createServer({ server: { middlewareMode: true, hmr: { server } } }));
  app.use(vite.middlewares);
  build = () => vite.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
}

// A few page reads at a time keep the one event loop busy while one of them waits on I/O (app/page-queue.server.ts).
app.use(queuePageReads(4));
app.all(
  "*",
  createRequestHandler({
    build,
    mode: config.production ? "production" : "development",
    getLoadContext: (req, res) => ({
      ...shared,
      liveDocuments: collab.documents,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "",
      cspNonce: cspNonceOf(res),
      // A data request (single fetch: a path ending in .data) renders no markup, so its loaders send the HTML itself.
      markupOnlyHtml: req.path.endsWith(".data") ? undefined : new Map(),
    }),
  }),
);

// Express's own last resort (e.g. a URL that cannot be decoded) would answer in English with details.
app.use((error: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  res.status(status).type("text/plain").send(status === 500 ? "Er ging iets mis." : "Dit verzoek kan niet worden verwerkt.");
});

const onCollab = collabUpgrade(shared, collab.upgrade);
server.on("upgrade", (request, socket, head) => {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  if (path === "/collab") return void onCollab(request, socket, head);
  // In development Vite's HMR socket shares the port and answers its own upgrades.
  if (config.production) socket.destroy();
});

// Notifications of phases about to close, the daily digest and the mail queue (app/notifications/).
const stopBackground = startBackground(db, config);

const address = await listenAddress(db, config.host);
if ("refusal" in address) {
  console.error(address.refusal);
  closeDatabase(db);
  process.exit(1);
}
await collab.ready;
server.listen(config.port, address.host, () =>
  console.log(`Modelwerk luistert op http://${address.host ?? "localhost"}:${config.port}${address.demoOnly ? " (alleen deze machine: er zijn demo-accounts)" : ""}`),
);

async function shutdown(signal: string) {
  console.log(`${signal}: Modelwerk stopt`);
  stopBackground();
  server.close();
  server.closeAllConnections();
  await collab.stop();
  closeDatabase(db);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
