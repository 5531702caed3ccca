import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { ACTION_LABELS, ACTIONS, can } from "../policy.server";
import { ROLE_LABELS } from "../labels";
import type { Role } from "../../db/schema";
import { listModels } from "../../db/queries/models";
import { tasksFor } from "../tasks.server";
import { organisationOf } from "../labels";

export const meta: MetaFunction = () => [{ title: "Wat vraagt nu uw aandacht · Modelwerk" }];

const ROLE_INTRO: Record<Role, string> = {
  redactie: "U houdt de pen: u schrijft de modelverordening, zet versies vast, richt de fasen in en beheert de accounts van de regio.",
  werkgroep: "U schrijft als lid van de werkgroep mee aan de artikelen van de modelverordening en beantwoordt reacties.",
  gemeente: "U vult de lokale keuzes van uw gemeente in en maakt de documenten voor college en raad.",
  raad: "U leest de modelverordening en de keuzes van uw gemeente, en geeft wensen en bedenkingen mee als een consultatieronde openstaat.",
  huurders: "U leest de modelverordening en reageert namens uw huurdersorganisatie als een consultatieronde voor u openstaat.",
  corporatie: "U leest de modelverordening en reageert namens uw woningcorporatie als een consultatieronde voor u openstaat.",
  provincie: "U leest de modelverordening, ziet het overzicht van lokale keuzes en reageert als een ronde voor de provincie openstaat.",
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  // What this role may do in its own scope, assuming a consultation round that is open to it.
  const scope = { regionId: user.regionId, municipalityId: user.municipalityId, phase: { open: true, commentingRoles: [user.role] } };
  return {
    name: user.name,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    organisation: organisationOf(user),
    tasks: await tasksFor(context.db, user),
    regionName: user.regionName,
    municipalityName: user.municipalityName,
    abilities: ACTIONS.filter((action) => can(user, action, scope)).map((action) => ACTION_LABELS[action]),
    canManageAccounts: can(user, "accounts.manage", scope),
    models: can(user, "model.read", scope) ? listModels(context.db, user.regionId).map((m) => ({ id: m.id, title: m.title })) : [],
    municipalitySlug: user.municipalitySlug,
    canEdit: can(user, "model.edit", scope),
    canViewMatrix: can(user, "matrix.view", scope),
    canImport: can(user, "models.import", scope),
  };
}

export default function Start() {
  const user = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack" data-role={user.role}>
      <Heading level={1}>Wat vraagt nu uw aandacht</Heading>
      <Paragraph>
        Welkom, {user.name}, {user.organisation}. U werkt in Modelwerk als {user.roleLabel.toLowerCase()} in de regio {user.regionName}.
      </Paragraph>
      {user.tasks.length === 0 && <Paragraph data-testid="geen-taken">Er vraagt nu niets uw aandacht.</Paragraph>}
      {user.tasks.map((group, i) => (
        <section key={group.heading} aria-labelledby={`taken-${i}`} className="mw-tasks" data-testid="taken">
          <Heading level={2} id={`taken-${i}`}>
            {group.heading}
          </Heading>
          <UnorderedList>
            {group.tasks.map((task) => (
              <UnorderedListItem key={task.href + task.linkText}>
                <Link href={task.href}>{task.linkText}</Link>: {task.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      ))}
      <details className="mw-abilities">
        <summary id="wat-u-kunt">Wat u kunt doen</summary>
        <section aria-labelledby="wat-u-kunt">
          <Paragraph>{ROLE_INTRO[user.role]}</Paragraph>
          <UnorderedList>
            {user.abilities.map((ability) => (
              <UnorderedListItem key={ability}>{ability}</UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      </details>
      <section aria-labelledby="snel-naar">
        <Heading level={2} id="snel-naar">
          Snel naar
        </Heading>
        <UnorderedList>
          {user.models.map((model) => (
            <UnorderedListItem key={model.id}>
              <Link href={`/modellen/${model.id}`}>{model.title}</Link>
              <ul>
                {user.canEdit && (
                  <li>
                    <Link href={`/modellen/${model.id}/bewerken`}>Samen bewerken</Link>
                  </li>
                )}
                {user.municipalitySlug && (
                  <>
                    <li>
                      <Link href={`/modellen/${model.id}/gemeenten/${user.municipalitySlug}`}>De lokale keuzes van {user.municipalityName}</Link>
                    </li>
                    <li>
                      <Link href={`/modellen/${model.id}/gemeenten/${user.municipalitySlug}/voorbeeld`}>De verordening van {user.municipalityName}</Link>
                    </li>
                  </>
                )}
                {user.canViewMatrix && (
                  <li>
                    <Link href={`/modellen/${model.id}/overzicht`}>Overzicht van alle lokale keuzes</Link>
                  </li>
                )}
              </ul>
            </UnorderedListItem>
          ))}
          {user.canImport && (
            <UnorderedListItem>
              <Link href="/modellen/nieuw">Nieuw model vanuit Word</Link>
            </UnorderedListItem>
          )}
          <UnorderedListItem>
            <Link href="/regio">De regio {user.regionName} en haar gemeenten</Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href="/monitor">Monitor evenwichtige verdeling</Link>
            {user.municipalitySlug && (
              <>
                {" · "}
                <Link href={`/monitor/gemeenten/${user.municipalitySlug}`}>de cijfers van {user.municipalityName}</Link>
              </>
            )}
          </UnorderedListItem>
          {user.canManageAccounts && (
            <UnorderedListItem>
              <Link href="/accounts">Accounts beheren</Link>
            </UnorderedListItem>
          )}
        </UnorderedList>
      </section>
    </div>
  );
}
