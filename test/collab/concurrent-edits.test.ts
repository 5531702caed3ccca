import { afterAll, beforeAll, expect, it } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import { startServer, type TestServer } from "../support/server";
import { writeDb } from "../support/db";
import { fixtureModelJson } from "../../ordinance-model/testing/fixture-model";
import { DEMO_ACCOUNTS, loggedIn } from "../support/http";
import { lint, parseLiveModel, parseModel, resolve } from "../../ordinance-model/index";
import { idNodeNames } from "../../ordinance-model/schema";
import { yDocToOrdinanceJSON } from "../../app/collab/ordinance-ydoc.server";
import { collabClient, storedDoc, type CollabClient } from "./support";
import { edit, editorView, moveBy, repairLikeTheEditor, structuralEdits, textPositions, type EditName } from "./headless-editor";

// The concurrency fuzz test of issue 12: three writers, offline from each other, each make a random script of
// structural edits, then come back online one by one in a random order through the real sync server. After every
// merge all online writers and the server hold the same text, it converts to ProseMirror without dropping a node,
// its ids are unique, and reading, resolving and checking it report problems instead of crashing.
// By default 300 seeds, cut short after a minute once 100 have run (a loaded CI machine); MODELWERK_FUZZ_SEEDS=2000
// runs exactly that many. MODELWERK_FUZZ_SEED=n starts at seed n; the rounds edit one evolving text, so a failure at
// seed n is replayed by running seeds 1 to n again.

const SEEDS = Number(process.env.MODELWERK_FUZZ_SEEDS ?? 300);
const FIRST_SEED = Number(process.env.MODELWERK_FUZZ_SEED ?? 1);
const BUDGET = process.env.MODELWERK_FUZZ_SEEDS ? { seeds: SEEDS, ms: Infinity } : { seeds: 100, ms: 60_000 };

let server: TestServer;
let writers: CollabClient[] = [];
/** Always online and never writing: it holds what the server applied and broadcast, without reading the database. */
let observer: CollabClient;

/** A small model (the domain's test fixture: chapters, sections, lists, variants, references), so edits collide often. */
let modelId: number;

beforeAll(async () => {
  server = await startServer();
  cookies = await Promise.all([DEMO_ACCOUNTS.redactie, DEMO_ACCOUNTS.werkgroep, DEMO_ACCOUNTS.redactie, DEMO_ACCOUNTS.gemeente].map(async (email) => (await loggedIn(server.url, email)).cookieHeader()));
  await openFreshModel();
});

let cookies: string[] = [];

/** A new copy of the fixture model, with the three writers and the observer connected to it. */
async function openFreshModel() {
  for (const w of [...writers, observer]) w?.destroy();
  modelId = writeDb(server.databasePath, (db) => {
    const region = db.prepare("SELECT id FROM regions WHERE slug = 'twente'").get() as { id: number };
    return Number(db.prepare("INSERT INTO models (region_id, title, document) VALUES (?, ?, ?)").run(region.id, "Fuzzmodel", JSON.stringify(fixtureModelJson())).lastInsertRowid);
  });
  writers = cookies.slice(0, 3).map((cookie) => collabClient(server.url, cookie, modelId));
  observer = collabClient(server.url, cookies[3]!, modelId);
  await Promise.all([...writers, observer].map((w) => w.synced));
  for (const w of writers) repairLikeTheEditor(w.doc);
}

afterAll(async () => {
  for (const w of [...writers, observer]) w?.destroy();
  await server?.close();
});

const editNames = Object.keys(structuralEdits) as EditName[];
const step = fc.record({ edit: fc.constantFrom(...editNames), picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), word: fc.constantFrom("lid ", "x", " en ", "; ", "Artikel") });
const round = fc.record({
  scripts: fc.tuple(...[0, 1, 2].map(() => fc.array(step, { minLength: 1, maxLength: 6 }))),
  order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
});

