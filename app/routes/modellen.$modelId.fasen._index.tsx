import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert } from "@utrecht/component-library-react";
import { listPhases, listVersions, updatePhase } from "../../db/queries/consultation";
import { PHASE_STATUSES, ROLES } from "../../db/schema";
import { formatDate } from "../../ordinance-model/index";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { ROLE_LABELS } from "../labels";
import { commentWindow, parsePhaseForm, requirePhase } from "../consultation/phases.server";
import { PHASE_STATUS_LABELS } from "../consultation/labels";
import { PhaseForm } from "../components/phase-form";
import { phaseOpened } from "../notifications/events.server";
import { mailContext } from "../notifications/notify.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Fasen en consultatie · ${data?.title ?? "Modelverordening"} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const versions = listVersions(context.db, row.id);
  const versionName = new Map(versions.map((v) => [v.id, v.name]));
  const phases = listPhases(context.db, row.id);
  const saved = phases.find((p) => String(p.id) === new URL(request.url).searchParams.get("opgeslagen"));
  return {
    id: row.id,
    message: saved ? `Fase “${saved.name}” opgeslagen.` : null,
    title: row.title,
    phases: phases.map((phase) => {
      const window = commentWindow(phase);
      return {
        ...phase,
        statusLabel: PHASE_STATUS_LABELS[phase.status],
        period: [phase.startsOn && `van ${formatDate(phase.startsOn)}`, phase.endsOn && `tot en met ${formatDate(phase.endsOn)}`].filter(Boolean).join(" ") || "geen data vastgelegd",
        roleLabels: phase.commentingRoles.map((r) => ROLE_LABELS[r]),
        versionName: phase.versionId === null ? null : (versionName.get(phase.versionId) ?? null),
        accepting: window.open,
      };
    }),
    canManage: can(user, "phase.manage", { regionId: row.regionId }),
    statuses: PHASE_STATUSES.map((s) => ({ value: s, label: PHASE_STATUS_LABELS[s] })),
    roles: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
    versions: versions.map((v) => ({ value: String(v.id), label: v.name })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  requireAccess(user, "phase.manage", { regionId: row.regionId });
  const formData = await request.formData();
  const phase = requirePhase(context, row, String(formData.get("phaseId")));
  const form = parsePhaseForm(context, row, formData);
  if (!form.ok) return data({ phaseId: phase.id, errors: form.errors, values: form.values }, { status: 400 });
  updatePhase(context.db, phase.id, form.data);
  phaseOpened(context.db, mailContext(context.config), row, requirePhase(context, row, String(phase.id)));
  // Redirect, so the address loses the "?index" a form in an index route posts to, and a reload does not post again.
  return redirect(`/modellen/${row.id}/fasen?opgeslagen=${phase.id}#fase-${phase.id}`);
}

export default function Phases() {
  const { id, title, message, phases, canManage, statuses, roles, versions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Fasen en consultatie</Heading>
      <Paragraph>
        Het proces van {title}: van de bestaande regels tot de besluitvorming in elke raad. In een open fase kunnen de genoemde
        rollen reageren op de tekst van de versie die in consultatie is.
      </Paragraph>
      <ul className="mw-chips" aria-label="Consultatie">
        <li>
          <Link href={`/modellen/${id}/fasen/reacties`}>Overzicht van alle reacties</Link>
        </li>
        <li>
          <Link href={`/modellen/${id}/versies`}>Versies van de tekst</Link>
        </li>
      </ul>
      {message && (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <ol className="mw-phases">
        {phases.map((phase) => (
          <li key={phase.id} className="mw-phase">
            <section aria-labelledby={`fase-${phase.id}`}>
              <Heading level={2} id={`fase-${phase.id}`}>
                {phase.position}. {phase.name}
              </Heading>
              {phase.description && <Paragraph>{phase.description}</Paragraph>}
              <dl className="mw-phase__facts">
                <dt>Status</dt>
                <dd data-testid={`status-${phase.id}`}>{phase.statusLabel}</dd>
                <dt>Periode</dt>
                <dd>{phase.period}</dd>
                <dt>Reageren</dt>
                <dd>{phase.roleLabels.length ? phase.roleLabels.join(", ") : "niemand"}{phase.commentsVisibleToAll ? "" : "; ieder ziet alleen de eigen reacties"}</dd>
                <dt>Versie</dt>
                <dd>{phase.versionName ?? "nog geen versie"}</dd>
              </dl>
              <Paragraph>
                <Link href={`/modellen/${id}/fasen/${phase.id}`}>
                  {phase.accepting ? "Tekst lezen en reageren" : "Tekst en reacties"}
                  <span className="mw-visually-hidden">: {phase.name}</span>
                </Link>
              </Paragraph>
              {canManage && (
                <details className="mw-phase__edit" open={result?.phaseId === phase.id && Object.keys(result.errors).length > 0}>
                  <summary>Fase “{phase.name}” bewerken</summary>
                  <PhaseForm phase={phase} state={result?.phaseId === phase.id ? result : undefined} statuses={statuses} roles={roles} versions={versions} />
                </details>
              )}
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
