import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { formatDate, renderHtml } from "../../ordinance-model/index";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { can } from "../policy.server";
import { notFound } from "../access.server";
import { adoptedTexts, type Adoption } from "../adoption/adopted.server";
import { adoptedByWords, ADOPTION_DOCUMENTS, amendmentsWithPlaces } from "../adoption/documents.server";
import { versionLabel } from "../documents/basis.server";
import { latestDefinitiveVersion } from "../../db/queries/decisions";
import { ENTRY_SLOT } from "../documents/generate.server";
import { OrdinanceHtml } from "../components/ordinance-html";
import { markupOnly } from "../markup-only.server";

// De geldende tekst of a municipality: the text its council adopted last, with its date, the decision, the model
// version it follows and the amendments; the earlier adopted texts and their raadsbesluiten, each readable and
// downloadable. Public law: every role reads it (adoption.read).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Geldende tekst ${data?.municipality.name ?? ""} · Modelwerk` }];

const html = new WeakMap<Adoption, string>();
const htmlOf = (a: Adoption) => html.get(a) ?? (html.set(a, renderHtml(a.resolved, { headingLevel: 3 })), html.get(a)!);

function entryIntoForce(a: Adoption): string | null {
  const value = a.resolved.values.get(ENTRY_SLOT);
  return typeof value === "string" ? formatDate(value) : null;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "adoption.read", { regionId: row.regionId, municipalityId: municipality.id });
  const url = new URL(request.url);
  const all = adoptedTexts(context.db, row.id, municipality);
  const wanted = url.searchParams.get("vaststelling");
  const shown = wanted === null ? all.at(-1) : all.find((a) => String(a.id) === wanted);
  if (wanted !== null && !shown) throw notFound();
  const base = `/modellen/${row.id}/gemeenten/${municipality.slug}/geldend`;
  // A newer definitive version than the text in force follows: the municipality's draft amending ordinance.
  const latest = latestDefinitiveVersion(context.db, row.id);
  const newer = shown && shown === all.at(-1) && latest && latest.number > shown.version.number && can(user, "documents.generate", { regionId: row.regionId, municipalityId: municipality.id });
  const downloads = (a: Adoption) => Object.entries(ADOPTION_DOCUMENTS).map(([kind, label]) => ({ label, href: `${base}/download?vaststelling=${a.id}&soort=${kind}` }));
  return {
    modelId: row.id,
    municipality: { name: municipality.name, slug: municipality.slug },
    recorded: url.searchParams.has("vastgelegd"),
    amendment: newer ? { href: `${base}/wijziging`, version: latest.number } : null,
    canRecord: can(user, "adoption.record", { regionId: row.regionId, municipalityId: municipality.id }),
    shown: shown && {
      inForce: shown === all.at(-1),
      adoptedBy: adoptedByWords(shown),
      entryIntoForce: entryIntoForce(shown),
      version: versionLabel(shown.version),
      amendments: amendmentsWithPlaces(shown),
      downloads: downloads(shown),
      stop: `/modellen/${row.id}/gemeenten/${municipality.slug}/stop.xml?vaststelling=${shown.id}`,
      html: markupOnly(context, htmlOf(shown)),
      title: shown.resolved.doc.firstChild!.textContent,
    },
    history: all
      .map((a, i) => ({
        id: a.id,
        href: `${base}?vaststelling=${a.id}`,
        councilDate: formatDate(a.councilDate),
        decisionNumber: a.decisionNumber,
        version: `modelversie ${a.version.number}`,
        amendments: a.amendments.length,
        status: i === all.length - 1 ? "geldend" : "vervallen",
        current: a === shown,
        downloads: downloads(a),
      }))
      .reverse(),
  };
}

