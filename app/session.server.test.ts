import type { AppLoadContext } from "@remix-run/node";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "../db/client";
import { seedDatabase } from "../db/seed/index";
import { deleteSession } from "../db/queries/sessions";
import { findCredentials } from "../db/queries/users";
import { getUser, readSessionId, startSession } from "./session.server";

// A page's loaders share one read of who is signed in; a write (whose action may sign out) always reads afresh.

let db: Db;
let cookie: string;
const context = () => ({ db, sessionSecret: "test-secret" }) as unknown as AppLoadContext;
const request = (method: string) => new Request("http://localhost/", { method, headers: { cookie } });

beforeAll(async () => {
  db = openDatabase(":memory:");
  await seedDatabase(db, { demo: true });
  const userId = findCredentials(db, "redactie@modelwerk.test")!.account.id;
  cookie = (await startSession(request("GET"), context(), userId, "/")).headers.get("set-cookie")!.split(";")[0]!;
});
afterAll(() => closeDatabase(db));

it("the loaders of one page read the session once; the next request reads it again", async () => {
  const page = context();
  const first = getUser(request("GET"), page);
  expect(getUser(request("GET"), page)).toBe(first);
  expect((await first)?.email).toBe("redactie@modelwerk.test");
  const id = (await readSessionId(cookie, page))!;
  deleteSession(db, id);
  expect(await getUser(request("GET"), context())).toBeNull();
});

it("within a write, a sign-out by the action is seen by what runs after it", async () => {
  const userId = findCredentials(db, "redactie@modelwerk.test")!.account.id;
  cookie = (await startSession(request("GET"), context(), userId, "/")).headers.get("set-cookie")!.split(";")[0]!;
  const write = context();
  expect((await getUser(request("POST"), write))?.email).toBe("redactie@modelwerk.test");
  deleteSession(db, (await readSessionId(cookie, write))!);
  expect(await getUser(request("POST"), write)).toBeNull();
});
