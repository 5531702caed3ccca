import { bench, describe } from "vitest";
import { openDatabase, type Db } from "../db/client";
import { seedContent } from "../db/seed/index";
import { getModelRow, insertModel } from "../db/queries/models";
import { writeChoice } from "../db/queries/choices";
import { municipalities } from "../db/schema";
import { parseModel } from "../ordinance-model/index";
import { chapter, ordinance, simpleArticle, slot } from "../ordinance-model/testing/builder";
import { buildMatrix, matrixTable } from "../app/choices/matrix.server";
import { toCsv } from "../app/csv.server";

// The harmonisation matrix for a model with 40 local slots, for the 14 Twente municipalities and for a region of 50,
// every municipality having chosen every slot (every third one deviating). Parsing is outside the loop, as on the server.
const SLOTS = 40;
const keys = Array.from({ length: SLOTS }, (_, i) => `keuze${i}`);
const modelJson = ordinance({
  body: [chapter("h1", "Alles", ...keys.map((key, i) => simpleArticle(`a${i}`, `Artikel over ${key}`, ["Termijn van ", slot(key), " weken."])))],
  slots: keys.map((key) => ({
    key,
    kind: "integer" as const,
    label: `Keuze ${key}`,
    default: 8,
    constraints: { min: 1, max: 52 },
  })),
});

function region(extra: number): { db: Db; modelId: number } {
  const db = openDatabase(":memory:");
  seedContent(db);
  const regionId = 1;
  for (let i = 0; i < extra; i++)
    db.insert(municipalities)
      .values({ regionId, slug: `extra-${i}`, name: `Extra ${i}` })
      .run();
  const modelId = insertModel(db, regionId, "Bench", modelJson);
  const model = parseModel(modelJson);
  for (const m of db.select().from(municipalities).all()) {
    keys.forEach((key, i) =>
      writeChoice(db, {
        modelId,
        municipalityId: m.id,
        slotKey: key,
        value: i % 3 === 0 ? 12 : 8,
        definition: model.slots.get(key)!,
        seenVersion: 0,
        userId: null,
      }),
    );
  }
  return { db, modelId };
}

for (const [label, extra] of [
  ["14 municipalities × 40 slots", 0],
  ["50 municipalities × 40 slots", 36],
] as const) {
  const { db, modelId } = region(extra);
  const row = getModelRow(db, modelId)!;
  const model = parseModel(row.document);
  describe(label, () => {
    bench("build the matrix", async () => {
      await buildMatrix(db, row, model);
    });
    bench("build and export as CSV", async () => {
      const matrix = await buildMatrix(db, row, model);
      toCsv(matrixTable(matrix, matrix.rows));
    });
  });
}
