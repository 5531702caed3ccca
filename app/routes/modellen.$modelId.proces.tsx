import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { listPhases } from "../../db/queries/consultation";
import { formatDate } from "../../ordinance-model/index";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { ROLE_LABELS } from "../labels";
import { PHASE_STATUS_LABELS } from "../consultation/labels";
import { municipalityProgress } from "../process/facts.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Proces · ${data?.title ?? "Modelverordening"} · Modelwerk` }];

const NONE = "nog niet vastgelegd";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const phases = listPhases(context.db, row.id);
  // The current phase: the open one, else the first that is still planned.
  const current = phases.find((p) => p.status === "open") ?? phases.find((p) => p.status === "gepland");
  return {
    id: row.id,
    title: row.title,
    phases: phases.map((p) => ({
      id: p.id,
      position: p.position,
      name: p.name,
      status: PHASE_STATUS_LABELS[p.status],
      current: p.id === current?.id,
      period: [p.startsOn && `van ${formatDate(p.startsOn)}`, p.endsOn && `tot en met ${formatDate(p.endsOn)}`].filter(Boolean).join(" ") || "nog geen data",
      roles: p.commentingRoles.length ? p.commentingRoles.map((r) => ROLE_LABELS[r].toLowerCase()).join(", ") : "niemand",
    })),
    municipalities: (await municipalityProgress(context.db, row, model)).map((m) => ({
      ...m,
      gereedText: m.adoption
        ? `vastgesteld op ${formatDate(m.adoption.councilDate)} (besluit ${m.adoption.decisionNumber})`
        : m.gereed
          ? `gereed${m.pinnedVersion ? ` (versie “${m.pinnedVersion}”)` : ""}`
          : "concept",
      advice: m.advice.map(
        (a) => `${a.to}: ${[a.sentOn && `verstuurd ${formatDate(a.sentOn)}`, a.receivedOn && `advies ontvangen ${formatDate(a.receivedOn)}`].filter(Boolean).join(", ") || NONE}`,
      ),
      council: m.adoption ? formatDate(m.adoption.councilDate) : m.councilMeeting ? formatDate(m.councilMeeting) : NONE,
    })),
  };
}

export default function Process() {
  const { id, title, phases, municipalities } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Proces van de {title}</Heading>
      <Paragraph>
        Waar het traject staat: de acht fasen van de bestaande regels tot het besluit van elke raad, en per gemeente hoe ver zij is.{" "}
        <Link href={`/modellen/${id}/fasen`}>Fasen en consultatie</Link>
      </Paragraph>
      <section aria-labelledby="tijdlijn">
        <Heading level={2} id="tijdlijn">
          Fasen
        </Heading>
        <ol className="mw-timeline">
          {phases.map((p) => (
            <li key={p.id} className={p.current ? "mw-timeline__step mw-timeline__step--current" : "mw-timeline__step"} aria-current={p.current ? "step" : undefined}>
              <Link href={`/modellen/${id}/fasen/${p.id}`}>
                {p.position}. {p.name}
              </Link>
              {p.current && <strong> (huidige fase)</strong>}
              <p>
                {p.status}, {p.period}. Reageren: {p.roles}.
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="gemeenten">
        <Heading level={2} id="gemeenten">
          Gemeenten
        </Heading>
        <div className="mw-table-scroll">
          <Table className="mw-reflow">
            <TableCaption className="mw-visually-hidden">Voortgang per gemeente</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
                <TableHeaderCell scope="col">Keuzes</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Adviesaanvragen</TableHeaderCell>
                <TableHeaderCell scope="col">Raadsvergadering</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {municipalities.map((m) => (
                <TableRow key={m.slug}>
                  <TableHeaderCell scope="row">
                    <Link href={`/modellen/${id}/gemeenten/${m.slug}`}>{m.name}</Link>
                  </TableHeaderCell>
                  <TableCell data-label="Keuzes">
                    {m.made} van {m.total}
                  </TableCell>
                  <TableCell data-label="Status">
                    {m.adoption ? <Link href={`/modellen/${id}/gemeenten/${m.slug}/geldend`}>{m.gereedText}</Link> : m.gereedText}
                  </TableCell>
                  <TableCell data-label="Adviesaanvragen">
                    {m.advice.map((line) => (
                      <span key={line} className="mw-line">
                        {line}
                      </span>
                    ))}
                  </TableCell>
                  <TableCell data-label="Raadsvergadering">{m.council}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </div>
  );
}
