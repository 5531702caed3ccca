import { rmSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startSyncProcess, type SyncProcess } from "../../app/collab/sync-process.server";
import { ROOT, tempDir } from "../support/server";

// server.ts's side of the sync server's process (app/collab/sync-process.server.ts), against a stand-in child that
// can be held before it is ready, answer with an error, or crash (fake-sync-process.mjs).

const directory = tempDir();
const readyFile = join(directory, "ready");
const http = createServer();
let sync: SyncProcess;

beforeAll(async () => {
  vi.stubEnv("FAKE_SYNC_READY_FILE", readyFile);
  sync = startSyncProcess(join(ROOT, "test/collab/fake-sync-process.mjs"));
  http.on("upgrade", (req, socket, head) => sync.upgrade(req, socket, head));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await sync.stop();
  http.close();
  vi.unstubAllEnvs();
  rmSync(directory, { recursive: true, force: true });
});

/** The status an upgrade request gets: the parent's refusal, or what the child answered on the handed-over socket. */
const upgradeStatus = () =>
  new Promise<number>((resolve, reject) => {
    const port = (http.address() as AddressInfo).port;
    const req = request({ host: "127.0.0.1", port, path: "/collab", headers: { connection: "Upgrade", upgrade: "websocket" } });
    req.on("response", (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    req.on("error", reject);
    req.end();
  });

it("refuses upgrades with 503 and a replace with a clear error until the sync process is ready, then hands them over", async () => {
  expect(await upgradeStatus()).toBe(503);
  await expect(sync.documents.replaceText(1, {})).rejects.toThrow("De samenwerkingsserver draait nu niet.");
  writeFileSync(readyFile, "");
  await sync.ready;
  expect(await upgradeStatus()).toBe(204);
});

it("carries a replace's outcome back over IPC: done, or the sync process's own error message", async () => {
  await expect(sync.documents.replaceText(1, { type: "doc" })).resolves.toBeUndefined();
  await expect(sync.documents.replaceText(2, { type: "doc" })).rejects.toThrow("Model 2 is kapot.");
});

it("restarts a sync process that crashed, logs it, and refuses upgrades until the new one is ready", async () => {
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  rmSync(readyFile);
  await expect(sync.documents.replaceText(3, { type: "doc" })).rejects.toThrow("De samenwerkingsserver stopte voordat de tekst was vervangen.");
  expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^Samenwerkingsserver \(proces \d+\) stopte onverwacht \(code 3, signaal null\); hij wordt opnieuw gestart\.$/));
  expect(await upgradeStatus()).toBe(503);
  writeFileSync(readyFile, "");
  const deadline = Date.now() + 10_000;
  while ((await upgradeStatus()) !== 204) {
    if (Date.now() > deadline) throw new Error("De nieuwe samenwerkingsserver neemt geen verbindingen over.");
    await new Promise((r) => setTimeout(r, 50));
  }
  await expect(sync.documents.replaceText(1, { type: "doc" })).resolves.toBeUndefined();
  errors.mockRestore();
});
