import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { listMunicipalities } from "../../db/queries/regions";
import { latestAdoptions } from "../../db/queries/adoptions";
import { versionNumber } from "../../db/queries/decisions";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { modelPageHtml } from "../resolved-cache.server";
import { can } from "../policy.server";
import { slotSummaries } from "../slot-summaries.server";
import { OrdinanceHtml } from "../components/ordinance-html";
import { SlotGuidance } from "../components/slot-guidance";
import { ChangesSinceVisit } from "../components/changes-since-visit";
import { sinceLastVisit } from "../visits.server";
import { markupOnly } from "../markup-only.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Modelverordening"} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const visit = sinceLastVisit(context.db, user.id, row, model);
  const redline = new URL(request.url).searchParams.has("wijzigingen");
  const adopted = latestAdoptions(context.db, row.id);
  return {
    id: row.id,
    visit: visit && { ...visit, diff: redline ? visit.diff : null },
    title: row.title,
    html: markupOnly(context, modelPageHtml(model)),
    slots: slotSummaries(model),
    municipalities: listMunicipalities(context.db, row.regionId).map((m) => {
      const inForce = adopted.get(m.id);
      return { slug: m.slug, name: m.name, inForceVersion: inForce ? versionNumber(context.db, row.id, inForce.versionId) : null };
    }),
    canEdit: can(user, "model.edit", { regionId: row.regionId }),
    canViewMatrix: can(user, "matrix.view", { regionId: row.regionId }),
    canGenerate:
      can(user, "documents.generateJoint", { regionId: row.regionId }) || can(user, "documents.generate", { regionId: row.regionId, municipalityId: user.municipalityId }),
  };
}

export default function ModelView() {
  const { id, title, visit, html, slots, municipalities, canEdit, canViewMatrix, canGenerate } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>{title}</Heading>
      <Paragraph>
        Zo leest de modelverordening op papier. Wat elke gemeente zelf invult staat tussen [haken]; varianten en optionele
        bepalingen staan in een kader. Kies het vraagteken voor de uitleg en het advies van de werkgroep.
      </Paragraph>
      <ul className="mw-chips" aria-label="Werken aan het model">
        <li>
          <Link href={`/modellen/${id}/fasen`}>Fasen en consultatie</Link>
        </li>
        <li>
          <Link href={`/modellen/${id}/proces`}>Proces per gemeente</Link>
        </li>
        <li>
          <Link href={`/modellen/${id}/bewerken`}>{canEdit ? "Samen bewerken" : "Werkversie (meelezen)"}</Link>
        </li>
        {canViewMatrix && (
          <li>
            <Link href={`/modellen/${id}/overzicht`}>Overzicht van alle lokale keuzes</Link>
          </li>
        )}
        {canGenerate && (
          <li>
            <Link href={`/modellen/${id}/documenten`}>Documenten</Link>
          </li>
        )}
      </ul>
      {visit && <ChangesSinceVisit {...visit} redlineHref={`/modellen/${id}?wijzigingen=1#sinds-bezoek`} />}
      <nav aria-labelledby="per-gemeente">
        <Heading level={2} id="per-gemeente">
          Per gemeente: lokale keuzes en eigen verordening
        </Heading>
        <ul className="mw-municipality-links">
          {municipalities.map((m) => (
            <li key={m.slug}>
              <Link href={`/modellen/${id}/gemeenten/${m.slug}`}>{m.name}</Link>{" "}
              <Link href={`/modellen/${id}/gemeenten/${m.slug}/voorbeeld`} aria-label={`Verordening van ${m.name}`}>
                (verordening)
              </Link>
              {m.inForceVersion !== null && (
                <>
                  {" "}
                  <Link href={`/modellen/${id}/gemeenten/${m.slug}/geldend`} aria-label={`Geldende tekst van ${m.name}, volgt modelversie ${m.inForceVersion}`}>
                    geldende tekst: modelversie {m.inForceVersion}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <div className="mw-split">
        <OrdinanceHtml html={html} label={title} />
        <SlotGuidance slots={slots} />
      </div>
    </div>
  );
}