/** The text as JSON with its attributes in one order: replicas may hold a node's attributes in the order they arrived. */
const textOf = (doc: Y.Doc) =>
  JSON.stringify(yDocToOrdinanceJSON(doc), (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
const socketOf = (w: CollabClient) => w.provider.configuration.websocketProvider;

function idsOf(json: unknown): string[] {
  const ids: string[] = [];
  const visit = (node: { type: string; attrs?: { id?: unknown }; content?: unknown[] }) => {
    if (idNodeNames.has(node.type)) ids.push(String(node.attrs?.id));
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(json as Parameters<typeof visit>[0]);
  return ids;
}

const sameState = (a: Y.Doc, b: Y.Doc) => {
  const x = Y.encodeStateVector(a);
  const y = Y.encodeStateVector(b);
  return x.length === y.length && x.every((v, i) => v === y[i]) && textOf(a) === textOf(b);
};

/** Everything that must hold of a merged text (the same in every replica, so checked on one). */
function checkMerged(doc: Y.Doc, where: string) {
  const json = yDocToOrdinanceJSON(doc);
  const ids = idsOf(json);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${where}: dubbele ids`).toEqual([]);
  const model = parseLiveModel(json);
  for (const problem of model.problems) expect(problem.message, where).toMatch(/^[A-Z].*\.$/);
  // Whatever breaks the contract of a stored document is reported; a text that meets it has nothing to report.
  let meetsContract = true;
  try {
    parseModel(json);
  } catch {
    meetsContract = false;
  }
  expect(model.problems.length === 0, `${where}: ${model.problems.map((p) => p.message).join(" ")}`).toBe(meetsContract);
  lint(resolve(model, {}, { name: "Almelo", slug: "almelo" }));
}

/** Like support's `until`, but polling every few milliseconds: hundreds of merges wait on it. */
async function settled(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Niet binnen ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

async function allOffline(where: string) {
  for (const w of writers) socketOf(w).disconnect();
  await settled(() => writers.every((w) => socketOf(w).status === "disconnected"), `${where}: iedereen offline`);
}

/** The writers come back online one by one in `order`; after each, everything that must hold of a merge is checked. */
async function comeOnline(order: readonly number[], where: string) {
  const online: CollabClient[] = [];
  for (const k of order) {
    online.push(writers[k]!);
    void socketOf(writers[k]!).connect();
    await settled(
      () => online.every((w) => socketOf(w).status === "connected" && !w.provider.hasUnsyncedChanges && sameState(w.doc, observer.doc)),
      `${where}: ${online.length} schrijver(s) en de server gelijk`,
    );
    // Each replica converts its own copy, as each editor does; a drop there would delete the node for everyone.
    for (const w of online) expect(() => editorView(w.doc), where).not.toThrow();
    checkMerged(observer.doc, where);
  }
  // What the server stored is what everybody holds (its group commit may be a turn ahead of the last broadcast).
  await settled(() => textOf(storedDoc(server.databasePath, modelId)) === textOf(observer.doc), `${where}: opgeslagen tekst gelijk aan de gedeelde`);
}

async function runRound(seed: number) {
  const [{ scripts, order }] = fc.sample(round, { seed, numRuns: 1 });
  const where = `seed ${seed}`;
  await allOffline(where);
  scripts!.forEach((script, k) => {
    for (const { edit: name, picks, word } of script) {
      let next = 0;
      const pick = (n: number) => picks[next++ % picks.length]! % n;
      edit(writers[k]!.doc, (tr) => structuralEdits[name](tr, pick, word));
    }
  });
  await comeOnline(order!, where);
}

it(`three offline writers' structural edits merge into one valid text, in any order (up to ${SEEDS} seeds)`, async () => {
  const start = Date.now();
  let seed = FIRST_SEED;
  for (; seed < FIRST_SEED + SEEDS; seed++) {
    if (seed - FIRST_SEED >= BUDGET.seeds && Date.now() - start > BUDGET.ms) break;
    await runRound(seed);
  }
  console.log(`Gelijktijdig bewerken: ${seed - FIRST_SEED} seeds vanaf ${FIRST_SEED} doorstaan.`);
}, 900_000);

// Moving keeps concurrent edits (issue 12, decision 063). Writer A moves an article while writer B, offline, types a
// word into that same article, and writer C either moves it too or does nothing. After the merge the article is there
// once, B's word is in it exactly once, and a lone move put it where A moved it.

const MOVE_SEEDS = Number(process.env.MODELWERK_MOVE_SEEDS ?? 60);

const moveRound = fc.record({
  article: fc.nat(),
  direction: fc.constantFrom<-1 | 1>(-1, 1),
  place: fc.nat(),
  second: fc.constantFrom<-1 | 0 | 1>(-1, 0, 1),
  order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
});

interface ArticleText {
  id: string;
  text: string;
}

/** The articles of a text in reading order, each with all its text. */
function articlesOf(doc: Y.Doc): ArticleText[] {
  const found: ArticleText[] = [];
  type Json = { type: string; text?: string; attrs?: { id?: unknown }; content?: Json[] };
  const textOfNode = (node: Json): string => node.text ?? (node.content ?? []).map(textOfNode).join("");
  const visit = (node: Json) => {
    if (node.type === "article") found.push({ id: String(node.attrs?.id), text: textOfNode(node) });
    else if (node.type !== "notes" && node.type !== "slots") for (const child of node.content ?? []) visit(child);
  };
  visit(yDocToOrdinanceJSON(doc) as Json);
  return found;
}

/** The position of the article with this id in the editor's (reading-order) document of `tr`. */
function articlePos(tr: { doc: import("prosemirror-model").Node }, id: string): number {
  let found = -1;
  tr.doc.descendants((node, pos) => {
    if (found < 0 && node.type.name === "article" && node.attrs.id === id) found = pos;
    return found < 0 && node.type.name !== "article";
  });
  return found;
}

async function runMoveRound(seed: number) {
  const [{ article, direction, place, second, order }] = fc.sample(moveRound, { seed, numRuns: 1 });
  const where = `verplaatsing, seed ${seed}`;
  await allOffline(where);
  // An article that has a sibling article on the side it moves to, and a place to type in it.
  const before = articlesOf(writers[0]!.doc);
  let moved: string | null = null;
  for (let i = 0; i < before.length && !moved; i++) {
    const candidate = before[(article + i) % before.length]!.id;
    if (edit(writers[0]!.doc, (tr) => moveBy(tr, articlePos(tr, candidate), direction!))) moved = candidate;
  }
  expect(moved, where).not.toBeNull();
  const word = `«${seed}»`;
  const typed = edit(writers[1]!.doc, (tr) => {
    const start = articlePos(tr, moved!);
    const end = start + tr.doc.nodeAt(start)!.nodeSize;
    const inside = [...textPositions(tr.doc, "member"), ...textPositions(tr.doc, "item")].filter((p) => p > start && p < end);
    if (!inside.length) return false;
    tr.insertText(word, inside[place! % inside.length]!);
    return true;
  });
  if (second) edit(writers[2]!.doc, (tr) => moveBy(tr, articlePos(tr, moved!), second));
  const neighbour = before[before.findIndex((a) => a.id === moved) + direction!]?.id;
  await comeOnline(order!, where);

  const after = articlesOf(observer.doc);
  expect(after.filter((a) => a.id === moved), `${where}: het verplaatste artikel precies één keer`).toHaveLength(1);
  if (typed) {
    expect(after.map((a) => a.text).join("").split(word).length - 1, `${where}: het getypte woord precies één keer`).toBe(1);
    expect(after.find((a) => a.id === moved)!.text, `${where}: het getypte woord in het verplaatste artikel`).toContain(word);
  }
  if (!second && neighbour) {
    const ids = after.map((a) => a.id);
    expect(ids.indexOf(moved!) - ids.indexOf(neighbour), `${where}: het artikel staat waar A het neerzette`).toBe(direction);
  }
}

it(`a move and typing in the moved article, offline at the same time, merge into one article with the typing in it (${MOVE_SEEDS} seeds)`, async () => {
  // From a fresh copy: the structural rounds above may have left no article with a neighbour to move past.
  await openFreshModel();
  for (let seed = 1; seed <= MOVE_SEEDS; seed++) await runMoveRound(seed);
}, 300_000);
