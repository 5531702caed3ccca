import { and, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { listChoiceRows } from "../../db/queries/choices";
import { listRecipients, recipientsById } from "../../db/queries/notifications";
import type { PhaseRow } from "../../db/queries/consultation";
import type { ModelRow } from "../../db/queries/models";
import { listMunicipalities } from "../../db/queries/regions";
import { comments, models, phases, ROLES } from "../../db/schema";
import { formatDate, formatList } from "../../ordinance-model/index";
import { ROLE_LABELS } from "../labels";
import { assess } from "../choices/assess.server";
import { currentModel } from "../models.server";
import { commentWindow, today } from "../consultation/phases.server";
import { notify, type MailContext } from "./notify.server";

// The events that tell people something needs them. Each chooses its recipients by what they may see, so a mail
// never reaches someone whose role may not open the item.

const DAY = 86_400_000;
const phaseLink = (phase: PhaseRow) => `/modellen/${phase.modelId}/fasen/${phase.id}`;

/** Whole days from today (in the Netherlands) to an ISO date: 0 on the day itself. */
export function daysUntil(iso: string, from = today()): number {
  return Math.round((Date.parse(iso) - Date.parse(from)) / DAY);
}

const until = (phase: PhaseRow) => (phase.endsOn ? ` tot en met ${formatDate(phase.endsOn)}` : "");

/** A phase that accepts comments now: everyone of its commenting roles hears of it (once per phase). */
export function phaseOpened(db: Db, mail: MailContext, row: ModelRow, phase: PhaseRow): number {
  if (!commentWindow(phase).open) return 0;
  const roles = formatList(phase.commentingRoles.map((r) => ROLE_LABELS[r].toLowerCase()));
  return notify(db, mail, listRecipients(db, row.regionId, phase.commentingRoles), {
    kind: "phase-opened",
    eventKey: `phase-opened:${phase.id}`,
    subject: `Reageren kan: ${phase.name}`,
    body: `De consultatieronde “${phase.name}” van de ${row.title} staat open voor reacties van ${roles}${until(phase)}.`,
    link: phaseLink(phase),
  });
}

/** Open phases that end within three days; run by the background sender, idempotent per phase and end date. */
export function phasesClosing(db: Db, mail: MailContext, on = today()): number {
  const last = new Date(Date.parse(on) + 3 * DAY).toISOString().slice(0, 10);
  const rows = db
    .select({ phase: phases, model: models })
    .from(phases)
    .innerJoin(models, eq(models.id, phases.modelId))
    .where(and(eq(phases.status, "open"), gte(phases.endsOn, on), lte(phases.endsOn, last)))
    .all();
  let count = 0;
  for (const { phase, model } of rows) {
    if (!commentWindow(phase).open) continue;
    const days = daysUntil(phase.endsOn!, on);
    count += notify(db, mail, listRecipients(db, model.regionId, phase.commentingRoles), {
      kind: "phase-closing",
      eventKey: `phase-closing:${phase.id}:${phase.endsOn}`,
      subject: `Nog ${days === 1 ? "1 dag" : `${days} dagen`} om te reageren: ${phase.name}`,
      body: `De consultatieronde “${phase.name}” van de ${model.title} sluit op ${formatDate(phase.endsOn!)}. Reageren kan tot en met die dag.`,
      link: phaseLink(phase),
    });
  }
  return count;
}

/** The authors of the comments whose answers were just published. */
export function answersPublished(db: Db, mail: MailContext, row: ModelRow, phase: PhaseRow, commentIds: readonly number[], at: Date): number {
  if (commentIds.length === 0) return 0;
  const authors = db.selectDistinct({ id: comments.authorId }).from(comments).where(inArray(comments.id, [...commentIds])).all();
  return notify(db, mail, recipientsById(db, authors.map((a) => a.id)), {
    kind: "answers-published",
    eventKey: `answers-published:${phase.id}:${at.getTime()}`,
    subject: `Uw reactie is beantwoord: ${phase.name}`,
    body: `De redactie heeft de antwoorden op reacties in “${phase.name}” van de ${row.title} gepubliceerd, ook op een reactie van u.`,
    link: `/modellen/${row.id}/fasen/reacties?fase=${phase.id}&mijn=1`,
  });
}

/** People named as "@Voornaam Achternaam" in a reply, if they may see the thread. */
export function mentioned(db: Db, mail: MailContext, row: ModelRow, phase: PhaseRow, replyId: number, body: string, mayRead: (userId: number) => boolean): number {
  const text = body.toLowerCase();
  const named = listRecipients(db, row.regionId, ROLES).filter(
    (u) => text.includes(`@${u.name.toLowerCase()}`) && mayRead(u.id),
  );
  return notify(db, mail, named, {
    kind: "mentioned",
    eventKey: `mentioned:${replyId}`,
    subject: `U wordt genoemd in een antwoord: ${phase.name}`,
    body: `In de consultatieronde “${phase.name}” van de ${row.title} wordt u genoemd in een antwoord.`,
    link: phaseLink(phase),
  });
}

/** After a version is frozen: the staff of each municipality whose stored choices the model has since affected. */
export function modelChanged(db: Db, mail: MailContext, row: ModelRow, versionName: string): number {
  const model = currentModel(db, row);
  let count = 0;
  for (const m of listMunicipalities(db, row.regionId)) {
    const impacts = assess(model, listChoiceRows(db, row.id, m.id)).impacts;
    if (impacts.length === 0) continue;
    count += notify(db, mail, listRecipients(db, row.regionId, ["gemeente"], m.id), {
      kind: "model-changed",
      eventKey: `model-changed:${row.id}:${m.id}:${impacts.map((i) => `${i.key}=${i.kind}`).sort().join(",")}`,
      subject: `Keuzes van ${m.name} nalopen: de modelverordening is gewijzigd`,
      body: `Bij de versie “${versionName}” van de ${row.title} is het model gewijzigd op ${impacts.length === 1 ? "1 punt" : `${impacts.length} punten`} waar ${m.name} al koos: ${formatList(impacts.map((i) => i.label))}.`,
      link: `/modellen/${row.id}/gemeenten/${m.slug}`,
    });
  }
  return count;
}

/** A version marked definitive for decision-making: the staff of every municipality, who make their choices gereed against it. */
export function definitiveVersion(db: Db, mail: MailContext, row: ModelRow, version: { id: number; name: string }): number {
  return notify(db, mail, listRecipients(db, row.regionId, ["gemeente"]), {
    kind: "definitive-version",
    eventKey: `definitive-version:${version.id}`,
    subject: `Definitieve versie: ${version.name}`,
    body: `De redactie heeft “${version.name}” van de ${row.title} definitief gemaakt voor besluitvorming. Keuzes die gereed zijn, gelden tegen een definitieve versie.`,
    link: `/modellen/${row.id}/versies`,
  });
}
