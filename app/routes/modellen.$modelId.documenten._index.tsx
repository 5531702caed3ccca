import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { documentsPage } from "../documents/page.server";
import { BatchProgress } from "../components/batch-progress";
import { ChangesForm, DocumentLinks, downloadHref } from "../components/document-links";
import { HouseStyleForm } from "../components/house-style-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Documenten ${data?.title ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const page = await documentsPage(context.db, user, row, model);
  if (!page.mayJoint && page.municipalities.length === 0) throw new Response("Geen toegang", { status: 403, statusText: "Forbidden" });
  return { id: row.id, title: row.title, ...page };
}

export default function Documents() {
  const { id, title, mayJoint, pendingSuggestions, definitive, municipalities, kinds, phases, versions, fonts } = useLoaderData<typeof loader>();
  const jointKinds = kinds.filter((k) => k.kind.startsWith("adviesaanvraag") || k.kind === "model");
  return (
    <div className="mw-stack">
      <Heading level={1}>Documenten bij de {title}</Heading>
      <Paragraph>
        Word-documenten met de tekst van elke gemeente. Een gemeente die gereed is voor besluitvorming krijgt haar documenten uit de definitieve versie
        waarop zij is vastgezet; een gemeente die nog niet gereed is krijgt een concept uit de laatste definitieve versie. Ontbreekt er iets, dan ziet u per
        document wat.
      </Paragraph>
      {definitive ? (
        <Paragraph data-testid="definitieve-versie">Definitief voor besluitvorming: {definitive}.</Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph data-testid="definitieve-versie">
            Er is nog geen definitieve versie voor besluitvorming. U kunt de actuele tekst bekijken en downloaden, maar elk document is dan gemarkeerd als
            “werkversie – niet voor besluitvorming”.
          </Paragraph>
        </Alert>
      )}
      {mayJoint && (
        <section aria-labelledby="alle-kop" className="mw-stack">
          <Heading level={2} id="alle-kop">
            Alle gemeenten en gezamenlijke documenten
          </Heading>
          <Paragraph>
            <Link href={`/modellen/${id}/raadsvoorstel`}>Regionale teksten van het raadsvoorstel</Link>
          </Paragraph>
          <BatchProgress modelId={id} />
          <DocumentLinks modelId={id} label="Gezamenlijke documenten" links={jointKinds.map((k) => ({ kind: k.kind, label: k.regional ? k.label : `${k.label} (gezamenlijk, gemeenten die gereed zijn)` }))} />
          {phases.length > 0 ? (
            <DocumentLinks modelId={id} label="Nota's van beantwoording" links={phases.map((p) => ({ kind: "nota", label: `Nota van beantwoording ${p.name}`, query: { fase: String(p.id) } }))} />
          ) : (
            <Paragraph>Nota van beantwoording: er is nog geen fase.</Paragraph>
          )}
          <ChangesForm modelId={id} versions={versions} />
          {pendingSuggestions > 0 && (
            <Paragraph>
              <Link href={`/modellen/${id}/voorstellen.docx`} download>
                Openstaande voorstellen tot wijziging in de werkversie ({pendingSuggestions}), als bijgehouden wijzigingen
              </Link>
            </Paragraph>
          )}
        </section>
      )}
      <section aria-labelledby="gemeenten-kop" className="mw-stack">
        <Heading level={2} id="gemeenten-kop">
          Per gemeente
        </Heading>
        {municipalities.map((m) => (
          <section key={m.slug} aria-labelledby={`gemeente-${m.slug}`} className="mw-document-municipality">
            <Heading level={3} id={`gemeente-${m.slug}`}>
              {m.name}
              {m.gereed ? " (gereed voor besluitvorming)" : ""}
            </Heading>
            <Paragraph data-testid={`basis-${m.slug}`}>
              Tekst: {m.basis.label}
              {m.basis.mark ? ` – ${m.basis.mark.toLowerCase()}` : ""}.
              {m.mayGenerate && (
                <>
                  {" "}
                  <Link href={`/modellen/${id}/gemeenten/${m.slug}/besluitvorming`}>Gegevens voor de besluitvorming</Link>
                  {m.gereed && (
                    <>
                      {" · "}
                      <Link href={`/modellen/${id}/gemeenten/${m.slug}/vaststelling`}>Vaststelling door de raad vastleggen</Link>
                    </>
                  )}
                </>
              )}
            </Paragraph>
            {m.documents.length > 0 && (
              <ul className="mw-document-links" aria-label={`Documenten van ${m.name}`}>
                {m.documents.map((d) => (
                  <li key={d.kind}>
                    {d.missing.length === 0 ? (
                      <Link href={downloadHref(id, d.kind, { gemeente: m.slug })} download>
                        {d.label} (.docx)
                      </Link>
                    ) : (
                      <>
                        {d.label}: kan nog niet worden gemaakt. Dit ontbreekt nog:
                        <ul className="mw-document-missing">
                          {d.missing.map((problem) => (
                            <li key={problem}>{problem}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <ChangesForm modelId={id} versions={versions} slug={m.slug} />
            {m.houseStyle && <HouseStyleForm modelId={id} slug={m.slug} name={m.name} fonts={fonts} current={m.houseStyle} />}
          </section>
        ))}
      </section>
    </div>
  );
}
