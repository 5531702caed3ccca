import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { amendableProvisions, parseModel, renderText } from "../../ordinance-model/index";
import { closeDatabase, openDatabase, type Db } from "../../db/client";
import { seedDatabase } from "../../db/seed/index";
import { getModelRow, listModels, type ModelRow } from "../../db/queries/models";
import { findMunicipalityBySlug, type Municipality } from "../../db/queries/regions";
import { writeChoice } from "../../db/queries/choices";
import { insertVersion } from "../../db/queries/consultation";
import { decisionData, definitiveVersionIds, latestDefinitiveVersion, markDefinitive, pinnedVersion } from "../../db/queries/decisions";
import { listAdoptions } from "../../db/queries/adoptions";
import { moveToLatestDefinitive } from "../../db/queries/gereed";
import { adoptions, models } from "../../db/schema";
import { adoptedTexts, textInForce } from "../../app/adoption/adopted.server";
import { recordAdoption, type AdoptionInput } from "../../app/adoption/record.server";

// Recording a council's adoption: only a municipality that is gereed, with its pinned text plus the council's
// amendments, checked field by field and stored whole or not at all; and the adopted text stays what it was adopted
// as, whatever happens to the live text, the choices or the versions afterwards.

let dir: string;
let path: string;
let db: Db;
let row: ModelRow;
let almelo: Municipality;
let enschede: Municipality;
let borne: Municipality;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-adoption-"));
  path = join(dir, "modelwerk.db");
  db = openDatabase(path);
  await seedDatabase(db, { demo: true });
  row = getModelRow(db, listModels(db, 1)[0]!.id)!;
  [almelo, enschede, borne] = ["almelo", "enschede", "borne"].map((slug) => findMunicipalityBySlug(db, row.regionId, slug)!) as [Municipality, Municipality, Municipality];
});
afterAll(() => {
  closeDatabase(db);
  rmSync(dir, { recursive: true, force: true });
});

const TERM = "art-bemiddelingstafel-lid-termijn";

function almeloAmendment(provision = TERM, text = "De bemiddelingstafel brengt haar advies uit binnen drie weken nadat het is gevraagd.") {
  return { number: "A1", title: "Snellere bemiddeling", changes: [{ provision, text }] };
}

describe("the demo", () => {
  test("Borne adopted against the first definitive version with one amendment, and a newer definitive version came after", () => {
    const adopted = textInForce(db, row.id, borne)!;
    expect(adopted.councilDate).toBe("2026-11-26");
    expect(adopted.version.number).toBe(1);
    expect(adopted.amendments.map((a) => a.number)).toEqual(["A1"]);
    const text = renderText(adopted.resolved);
    expect(text).toContain("informeert de raad jaarlijks over het aantal keren");
    expect(renderText(adopted.proposed)).not.toContain("informeert de raad jaarlijks");
    const latest = latestDefinitiveVersion(db, row.id)!;
    expect(latest.number).toBe(2);
    // The demo's dates tell one story: the newer version was frozen after Borne's council meeting, and the version
    // Borne adopted was frozen before Borne sent its advice requests.
    expect(latest.frozenAt.getTime()).toBeGreaterThan(new Date(`${adopted.councilDate}T23:59:59+01:00`).getTime());
    const sent = decisionData(db, row.id, borne.id).adviceProvinceSentOn as string;
    expect(adopted.version.frozenAt.getTime()).toBeLessThan(new Date(`${sent}T00:00:00+02:00`).getTime());
    // The newer version has the colleges publish the mediation table's rules; the adopted text keeps what was adopted.
    expect(text).toContain("de werkwijze van de bemiddelingstafel.");
    expect(text).not.toContain("maken het reglement openbaar");
    expect(JSON.stringify(getModelRow(db, row.id)!.document)).toContain("werkwijze van de bemiddelingstafel en maken het reglement openbaar.");
  });

  test("seeding again adds nothing", async () => {
    await seedDatabase(db, { demo: true });
    expect(listAdoptions(db, row.id, borne.id)).toHaveLength(1);
    expect(definitiveVersionIds(db, row.id)).toHaveLength(2);
  });
});

