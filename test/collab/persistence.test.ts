import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase, type Db } from "../../db/client";
import { seedContent } from "../../db/seed/index";
import { createAccount } from "../../db/queries/users";
import { getModelRow } from "../../db/queries/models";
import { readYState } from "../../db/queries/collab";
import { listArticleEdits } from "../../db/queries/article-edits";
import { COMPACT_AFTER_UPDATES, applyStoredState, compactModelState, loadModelState, storeAcceptedUpdate } from "../../app/collab/model-store.server";
import { ORDINANCE_FRAGMENT, yDocToOrdinanceJSON } from "../../app/collab/ordinance-ydoc.server";
import { touchedArticleIds } from "../../app/collab/attribution.server";
import { liveOrdinanceJSON } from "../../app/collab/live-model.server";
import { requireModel } from "../../app/models.server";
import type { Account } from "../../db/queries/users";
import type { AppLoadContext } from "@remix-run/node";
import { articleText } from "./support";
import { createUpdateLog } from "../../app/collab/update-log.server";

let db: Db;
let userId: number;
const MODEL = 1;

beforeEach(() => {
  db = openDatabase(":memory:");
  seedContent(db);
  userId = createAccount(db, { email: "r@collab.test", name: "Rikie Redactie", organisation: "RIGO", role: "redactie", regionId: getModelRow(db, MODEL)!.regionId, municipalityId: null });
});

/** A live document as the sync server holds it: loaded from the store, every local change appended like a client's. */
function liveDoc(): Y.Doc {
  const doc = new Y.Doc();
  applyStoredState(doc, loadModelState(db, MODEL, getModelRow(db, MODEL)!.document));
  doc.on("update", (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) =>
    storeAcceptedUpdate(db, { modelId: MODEL, update, userId, articleIds: touchedArticleIds(transaction) }),
  );
  return doc;
}

function loadedJSON(): object {
  const doc = new Y.Doc();
  applyStoredState(doc, loadModelState(db, MODEL, getModelRow(db, MODEL)!.document));
  return yDocToOrdinanceJSON(doc);
}

describe("model store", () => {
  it("seeds the first state from the stored JSON once", () => {
    const first = loadModelState(db, MODEL, getModelRow(db, MODEL)!.document);
    loadModelState(db, MODEL, getModelRow(db, MODEL)!.document);
    expect(readYState(db, MODEL).tail).toHaveLength(1);
    const doc = new Y.Doc();
    applyStoredState(doc, first);
    expect(yDocToOrdinanceJSON(doc)).toEqual(liveOrdinanceJSON(db, getModelRow(db, MODEL)!));
    expect(doc.getXmlFragment(ORDINANCE_FRAGMENT).length).toBeGreaterThan(0);
  });

  it("load = snapshot + log tail equals the live state, before and after compaction", () => {
    const doc = liveDoc();
    for (let i = 0; i < 30; i++) articleText(doc, "art-begrippen").insert(i % 3, `${i}`);
    expect(loadedJSON()).toEqual(yDocToOrdinanceJSON(doc));

    compactModelState(db, MODEL, doc, readYState(db, MODEL).lastUpdateId);
    const afterCompaction = readYState(db, MODEL);
    expect(afterCompaction.snapshot).not.toBeNull();
    expect(afterCompaction.tail).toHaveLength(0);
    expect(loadedJSON()).toEqual(yDocToOrdinanceJSON(doc));

    for (let i = 0; i < 10; i++) articleText(doc, "art-begrippen").delete(0, 1);
    expect(readYState(db, MODEL).tail).toHaveLength(10);
    expect(loadedJSON()).toEqual(yDocToOrdinanceJSON(doc));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector((() => {
      const reloaded = new Y.Doc();
      applyStoredState(reloaded, readYState(db, MODEL));
      return reloaded;
    })()));
  });

  it("the log keeps every entry after the snapshot until the next compaction", () => {
    const doc = liveDoc();
    for (let i = 0; i < 5; i++) articleText(doc, "art-begrippen").insert(0, "x");
    expect(loadModelState(db, MODEL, null).tail).toHaveLength(6);
    expect(COMPACT_AFTER_UPDATES).toBeGreaterThan(6);
  });
});

describe("attribution", () => {
  it("counts edits per article, user and minute, newest first", () => {
    const doc = liveDoc();
    articleText(doc, "art-begrippen").insert(0, "a");
    articleText(doc, "art-begrippen").insert(0, "b");
    const edits = listArticleEdits(db, MODEL);
    expect(edits).toEqual([{ articleId: "art-begrippen", userId, userName: "Rikie Redactie", minute: expect.any(Date), edits: 2 }]);
    expect(edits[0].minute.getTime() % 60_000).toBe(0);
  });

  it("an edit in an explanatory note counts for the article it explains; an edit outside articles counts for none", () => {
    const doc = liveDoc();
    const fragment = doc.getXmlFragment(ORDINANCE_FRAGMENT);
    const note = fragment.createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "articleNote").next().value as Y.XmlElement;
    const noteText = note.createTreeWalker((t) => t instanceof Y.XmlText).next().value as Y.XmlText;
    let touched = new Set<string>();
    doc.on("afterTransactionCleanup", (transaction: Y.Transaction) => (touched = touchedArticleIds(transaction)));
    noteText.insert(0, "Toelichting ");
    expect([...touched]).toEqual([note.getAttribute("article")]);
    const title = fragment.get(0) as Y.XmlElement;
    (title.get(0) as Y.XmlText).insert(0, "Titel ");
    expect([...touched]).toEqual([]);
  });
});

