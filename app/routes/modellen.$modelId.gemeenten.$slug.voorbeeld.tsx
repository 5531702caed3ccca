import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { requireUser } from "../session.server";
import { requireModel, requireMunicipality } from "../models.server";
import { municipalPage } from "../resolved-cache.server";
import { OrdinanceHtml } from "../components/ordinance-html";
import { LintReport } from "../components/lint-report";
import { markupOnly } from "../markup-only.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Verordening ${data?.municipality ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  const { html, errors } = await municipalPage(context.db, row, model, municipality, 2);
  return {
    modelId: row.id,
    modelTitle: row.title,
    municipality: municipality.name,
    html: markupOnly(context, html),
    errors: errors.map((e) => ({ place: e.place, message: e.message, nodeId: e.nodeId })),
  };
}

export default function MunicipalityPreview() {
  const { modelId, modelTitle, municipality, html, errors } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Verordening van {municipality}</Heading>
      <Paragraph>
        Gemaakt uit de {modelTitle} met de keuzes van {municipality}; waar {municipality} nog niets koos, geldt de regionale
        standaard. <Link href={`/modellen/${modelId}`}>Naar de modelverordening</Link>
      </Paragraph>
      <LintReport errors={errors} />
      <OrdinanceHtml html={html} label={`Verordening van ${municipality}`} />
    </div>
  );
}
