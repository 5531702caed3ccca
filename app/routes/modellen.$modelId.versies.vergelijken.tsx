import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { requireVersion, versionDiff, versionModel } from "../consultation/versions.server";
import { VersionDiffView } from "../components/version-diff-view";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? `${data.from} → ${data.to}` : "Versies vergelijken"} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const query = new URL(request.url).searchParams;
  const from = requireVersion(context, row, query.get("van"));
  const to = requireVersion(context, row, query.get("naar"));
  return { id: row.id, from: from.name, to: to.name, diff: versionDiff(versionModel(from), versionModel(to)) };
}

export default function CompareVersions() {
  const { id, from, to, diff } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>
        Van “{from}” naar “{to}”
      </Heading>
      <Paragraph>
        Per artikel wat er veranderde: <del>geschrapte woorden</del> en <ins>toegevoegde woorden</ins>. Artikelen worden gevolgd
        op wie ze zijn, niet op hun nummer, dus een verplaatst artikel staat als verplaatst. <Link href={`/modellen/${id}/versies`}>Terug naar de versies</Link>
      </Paragraph>
      <VersionDiffView diff={diff} />
    </div>
  );
}