describe("recording an adoption", () => {
  const input = (over: Partial<AdoptionInput> = {}): AdoptionInput => ({ councilDate: "2027-02-08", decisionNumber: "2027-09", amendments: [almeloAmendment()], ...over });
  const count = () => db.select().from(adoptions).all().length;

  test("a municipality that is not gereed cannot be adopted", () => {
    const before = count();
    const result = recordAdoption(db, row, enschede, input(), null);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.form).toContain("Enschede is nog niet gereed voor besluitvorming");
    expect(count()).toBe(before);
  });

  test("each bad field gets its own Dutch message, and nothing is stored", () => {
    const before = count();
    const result = recordAdoption(
      db,
      row,
      almelo,
      {
        councilDate: "2027-02-30",
        decisionNumber: " ",
        amendments: [
          { number: "A1", title: "", changes: [{ provision: "bestaat-niet", text: "x" }] },
          { number: "A1", title: "Tweede", changes: [] },
          { number: "A3", title: "Gelijk", changes: [{ provision: TERM, text: "De bemiddelingstafel brengt haar advies uit binnen vier weken nadat het is gevraagd." }] },
        ],
      },
      null,
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.errors;
    expect(errors).toMatchObject({
      councilDate: expect.stringContaining("jjjj-mm-dd"),
      decisionNumber: expect.stringContaining("nummer van het raadsbesluit"),
      "amendments.0.title": expect.stringContaining("titel"),
      "amendments.0.changes.0.provision": expect.stringContaining("staat niet in de tekst"),
      "amendments.1.number": expect.stringContaining("al een amendement met nummer A1"),
      "amendments.1.changes": expect.stringContaining("ten minste één bepaling"),
      "amendments.2.changes.0.text": expect.stringContaining("gelijk aan de voorgestelde tekst"),
    });
    expect(errors.form).toBeUndefined();
    expect(count()).toBe(before);
  });

  test("Almelo's adoption with an amendment is stored whole; a second one must be at a later meeting", () => {
    const result = recordAdoption(db, row, almelo, input(), null);
    expect(result).toEqual({ ok: true, id: expect.any(Number) });
    const adopted = textInForce(db, row.id, almelo)!;
    expect(adopted.decisionNumber).toBe("2027-09");
    expect(adopted.version.id).toBe(pinnedVersion(db, row.id, almelo.id)!.version.id);
    expect(amendableProvisions(adopted.resolved).find((p) => p.id === TERM)!.text).toContain("drie weken");
    expect(amendableProvisions(adopted.proposed).find((p) => p.id === TERM)!.text).toContain("vier weken");
    const again = recordAdoption(db, row, almelo, input({ councilDate: "2027-02-08", amendments: [] }), null);
    expect(!again.ok && again.errors.councilDate).toContain("al een verordening vastgesteld");
    expect(adoptedTexts(db, row.id, almelo)).toHaveLength(1);
  });

  test("the adopted text does not change after a live edit, a changed choice or a newer version the municipality moves to", () => {
    const before = renderText(textInForce(db, row.id, almelo)!.resolved);
    const json = JSON.stringify(getModelRow(db, row.id)!.document).replace("de werkwijze van de bemiddelingstafel", "de werkwijze van de regionale tafel");
    expect(json).toContain("de regionale tafel");
    db.update(models).set({ document: JSON.parse(json) }).where(eq(models.id, row.id)).run();
    const live = parseModel(getModelRow(db, row.id)!.document);
    writeChoice(db, { modelId: row.id, municipalityId: almelo.id, slotKey: "applicationFee", value: 40, definition: live.slots.get("applicationFee")!, seenVersion: 1, userId: null });
    markDefinitive(db, row.id, insertVersion(db, row.id, "Definitieve versie 3", JSON.parse(json), null), null);
    expect(moveToLatestDefinitive(db, row.id, almelo.id, null)).toEqual([]);
    // A second connection builds the text afresh from what is stored, with nothing kept in memory.
    const fresh = openDatabase(path);
    try {
      const adopted = textInForce(fresh, row.id, almelo)!;
      expect(renderText(adopted.resolved)).toBe(before);
      expect(before).not.toContain("regionale tafel");
      expect(before).toContain("drie weken");
    } finally {
      closeDatabase(fresh);
    }
  });
});
