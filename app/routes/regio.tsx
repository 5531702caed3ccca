import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { getRegion, listMunicipalities } from "../../db/queries/regions";

export const meta: MetaFunction = () => [{ title: "Regio · Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "region.view", { regionId: user.regionId });
  const region = getRegion(context.db, user.regionId)!;
  return { region, municipalities: listMunicipalities(context.db, region.id) };
}

export default function RegionPage() {
  const { region, municipalities } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Regio {region.name}</Heading>
      <Paragraph>
        In de regio {region.name} (provincie {region.province}) schrijven de gemeenten, de provincie en de woningcorporaties samen één
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
              <UnorderedListItem key={m.id}>{m.name}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </div>
  );
}
