import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { twenteModel } from "../../db/seed/twente-model";
import { cliIn } from "../../test/support/cli";

let dir: string;
let env: NodeJS.ProcessEnv;

const cli = cliIn(() => env);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "modelwerk-cli-"));
  env = { NODE_ENV: "test", DATABASE_PATH: join(dir, "modelwerk.db"), PUBLIC_URL: "https://modelwerk.example" };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("users", () => {
  test("add prints a one-time link and list shows the invited account", async () => {
    const added = await cli("users", "add", "--email", "Pen@Rigo.nl", "--name", "Pen Houder", "--role", "redactie", "--organisatie", "RIGO");
    expect(added.code).toBe(0);
    expect(added.out).toContain("Account gemaakt voor pen@rigo.nl.");
    expect(added.out).toMatch(/^https:\/\/modelwerk\.example\/wachtwoord\/[\w-]{40,}$/m);
    const listed = await cli("users", "list");
    expect(listed.out).toContain("pen@rigo.nl\tPen Houder\tredactie\t-\ttwente\tRIGO\tuitgenodigd");
  });

  test("a municipal role needs a municipality of the region, and e-mail addresses are unique", async () => {
    expect((await cli("users", "add", "--email", "a@almelo.nl", "--name", "A", "--role", "gemeente")).err).toContain("--gemeente: Kies de gemeente bij deze rol.");
    expect((await cli("users", "add", "--email", "a@almelo.nl", "--name", "A", "--role", "gemeente", "--gemeente", "zwolle")).err).toContain('hoort niet bij deze regio');
    const ok = await cli("users", "add", "--email", "a@almelo.nl", "--name", "A", "--role", "gemeente", "--gemeente", "almelo");
    expect(ok.code).toBe(0);
    const again = await cli("users", "add", "--email", "A@almelo.nl", "--name", "B", "--role", "raad", "--gemeente", "almelo");
    expect(again.code).toBe(1);
    expect(again.err).toContain("Er bestaat al een account met e-mailadres a@almelo.nl.");
  });

  test("bad usage exits 2 with the usage text", async () => {
    const result = await cli("users", "add", "--bogus", "x");
    expect(result.code).toBe(2);
    expect(result.err).toContain("Gebruik: modelwerk");
    expect((await cli("nonsense")).code).toBe(2);
  });
});

