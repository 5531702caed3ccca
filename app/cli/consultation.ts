import { parseArgs } from "node:util";
import type { Db } from "../../db/client";
import { getPhase, getVersion, listComments, listVersions } from "../../db/queries/consultation";
import { diffVersions } from "../../ordinance-model/index";
import { toCsv } from "../csv.server";
import { articleChanged, articleTitle, describeArticle, describeSlot } from "../consultation/diff-words";
import { anchorsOf } from "../consultation/threads.server";
import { versionModel } from "../consultation/versions.server";
import { UsageError, type CliIo } from "./io";
import { chooseModel, modelOptions } from "./ordinance";

// `modelwerk comments export` and `modelwerk versions list|diff`: what the consultation pages show, for the
// redactie's own files. The CLI is run by the administrator, so the export holds draft answers too.

const COLUMNS = ["id", "reactieOp", "bepaling", "citaat", "soort", "tekst", "voorstel", "auteur", "namens", "rol", "gemeente", "datum", "afhandeling", "antwoord", "gewijzigdInVersie", "gepubliceerd"] as const;

export function commentsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  if (sub !== "export") throw new UsageError(`Onbekende opdracht "comments ${sub ?? ""}"; kies export.`);
  const { values } = parseArgs({ args: rest, options: { ...modelOptions, fase: { type: "string" }, format: { type: "string", default: "json" } } });
  if (values.format !== "json" && values.format !== "csv") throw new UsageError(`Onbekend formaat "${values.format}"; kies json of csv.`);
  const row = chooseModel(db, values);
  const phase = getPhase(db, row.id, Number(values.fase));
  if (!phase) throw new UsageError(`Geef met --fase het nummer van een fase van model ${row.id}.`);
  const anchors = anchorsOf(db, row.id);
  const records = listComments(db, [phase.id]).map((c): Record<(typeof COLUMNS)[number], unknown> => ({
    id: c.id,
    reactieOp: c.parentId,
    bepaling: c.anchorNodeId ? (anchors(c.versionId, c.anchorNodeId)?.place ?? c.anchorNodeId) : null,
    citaat: c.quote,
    soort: c.type,
    tekst: c.body,
    voorstel: c.proposal,
    auteur: c.authorName,
    namens: c.onBehalfOf,
    rol: c.authorRole,
    gemeente: c.municipalityName,
    datum: c.createdAt.toISOString(),
    afhandeling: c.disposition,
    antwoord: c.answer,
    gewijzigdInVersie: c.changedInVersionId,
    gepubliceerd: c.publishedAt?.toISOString() ?? null,
  }));
  if (values.format === "json") io.out(JSON.stringify({ fase: { id: phase.id, naam: phase.name }, reacties: records }, null, 2));
  else {
    io.out(toCsv([[...COLUMNS], ...records.map((r) => COLUMNS.map((k) => String(r[k] ?? "")))]).trimEnd());
  }
  return 0;
}

export function versionsCommand(db: Db, args: string[], io: CliIo): number {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { ...modelOptions, format: { type: "string", default: "text" } } });
  const row = chooseModel(db, values);
  if (sub === "list") {
    for (const v of listVersions(db, row.id)) io.out(`${v.id}\t${v.name}\t${v.frozenByName ?? "onbekend"}\t${v.createdAt.toISOString()}`);
    return 0;
  }
  if (sub !== "diff") throw new UsageError(`Onbekende opdracht "versions ${sub ?? ""}"; kies list of diff.`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`Onbekend formaat "${values.format}"; kies text of json.`);
  const [a, b] = positionals.map((id) => getVersion(db, row.id, Number(id)) ?? raise(`Versie "${id}" bestaat niet bij model ${row.id}.`));
  if (!a || !b) throw new UsageError("Gebruik: versions diff A B [--format text|json].");
  const diff = diffVersions(versionModel(a), versionModel(b));
  if (values.format === "json") {
    io.out(JSON.stringify({ van: { id: a.id, naam: a.name }, naar: { id: b.id, naam: b.name }, ...diff }, null, 2));
    return 0;
  }
  io.out(`Van “${a.name}” naar “${b.name}”`);
  for (const article of diff.articles.filter(articleChanged)) {
    io.out(`\n${articleTitle(article)}: ${describeArticle(article)}`);
    if (article.change !== "unchanged") io.out(article.words.map((w) => (w.change === "added" ? `{+${w.text}+}` : w.change === "removed" ? `[-${w.text}-]` : w.text)).join(""));
  }
  if (diff.slots.length) io.out(`\nKeuzemogelijkheden:\n${diff.slots.map((s) => `- ${describeSlot(s)}`).join("\n")}`);
  return 0;
}

function raise(message: string): never {
  throw new UsageError(message);
}