describe("live text for readers", () => {
  const context = () => ({ db }) as unknown as AppLoadContext;
  const reader = () => ({ role: "raad", regionId: getModelRow(db, MODEL)!.regionId, active: true }) as Account;
  const firstArticleHeading = (model: Awaited<ReturnType<typeof requireModel>>["model"]) => {
    let heading = "";
    model.doc.descendants((node) => {
      if (heading || node.type.name !== "article") return !heading;
      heading = node.firstChild!.textContent;
      return false;
    });
    return heading;
  };

  it("requireModel reads the live text, and never shows an older one without saying so", async () => {
    const doc = liveDoc();
    const article = doc.getXmlFragment(ORDINANCE_FRAGMENT).createTreeWalker((t) => t instanceof Y.XmlElement && t.nodeName === "article").next().value as Y.XmlElement;
    ((article.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, "Live: ");
    const valid = firstArticleHeading((await requireModel(context(), reader(), String(MODEL))).model);
    expect(valid).toMatch(/^Live: /);

    // A missing id is repaired the way the sync server repairs it: still the live text; its note now points nowhere.
    article.removeAttribute("id");
    const repaired = (await requireModel(context(), reader(), String(MODEL))).model;
    expect(firstArticleHeading(repaired)).toBe(valid);
    expect(repaired.problems.map((p) => p.message)).toEqual(["De artikelsgewijze toelichting heeft een toelichting bij een artikel dat niet meer bestaat."]);

    // A node type outside the schema (only a crafted update could write one) makes the live text unreadable: readers
    // get the last readable text, and a first problem that says so.
    const heading = article.get(0) as Y.XmlElement;
    (heading.get(0) as Y.XmlText).insert(0, "Later: ");
    article.insert(1, [new Y.XmlElement("onbekend")]);
    const shown = (await requireModel(context(), reader(), String(MODEL))).model;
    expect(firstArticleHeading(shown)).toBe(valid);
    expect(shown.problems[0]!.message).toMatch(/^De werkversie kan niet worden gelezen \(.*onbekend knooptype "onbekend".*\)\. Deze pagina toont de laatste werkversie die nog te lezen was; recente wijzigingen ontbreken daarin\.$/);
  });

  it("the live text read after each update, across compactions, equals the live document", () => {
    const doc = liveDoc();
    const row = () => getModelRow(db, MODEL)!;
    for (let i = 0; i < 12; i++) {
      articleText(doc, "art-begrippen").insert(0, `${i}`);
      if (i % 2 === 0) articleText(doc, "art-aanvraag").delete(0, 1);
      // A compaction sometimes right after a read (the reader's updates are all in the snapshot), sometimes before one.
      if (i === 4 || i === 7) compactModelState(db, MODEL, doc, readYState(db, MODEL).lastUpdateId);
      if (i !== 7) expect(liveOrdinanceJSON(db, row()), `na wijziging ${i}`).toEqual(yDocToOrdinanceJSON(doc));
    }
  });
});

describe("update log", () => {
  it("commits every update of one event-loop turn in one transaction, and resolves each with its id", async () => {
    const log = createUpdateLog(db);
    const updates = [1, 2, 3].map(() => Y.encodeStateAsUpdate(new Y.Doc()));
    const ids = await Promise.all(updates.map((u) => log.append(MODEL, u, userId)));
    expect(ids).toEqual([ids[0], ids[0] + 1, ids[0] + 2]);
    expect(readYState(db, MODEL).tail).toHaveLength(3);
  });

  it("rejects every update of a batch that could not be written", async () => {
    const log = createUpdateLog(db);
    db.$client.exec("CREATE TRIGGER refuse BEFORE INSERT ON model_updates BEGIN SELECT RAISE(ABORT, 'schijf vol'); END");
    const results = await Promise.allSettled([log.append(MODEL, new Uint8Array([0, 0]), userId), log.append(MODEL, new Uint8Array([0, 0]), userId)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
  });

  it("loading skips a stored update Yjs cannot apply instead of failing", () => {
    const doc = liveDoc();
    articleText(doc, "art-begrippen").insert(0, "blijft ");
    db.$client.prepare('INSERT INTO model_updates (model_id, "update") VALUES (?, ?)').run(MODEL, Buffer.from([1, 2, 5, 0]));
    const reloaded = new Y.Doc();
    applyStoredState(reloaded, readYState(db, MODEL));
    expect(articleText(reloaded, "art-begrippen").toString()).toMatch(/^blijft /);
  });
});
