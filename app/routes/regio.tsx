import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { getRegion, listMunicipalities } from "../../db/queries/regions";
import { listMunicipalityYears } from "../../db/queries/monitor";
import { can } from "../policy.server";
import { Link } from "@nl-design-system-candidate/link-react";

export const meta: MetaFunction = () => [{ title: "Regio · Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "region.view", { regionId: user.regionId });
  const region = getRegion(context.db, user.regionId)!;
  const years = listMunicipalityYears(context.db, region.id);
  const municipalities = listMunicipalities(context.db, region.id).map((m) => {
    const latest = years.get(m.id)?.at(-1);
    return { id: m.id, slug: m.slug, name: m.name, cbsCode: m.cbsCode, note: m.note, latest: latest ?? null };
  });
  const saved = new URL(request.url).searchParams.get("opgeslagen");
  return { region, municipalities, mayManage: can(user, "municipalities.manage", { regionId: region.id }), saved: municipalities.find((m) => m.slug === saved)?.name ?? null };
}

export default function RegionPage() {
  const { region, municipalities, mayManage, saved } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Regio {region.name}</Heading>
      {saved && (
        <Alert type="ok" role="status">
          <Paragraph>De gegevens van {saved} zijn opgeslagen.</Paragraph>
        </Alert>
      )}
      <Paragraph>
        In de regio {region.name}
        {region.province && ` (provincie ${region.province})`} schrijven de gemeenten, de provincie en de woningcorporaties samen één
        modelverordening. Elke gemeenteraad stelt daarna zijn eigen verordening vast, met zo min mogelijk lokale verschillen.
      </Paragraph>
      <section aria-labelledby="gemeenten">
        <Heading level={2} id="gemeenten">
          Gemeenten ({municipalities.length})
        </Heading>
        {municipalities.length === 0 ? (
          <Paragraph>Er zijn in deze regio nog geen gemeenten aangesloten.</Paragraph>
        ) : (
          <UnorderedList>
            {municipalities.map((m) => (
              <UnorderedListItem key={m.id}>
                {m.name}
                {m.cbsCode && ` (${m.cbsCode})`}
                {m.latest && ` · ${m.latest.year}: ${m.latest.households ?? "?"} huishoudens, ${m.latest.socialRentalStock ?? "?"} sociale huurwoningen`}
                {mayManage && (
                  <>
                    {" · "}
                    <Link href={`/regio/gemeenten/${m.slug}`} aria-label={`Gegevens van ${m.name} bewerken`}>
                      gegevens bewerken
                    </Link>
                  </>
                )}
                {m.note && <div className="mw-matrix__place">{m.note}</div>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </div>
  );
}