export default function GeldendeTekst() {
  const { modelId, municipality, recorded, amendment, canRecord, shown, history } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Geldende tekst van {municipality.name}</Heading>
      {recorded && (
        <Alert type="ok" role="status">
          <Paragraph>De vaststelling is vastgelegd. De vastgestelde tekst staat hieronder en verandert niet meer.</Paragraph>
        </Alert>
      )}
      {!shown ? (
        <Paragraph>
          De raad van {municipality.name} heeft de verordening nog niet vastgesteld.
          {canRecord && (
            <>
              {" "}
              <Link href={`/modellen/${modelId}/gemeenten/${municipality.slug}/vaststelling`}>Vaststelling vastleggen</Link>
            </>
          )}
        </Paragraph>
      ) : (
        <>
          <section aria-labelledby="tekst-kop" className="mw-stack">
            <Heading level={2} id="tekst-kop">
              {shown.inForce ? "Geldende tekst" : "Eerder vastgestelde tekst (vervallen)"}
            </Heading>
            <Paragraph>
              {shown.title}. {shown.adoptedBy}
              {shown.entryIntoForce && ` Inwerkingtreding: ${shown.entryIntoForce}.`} Volgt {shown.version.replace(/^M/, "m")}.
            </Paragraph>
            {amendment && (
              <Alert type="info">
                <Paragraph>
                  Er is een nieuwere definitieve versie van het model (modelversie {amendment.version}).{" "}
                  <Link href={amendment.href}>Ontwerp-wijzigingsverordening bekijken</Link>
                </Paragraph>
              </Alert>
            )}
            {shown.amendments.length > 0 && (
              <>
                <Heading level={3}>Aangenomen amendementen</Heading>
                <ul>
                  {shown.amendments.map((a) => (
                    <li key={a.number}>
                      Amendement {a.number}: “{a.title}”, wijzigt {a.places.join(", ")}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <ul className="mw-chips" aria-label="Downloaden">
              {shown.downloads.map((d) => (
                <li key={d.href}>
                  <Link href={d.href}>{d.label} (Word)</Link>
                </li>
              ))}
              <li>
                <Link href={shown.stop}>Besluit en verordening als STOP-XML, voor publicatie</Link>
              </li>
            </ul>
            <OrdinanceHtml html={shown.html} label={shown.title} />
          </section>
          <section aria-labelledby="geschiedenis-kop" className="mw-stack">
            <Heading level={2} id="geschiedenis-kop">
              Vastgestelde versies
            </Heading>
            <div className="mw-table-scroll">
              <Table className="mw-reflow">
                <TableCaption className="mw-visually-hidden">Vastgestelde versies van de verordening, nieuwste eerst</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Vastgesteld op</TableHeaderCell>
                    <TableHeaderCell scope="col">Besluit</TableHeaderCell>
                    <TableHeaderCell scope="col">Volgt</TableHeaderCell>
                    <TableHeaderCell scope="col">Amendementen</TableHeaderCell>
                    <TableHeaderCell scope="col">Status</TableHeaderCell>
                    <TableHeaderCell scope="col">Documenten</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {history.map((h) => (
                    <TableRow key={h.id}>
                      <TableHeaderCell scope="row">
                        {h.current ? (
                          h.councilDate
                        ) : (
                          <Link href={h.href} aria-label={`Tekst vastgesteld op ${h.councilDate} lezen`}>
                            {h.councilDate}
                          </Link>
                        )}
                      </TableHeaderCell>
                      <TableCell data-label="Besluit">{h.decisionNumber}</TableCell>
                      <TableCell data-label="Volgt">{h.version}</TableCell>
                      <TableCell data-label="Amendementen">{h.amendments}</TableCell>
                      <TableCell data-label="Status">{h.status}</TableCell>
                      <TableCell data-label="Documenten">
                        {h.downloads.map((d) => (
                          <span key={d.href} className="mw-line">
                            <Link href={d.href} aria-label={`${d.label} van ${h.councilDate} downloaden (Word)`}>
                              {d.label}
                            </Link>
                          </span>
                        ))}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