describe("generate", () => {
  test("-o naming a folder where a file belongs is refused in Dutch, without a stack trace", async () => {
    const result = await cli("generate", "model", "-o", dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain("hier kan het document niet worden geschreven (dat is een map; geef met -o een bestandsnaam");
    expect(result.err).not.toMatch(/\bat .+\(/);
    const written = await cli("generate", "model", "-o", join(dir, "model.docx"));
    expect(written.code, written.err).toBe(0);
    expect(written.out).toBe(join(dir, "model.docx"));
  });
});

describe("backup", () => {
  test("writes a consistent copy that opens with the same accounts", async () => {
    const target = join(dir, "backups", "copy.db");
    expect((await cli("backup", target)).code).toBe(0);
    const copy = new Database(target, { readonly: true });
    const emails = copy.prepare("select email from users order by email").pluck().all();
    copy.close();
    expect(emails).toEqual(["a@almelo.nl", "pen@rigo.nl"]);
  });
});

describe("render, slots, lint", () => {
  test("render uses defaults, and --set overrides one choice for a what-if", async () => {
    const plain = await cli("render", "--gemeente", "hof-van-twente");
    expect(plain.code).toBe(0);
    expect(plain.out).toContain("Urgentieverordening Hof van Twente 2026");
    const whatIf = await cli("render", "--gemeente", "hof-van-twente", "--set", "ordinanceYear=2027");
    expect(whatIf.out).toContain("Urgentieverordening Hof van Twente 2027");
    expect(whatIf.out).not.toContain("Urgentieverordening Hof van Twente 2026");
  });

  test("render refuses an invalid --set with the slot's Dutch message", async () => {
    const result = await cli("render", "--gemeente", "almelo", "--set", "ordinanceYear=tweeduizend", "--set", "onbekend=1");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/--set ordinanceYear: .+/);
    expect(result.err).toContain('--set onbekend: "onbekend" is geen keuzemogelijkheid van dit model.');
  });

  test("render as html and json", async () => {
    expect((await cli("render", "--gemeente", "almelo", "--format", "html")).out).toMatch(/^<div class="mw-ordinance mw-ordinance--resolved">/);
    const json = JSON.parse((await cli("render", "--gemeente", "almelo", "--format", "json")).out);
    expect(json.title).toBe("Urgentieverordening Almelo 2026");
  });

  test("slots lists every slot with key, kind, label, default and options", async () => {
    const slots = JSON.parse((await cli("slots", "--format", "json")).out) as { key: string; kind: string; options: unknown[] }[];
    expect(slots.length).toBeGreaterThanOrEqual(20);
    expect(new Set(slots.map((s) => s.kind))).toEqual(new Set(["text", "integer", "amount", "duration", "date", "automatic", "alternatives", "optional", "multiselect"]));
    expect(slots.find((s) => s.key === "decidingBody")?.options.length).toBeGreaterThanOrEqual(2);
  });

  test("lint --all passes for all 14 municipalities with the defaults", async () => {
    const result = await cli("lint", "--all");
    expect(result.code).toBe(0);
    expect(result.out.split("\n")).toHaveLength(14);
    expect(result.out).toContain("Hof van Twente: geen fouten");
  });

  test("lint fails and names the place when a stored choice breaks the text", async () => {
    const db = new Database(env.DATABASE_PATH!);
    const almelo = db.prepare("select id from municipalities where slug = 'almelo'").pluck().get();
    // A stored choice that no longer fits the model (as after a model change) must surface, not crash.
    db.prepare("insert into choices (model_id, municipality_id, slot_key, value) values (1, ?, 'localCategories', ?)").run(almelo, JSON.stringify(["bestaat-niet"]));
    db.close();
    const result = await cli("lint", "--gemeente", "almelo");
    expect(result.code).toBe(1);
    expect(result.out).toContain("Almelo: 1 fout");
    expect(result.out).toContain('keuze “Aanvullende urgentiecategorieën”: Aanvullende urgentiecategorieën: "bestaat-niet" is geen van de opties.');
  });

  test("lint names the citeertitel when its year is not the year of the recorded council meeting", async () => {
    expect((await cli("besluitvorming", "set", "--gemeente", "wierden", "councilDate=2027-02-22")).code).toBe(0);
    const wrongYear = await cli("lint", "--gemeente", "wierden");
    expect(wrongYear.code).toBe(1);
    // The regional default cites 2026; the default entry into force (1 July 2026) is then before the meeting as well.
    expect(wrongYear.out).toMatch(/artikel \d+: De citeertitel noemt het jaar 2026, maar de raad stelt de verordening vast in de vergadering van 22 februari 2027\. Het jaartal in de citeertitel is het jaar van vaststelling: 2027\./);
    expect((await cli("choices", "set", "--gemeente", "wierden", "ordinanceYear=2027", "effectiveDate=2027-04-01")).code).toBe(0);
    expect((await cli("lint", "--gemeente", "wierden")).out).toBe("Wierden: geen fouten");
  });
});

describe("models import", () => {
  test("refuses a slot definition that breaks the schema, names the path, and stores nothing", async () => {
    const broken = structuredClone(twenteModel) as { content: { type: string; content: { attrs: Record<string, unknown> }[] }[] };
    const slots = broken.content.find((part) => part.type === "slots")!;
    slots.content[1]!.attrs.kind = "kleur";
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    const before = (await cli("models", "list")).out;
    const result = await cli("models", "import", file, "--titel", "Kapot");
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Fout in het model op slots\.content\[1\]\.attrs\.kind/);
    expect((await cli("models", "list")).out).toBe(before);
  });

  test("refuses a file that is not JSON, and stores a valid model", async () => {
    const file = join(dir, "not.json");
    writeFileSync(file, "{ nee");
    expect((await cli("models", "import", file, "--titel", "X")).err).toContain("geen leesbare JSON");
    writeFileSync(file, JSON.stringify(twenteModel));
    const stored = await cli("models", "import", file, "--titel", "Tweede model");
    expect(stored.code).toBe(0);
    expect((await cli("models", "list")).out).toContain("\tTweede model");
  });
});
