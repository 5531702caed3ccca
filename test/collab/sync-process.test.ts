import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startServer, tempDir, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { articleText, collabClient, storedDoc, until, updateCount, type CollabClient } from "./support";

// The sync server runs in a process of its own behind the server's port (decision 074, collab-process.ts).

const ARTICLE = "art-aanvraag";
const directory = tempDir();
const blockFile = join(directory, "loop");
let server: TestServer;
const clients: CollabClient[] = [];

beforeAll(async () => {
  server = await startServer({ preload: [join(ROOT, "test/support/block-loop.ts")], env: { MODELWERK_TEST_BLOCK_FILE: blockFile } });
});
afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

async function connect(email: string): Promise<CollabClient> {
  const client = collabClient(server.url, (await loggedIn(server.url, email)).cookieHeader());
  clients.push(client);
  await client.synced;
  return client;
}

/** The sync server's process id, from the server's own log line of its newest start. */
function syncPid(): number | undefined {
  const started = [...server.output().matchAll(/Samenwerkingsserver draait \(proces (\d+)\)/g)];
  return started.length ? Number(started.at(-1)![1]) : undefined;
}

/** Alive and not a zombie waiting to be reaped (a container's init may reap late). */
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

describe("the sync server in its own process", () => {
  it("takes over every upgrade with the client's first frames: 40 connections in a row all sync", async () => {
    const cookie = (await loggedIn(server.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader();
    for (let i = 0; i < 40; i++) {
      const client = collabClient(server.url, cookie);
      try {
        await client.synced;
      } finally {
        client.destroy();
      }
    }
  });

  it("keeps answering editors while the page server's event loop is blocked, and stores what it broadcasts", async () => {
    const [editor, observer] = [await connect(DEMO_ACCOUNTS.redactie), await connect(DEMO_ACCOUNTS.werkgroep)];
    const storedBefore = updateCount(server.databasePath);
    process.kill(server.pid()!, "SIGUSR2");
    await until(() => existsSync(`${blockFile}.blocked`), "de paginaserver staat stil");
    let pageAnswered = false;
    const page = fetch(`${server.url}/login`).then((response) => response.text()).then(() => (pageAnswered = true));

    articleText(editor.doc, ARTICLE).insert(0, "Tijdens de blokkade. ");
    await until(() => articleText(observer.doc, ARTICLE).toString().startsWith("Tijdens de blokkade. "), "de waarnemer heeft de wijziging");
    expect(updateCount(server.databasePath)).toBeGreaterThan(storedBefore);
    // The page server was blocked all along: it has not answered a request sent before the edit.
    expect(pageAnswered).toBe(false);

    writeFileSync(`${blockFile}.release`, "");
    await page;
    expect(pageAnswered).toBe(true);
  });

  it("is restarted when it crashes, says so in the log, loses nothing stored, and editors come back", async () => {
    const editor = await connect(DEMO_ACCOUNTS.redactie);
    articleText(editor.doc, ARTICLE).insert(0, "Voor de crash. ");
    await until(() => articleText(storedDoc(server.databasePath), ARTICLE).toString().startsWith("Voor de crash. "), "de wijziging is opgeslagen");
    const crashed = syncPid()!;
    process.kill(crashed, "SIGKILL");
    await until(() => editor.closeCodes.length > 0, "de editor merkt dat de verbinding weg is");
    await until(() => syncPid() !== crashed, "een nieuwe samenwerkingsserver draait", 30_000);
    expect(server.output()).toContain(`Samenwerkingsserver (proces ${crashed}) stopte onverwacht (code null, signaal SIGKILL); hij wordt opnieuw gestart.`);
    expect(alive(syncPid()!)).toBe(true);

    const reader = await connect(DEMO_ACCOUNTS.raad);
    expect(articleText(reader.doc, ARTICLE).toString()).toMatch(/^Voor de crash\. /);
  });

  it("SIGTERM to the server stops the sync process before the server exits, with exit code 0", async () => {
    const child = syncPid()!;
    expect(alive(child)).toBe(true);
    expect(await server.stop()).toBe(0);
    expect(alive(child)).toBe(false);
    expect(server.output()).not.toContain(`Samenwerkingsserver (proces ${child}) stopte onverwacht`);
  });

  it("exits when the server dies by kill -9, so that no orphan keeps the database or the sockets", async () => {
    await server.restart();
    await until(() => syncPid() !== undefined && alive(syncPid()!), "de samenwerkingsserver draait");
    const editor = await connect(DEMO_ACCOUNTS.werkgroep);
    const child = syncPid()!;
    process.kill(server.pid()!, "SIGKILL");
    await until(() => !alive(child), "de samenwerkingsserver is gestopt");
    await until(() => editor.closeCodes.length > 0, "de editor merkt dat de verbinding weg is");
  });
});
