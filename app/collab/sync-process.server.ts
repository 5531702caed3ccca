import { fork, type ChildProcess } from "node:child_process";
import type { IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { refuse, type UpgradeHandler } from "../upgrade.server";
import type { LiveDocuments } from "./sync-server.server";

/** What server.ts sends the sync server's process (`collab-process.ts`); an upgrade comes with its socket. */
export type ToSyncProcess =
  | { type: "upgrade"; method: string; url: string; headers: IncomingHttpHeaders; head: string }
  | { type: "replaceText"; id: number; modelId: number; json: unknown }
  | { type: "stop" };

/** What it answers. Messages of any other shape (a preloaded module's, tsx's) are not ours and are ignored. */
export type FromSyncProcess = { type: "ready" } | { type: "replaced"; id: number; error?: string };

export interface SyncProcess {
  /** Resolves when the first sync server is ready: server.ts listens only then, so no first editor meets a 503. */
  ready: Promise<void>;
  /** Hands an authenticated upgrade of /collab over to the sync server's process; 503 while it is not running. */
  upgrade: UpgradeHandler;
  /** The live documents, over IPC; an error in the sync server's process rejects with its message. */
  documents: LiveDocuments;
  /** Stops the sync server's process and resolves once it has exited; it is not restarted after this. */
  stop(): Promise<void>;
}

/** A crash loop must not spin the machine; a single crash is back within a second. */
const RESTART_DELAY_MS = 500;
/** How long a stopping sync server may take before it is killed; it stores every update before acknowledging it. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * Runs the sync server in a child process of its own, so that no page render delays a sync message (decision 074).
 * The child inherits the node options (tsx's loader, and in benches a preload) and the environment, so it opens the
 * same database. It is restarted when it dies; meanwhile upgrades get 503 and a replace of the text is refused.
 */
export function startSyncProcess(entry: string): SyncProcess {
  let child: ChildProcess | undefined;
  let ready = false;
  let stopping = false;
  let nextRequest = 1;
  const pending = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let firstReady: () => void;
  const readyOnce = new Promise<void>((resolve) => (firstReady = resolve));

  function launch() {
    const proc = fork(entry, [], { serialization: "json" });
    child = proc;
    ready = false;
    proc.on("message", (message: FromSyncProcess) => {
      if (message?.type === "ready") {
        ready = true;
        firstReady();
        console.log(`Samenwerkingsserver draait (proces ${proc.pid}).`);
      } else if (message?.type === "replaced") {
        const request = pending.get(message.id);
        pending.delete(message.id);
        if (message.error === undefined) request?.resolve();
        else request?.reject(new Error(message.error));
      }
    });
    proc.on("exit", (code, signal) => {
      ready = false;
      child = undefined;
      for (const request of pending.values()) request.reject(new Error("De samenwerkingsserver stopte voordat de tekst was vervangen."));
      pending.clear();
      if (stopping) return;
      console.error(`Samenwerkingsserver (proces ${proc.pid}) stopte onverwacht (code ${code}, signaal ${signal}); hij wordt opnieuw gestart.`);
      setTimeout(launch, RESTART_DELAY_MS).unref();
    });
  }

  const running = () => (ready && child?.connected ? child : undefined);
  launch();

  return {
    ready: readyOnce,
    upgrade(request, socket, head) {
      const target = running();
      if (!target) return refuse(socket, 503, "Service Unavailable");
      const message: ToSyncProcess = {
        type: "upgrade",
        method: request.method ?? "GET",
        url: request.url ?? "/collab",
        headers: request.headers,
        head: head.toString("base64"),
      };
      // The socket's handle moves to the child; this process closes its copy once the child has it. Until then Node
      // would go on reading the socket here and drop what it reads (the client's first frames, which it sends as soon
      // as the child's handshake reaches it), so stop reading first (docs/collab-caveats.md).
      (socket as Socket & { _handle?: { readStop(): number } })._handle?.readStop();
      target.send(message, socket as Socket, (error) => error && socket.destroy());
    },
    documents: {
      replaceText(modelId, json) {
        const target = running();
        if (!target) return Promise.reject(new Error("De samenwerkingsserver draait nu niet."));
        const id = nextRequest++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          const message: ToSyncProcess = { type: "replaceText", id, modelId, json };
          target.send(message, (error: Error | null) => {
            if (!error) return;
            pending.delete(id);
            reject(error);
          });
        });
      },
    },
    async stop() {
      stopping = true;
      const proc = child;
      if (!proc) return;
      const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      if (proc.connected) proc.send({ type: "stop" } satisfies ToSyncProcess);
      else proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
