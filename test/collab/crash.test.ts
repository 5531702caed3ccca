import { rmSync } from "node:fs";
import { afterAll, expect, it } from "vitest";
import * as Y from "yjs";
import { startServer, type TestServer } from "../support/server";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { articleText, collabClient, until, type CollabClient } from "./support";
import { startKillableServer } from "./killable-server";

const ARTICLE = "art-begrippen";
const clients: CollabClient[] = [];
let restarted: TestServer | undefined;
let directory: string | undefined;

afterAll(async () => {
  for (const client of clients) client.destroy();
  await restarted?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

it("kill -9 in the middle of a storm of updates loses nothing the server had broadcast", async () => {
  const first = await startKillableServer();
  directory = first.directory;
  const writerCookie = (await loggedIn(first.url, DEMO_ACCOUNTS.redactie)).cookieHeader();
  const observerCookie = (await loggedIn(first.url, DEMO_ACCOUNTS.werkgroep)).cookieHeader();
  const writer = collabClient(first.url, writerCookie);
  const observer = collabClient(first.url, observerCookie);
  clients.push(writer, observer);
  await Promise.all([writer.synced, observer.synced]);

  // The server stores an update before it broadcasts it, so whatever reached the observer was accepted and stored.
  const seenByObserver = () => articleText(observer.doc, ARTICLE).toString().match(/#\d+;/g) ?? [];
  let storming = true;
  let written = 0;
  const storm = (async () => {
    for (let i = 0; storming; i++, written++) {
      const text = articleText(writer.doc, ARTICLE);
      text.insert(text.length, `#${i};`);
      if (i % 5 === 0) await new Promise((r) => setImmediate(r));
    }
  })();
  await until(() => seenByObserver().length >= 300, "de waarnemer ziet 300 wijzigingen", 30_000);
  await first.kill9();
  storming = false;
  await storm;
  const accepted = seenByObserver();
  const acceptedState = Y.encodeStateVector(observer.doc);
  writer.destroy();
  observer.destroy();

  restarted = await startServer({ databasePath: first.databasePath });
  const reader = collabClient(restarted.url, (await loggedIn(restarted.url, DEMO_ACCOUNTS.raad)).cookieHeader());
  clients.push(reader);
  await reader.synced;
  const recovered = new Set(articleText(reader.doc, ARTICLE).toString().match(/#\d+;/g));
  expect(accepted.length).toBeGreaterThanOrEqual(300);
  // The kill came mid-storm: the writer had sent more than the server had confirmed.
  expect(written).toBeGreaterThan(accepted.length);
  expect(accepted.filter((token: string) => !recovered.has(token))).toEqual([]);
  // Same by Yjs' own bookkeeping: the restarted server has every client's clock at least where the observer saw it.
  const recoveredState = Y.decodeStateVector(Y.encodeStateVector(reader.doc));
  for (const [client, clock] of Y.decodeStateVector(acceptedState)) expect(recoveredState.get(client) ?? 0).toBeGreaterThanOrEqual(clock);
});
