import { afterAll, beforeAll, expect, test } from "vitest";
import { diffVersions } from "../../ordinance-model/index";
import type { Db } from "../../db/client";
import { seededDatabase } from "../../test/support/db";
import { getModelRow, listModels } from "../../db/queries/models";
import { findMunicipalityBySlug } from "../../db/queries/regions";
import { listChoiceRows } from "../../db/queries/choices";
import { insertVersion } from "../../db/queries/consultation";
import { markDefinitive, pinnedVersion } from "../../db/queries/decisions";
import { versionModelById } from "../consultation/versions.server";
import { diffForPage } from "../consultation/diff-words";
import { pinView } from "./pin.server";

// The demo pins Almelo to definitive version 1; a newer definitive version (here one with a sentence added) shows as a
// redline against it.

let db: Db;
let close: () => void;
const SENTENCE = "Deze zin staat alleen in de nieuwere versie.";

beforeAll(async () => {
  ({ db, close } = await seededDatabase("modelwerk-pin-view-"));
});
afterAll(() => close());

test("a newer definitive version shows its redline against the pinned one, the same on every view", () => {
  const row = getModelRow(db, listModels(db, 1)[0]!.id)!;
  const almelo = findMunicipalityBySlug(db, row.regionId, "almelo")!;
  const rows = listChoiceRows(db, row.id, almelo.id);

  // The sentence goes at the end of the first paragraph that ends one.
  type Node = { type: string; text?: string; content?: Node[] };
  const json = structuredClone(row.document) as Node;
  const paragraph = (function find(node: Node): Node | undefined {
    if (node.type === "paragraph" && node.content?.at(-1)?.text?.endsWith(".")) return node;
    for (const child of node.content ?? []) {
      const found = find(child);
      if (found) return found;
    }
  })(json)!;
  paragraph.content!.push({ type: "text", text: ` ${SENTENCE}` });
  const version = insertVersion(db, row.id, "Definitieve versie 2", json, null);
  markDefinitive(db, row.id, version, null);

  const first = pinView(db, row, almelo, rows).newer!;
  const pinned = versionModelById(db, row.id, pinnedVersion(db, row.id, almelo.id)!.version.id)!;
  expect(first.diff).toEqual(diffForPage(diffVersions(pinned, versionModelById(db, row.id, version)!)));
  expect(JSON.stringify(first.diff)).toContain(SENTENCE);
  // The page shows the words of changed articles only; it sends no others.
  const unchanged = first.diff.articles.filter((a) => a.change === "unchanged");
  expect(unchanged.length).toBeGreaterThan(0);
  expect(unchanged.flatMap((a) => a.words)).toEqual([]);
  // Two frozen versions never change: the second view reuses the redline of the first.
  expect(pinView(db, row, almelo, rows).newer!.diff).toBe(first.diff);
});
