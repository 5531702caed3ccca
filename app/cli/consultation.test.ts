import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDatabase, openDatabase } from "../../db/client";
import { insertComment, insertVersion, listPhases, saveDisposition } from "../../db/queries/consultation";
import { getModelRow, listModels } from "../../db/queries/models";
import { createAccount } from "../../db/queries/users";
import { seedContent } from "../../db/seed/index";
import { tempDir } from "../../test/support/server";
import { cliIn } from "../../test/support/cli";

const dir = tempDir("modelwerk-consultation-cli-");
const env: NodeJS.ProcessEnv = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db") };
let phaseId: number;

const cli = cliIn(() => env);

/** Two versions (the second with article 1 reworded and moved to the end) and one answered comment with a reply. */
beforeAll(() => {
  const db = openDatabase(env.DATABASE_PATH!);
  try {
    // Twice: seeding the phases is idempotent.
    seedContent(db);
    seedContent(db);
    const row = getModelRow(db, listModels(db, 1)[0]!.id)!;
    type Json = { type: string; content: Json[] };
    const first = row.document as Json;
    const second = structuredClone(first);
    const chapters = second.content.find((n) => n.type === "body")!.content;
    // The first article (after the chapter heading) gets a new heading and moves to the last chapter.
    const article = chapters[0]!.content.splice(1, 1)[0]!;
    article.content[0]!.content = [{ type: "text", text: "Nieuwe begrippen" } as unknown as Json];
    chapters[chapters.length - 1]!.content.push(article);
    const userId = createAccount(db, { name: "Rianne", email: "r@modelwerk.test", organisation: "RIGO", role: "redactie", regionId: row.regionId, municipalityId: null });
    const a = insertVersion(db, row.id, "Concept", first, userId);
    insertVersion(db, row.id, "Na verwerking", second, userId);
    phaseId = listPhases(db, row.id)[4]!.id;
    const author = { phaseId, versionId: a, authorId: userId, onBehalfOf: "Huurdersvereniging; Twente", municipalityId: null, quote: null, proposal: null };
    const id = insertComment(db, { ...author, parentId: null, anchorNodeId: "art-aanvraag-lid-beslistermijn", type: "vraag", body: 'Waarom "acht" weken?' });
    insertComment(db, { ...author, parentId: id, anchorNodeId: null, type: null, body: "Nog een vraag" });
    saveDisposition(db, id, { disposition: "beantwoord", answer: "Zo is het afgesproken.", changedInVersionId: null }, userId);
  } finally {
    closeDatabase(db);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("versions", () => {
  test("list shows each version with who froze it", async () => {
    const result = await cli("versions", "list");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\d+\tNa verwerking\tRianne\t\d{4}-/m);
    expect(result.out).toMatch(/^\d+\tConcept\tRianne\t/m);
  });

  test("diff as text names the moved article and the changed words; as json it holds the same", async () => {
    const ids = (await cli("versions", "list")).out.split("\n").map((l) => l.split("\t")[0]!).reverse();
    const text = await cli("versions", "diff", ids[0]!, ids[1]!, "--format", "text");
    expect(text.code).toBe(0);
    expect(text.out).toContain("Van “Concept” naar “Na verwerking”");
    expect(text.out).toMatch(/Nieuwe begrippen: Tekst gewijzigd; verplaatst van artikel 1 naar artikel \d+/);
    expect(text.out).toContain("{+Nieuwe begrippen+}");
    const json = JSON.parse((await cli("versions", "diff", ids[0]!, ids[1]!, "--format", "json")).out);
    expect(json.articles.filter((a: { moved: boolean }) => a.moved)).toHaveLength(1);
    expect((await cli("versions", "diff", ids[0]!, "999")).code).toBe(2);
  });
});

describe("comments export", () => {
  test("json holds each comment and reply with its place, disposition and answer", async () => {
    const result = await cli("comments", "export", "--fase", String(phaseId), "--format", "json");
    expect(result.code).toBe(0);
    const { fase, reacties } = JSON.parse(result.out);
    expect(fase.naam).toBe("Consultatie raden en huurdersorganisaties");
    expect(reacties).toHaveLength(2);
    expect(reacties[0]).toMatchObject({ soort: "vraag", afhandeling: "beantwoord", antwoord: "Zo is het afgesproken.", gepubliceerd: null });
    expect(reacties[0].bepaling).toMatch(/^artikel \d+, vierde lid$/);
    expect(reacties[1]).toMatchObject({ reactieOp: reacties[0].id, afhandeling: null });
  });

  test("csv quotes what needs quoting; an unknown phase or format is a usage error", async () => {
    const csv = (await cli("comments", "export", "--fase", String(phaseId), "--format", "csv")).out.replace(/^\uFEFF/, "").split("\r\n");
    expect(csv[0]).toMatch(/^id;reactieOp;bepaling;citaat;soort;tekst/);
    expect(csv[1]).toContain('"Waarom ""acht"" weken?"');
    expect(csv[1]).toContain('"Huurdersvereniging; Twente"');
    expect((await cli("comments", "export", "--fase", "999999")).code).toBe(2);
    expect((await cli("comments", "export", "--fase", String(phaseId), "--format", "xml")).code).toBe(2);
  });
});
