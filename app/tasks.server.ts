import type { Db } from "../db/client";
import { listComments, listPhases } from "../db/queries/consultation";
import { getModelRow, listModels } from "../db/queries/models";
import { findMunicipalityBySlug } from "../db/queries/regions";
import type { Account } from "../db/queries/users";
import { formatDate } from "../ordinance-model/index";
import { can } from "./policy.server";
import { currentModel } from "./models.server";
import { commentResource, commentWindow } from "./consultation/phases.server";
import { DISPOSITION_LABELS } from "./consultation/labels";
import { daysUntil } from "./notifications/events.server";
import { buildMatrix } from "./choices/matrix.server";
import { DocumentRun } from "./documents/generate.server";
import { decisionDataMissing } from "./process/facts.server";

// "Wat vraagt nu uw aandacht": what needs this user now, per model of their region, each with where to go.

export interface Task {
  text: string;
  href: string;
  linkText: string;
}

export interface TaskGroup {
  heading: string;
  tasks: Task[];
}

const daysLeft = (iso: string) => {
  const days = daysUntil(iso);
  return days === 0 ? "vandaag is de laatste dag" : days === 1 ? "nog 1 dag" : `nog ${days} dagen`;
};

export async function tasksFor(db: Db, user: Account): Promise<TaskGroup[]> {
  const groups: TaskGroup[] = [];
  const add = (heading: string, tasks: Task[]) => tasks.length && groups.push({ heading, tasks });
  for (const { id } of listModels(db, user.regionId)) {
    const row = getModelRow(db, id)!;
    const phases = listPhases(db, row.id);
    const base = `/modellen/${row.id}`;

    add(
      "Consultatierondes die voor u openstaan",
      phases
        .filter((p) => commentWindow(p).open && can(user, "comment.create", commentResource(row, p, user)))
        .map((p) => ({
          text: p.endsOn ? `Reageren kan tot en met ${formatDate(p.endsOn)} (${daysLeft(p.endsOn)}).` : "Reageren kan nu.",
          href: `${base}/fasen/${p.id}`,
          linkText: p.name,
        })),
    );

    const rows = listComments(db, phases.map((p) => p.id)).filter((c) => c.parentId === null);
    add(
      "Uw reacties die een antwoord kregen",
      rows
        .filter((c) => c.authorId === user.id && c.publishedAt !== null)
        .slice(-5)
        .map((c) => ({
          text: `Afhandeling: ${DISPOSITION_LABELS[c.disposition!].toLowerCase()}.`,
          href: `${base}/fasen/${c.phaseId}#reactie-${c.id}`,
          linkText: `Uw reactie in “${phases.find((p) => p.id === c.phaseId)!.name}”`,
        })),
    );

    if (can(user, "comment.dispose", { regionId: row.regionId }))
      add(
        "Reacties zonder antwoord",
        phases.flatMap((p) => {
          const open = rows.filter((c) => c.phaseId === p.id && c.disposition === "open").length;
          return open ? [{ text: open === 1 ? "1 reactie wacht op een antwoord." : `${open} reacties wachten op een antwoord.`, href: `${base}/fasen/reacties?fase=${p.id}&status=open`, linkText: p.name }] : [];
        }),
      );

    const municipality = user.municipalitySlug ? findMunicipalityBySlug(db, row.regionId, user.municipalitySlug) : undefined;
    if (municipality && can(user, "choices.edit", { regionId: row.regionId, municipalityId: municipality.id })) {
      const model = currentModel(db, row);
      const column = (await buildMatrix(db, row, model)).columns.find((c) => c.slug === municipality.slug)!;
      const missing = new DocumentRun(db, row, model).missing(municipality, "raadsbesluit");
      const choices = `${base}/gemeenten/${municipality.slug}`;
      add(`Voor gemeente ${municipality.name}`, [
        ...(column.affected ? [{ text: `${column.affected === 1 ? "1 keuze" : `${column.affected} keuzes`} na te lopen: het model is gewijzigd sinds u koos.`, href: choices, linkText: "Keuzes nalopen" }] : []),
        missing.length === 0
          ? { text: "Het raadsbesluit kan worden gemaakt: de tekst is compleet en de gegevens voor de besluitvorming zijn ingevuld.", href: `${base}/documenten`, linkText: "Documenten maken" }
          : { text: `Nog ${missing.length === 1 ? "1 punt" : `${missing.length} punten`} open voordat het raadsbesluit kan worden gemaakt.`, href: `${base}/documenten`, linkText: "Wat ontbreekt" },
        ...decisionDataMissing(db, row, municipality).map((fact) => ({ text: `Nog niet ingevuld: ${fact}.`, href: `${choices}/besluitvorming`, linkText: "Besluitvorming bijwerken" })),
      ]);
    }
  }
  return groups;
}
