import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { documentsPage } from "../documents/page.server";
import { BatchProgress } from "../components/batch-progress";
import { ChangesForm, DocumentLinks } from "../components/document-links";
import { HouseStyleForm } from "../components/house-style-form";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Documenten ${data?.title ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = requireModel(context, user, params.modelId);
  const page = await documentsPage(context.db, user, row, model);
  if (!page.mayJoint && page.municipalities.length === 0) throw new Response("Geen toegang", { status: 403, statusText: "Forbidden" });
  return { id: row.id, title: row.title, ...page };
}

export default function Documents() {
  const { id, title, mayJoint, municipalities, kinds, phases, versions, fonts } = useLoaderData<typeof loader>();
  const perMunicipality = kinds.filter((k) => !k.regional && k.kind !== "wijzigingen");
  const jointKinds = kinds.filter((k) => k.kind.startsWith("adviesaanvraag") || k.kind === "model");
  return (
    <div className="mw-stack">
      <Heading level={1}>Documenten bij de {title}</Heading>
      <Paragraph>
        Word-documenten met de tekst van elke gemeente zoals op het scherm. Een document van een gemeente kan pas worden gemaakt als alle keuzes zijn
        ingevuld en de controle geen fouten meer vindt; staat er iets open, dan ziet u hieronder wat er nog ontbreekt.
      </Paragraph>
      {mayJoint && (
        <section aria-labelledby="alle-kop" className="mw-stack">
          <Heading level={2} id="alle-kop">
            Alle gemeenten en gezamenlijke documenten
          </Heading>
          <BatchProgress modelId={id} />
          <DocumentLinks modelId={id} label="Gezamenlijke documenten" links={jointKinds.map((k) => ({ kind: k.kind, label: k.regional ? k.label : `${k.label} (gezamenlijk, gemeenten die gereed zijn)` }))} />
          {phases.length > 0 ? (
            <DocumentLinks modelId={id} label="Nota's van beantwoording" links={phases.map((p) => ({ kind: "nota", label: `Nota van beantwoording ${p.name}`, query: { fase: String(p.id) } }))} />
          ) : (
            <Paragraph>Nota van beantwoording: er is nog geen fase.</Paragraph>
          )}
          <ChangesForm modelId={id} versions={versions} />
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
            {m.missing.length > 0 ? (
              <>
                <Paragraph>De documenten kunnen nog niet worden gemaakt. Dit ontbreekt nog:</Paragraph>
                <ul className="mw-document-missing">
                  {m.missing.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            ) : (
              <>
                <DocumentLinks modelId={id} label={`Documenten van ${m.name}`} links={perMunicipality.map((k) => ({ kind: k.kind, label: k.label, query: { gemeente: m.slug } }))} />
                <ChangesForm modelId={id} versions={versions} slug={m.slug} />
              </>
            )}
            <HouseStyleForm modelId={id} slug={m.slug} name={m.name} fonts={fonts} current={m.houseStyle} />
          </section>
        ))}
      </section>
    </div>
  );
}
