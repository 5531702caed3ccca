import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { z } from "zod";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { formValues, parseForm } from "../forms.server";
import { changeAccountRole, inviteAccount, issueResetLink, NewAccountInput, passwordLink, RoleChangeInput, setAccountActive } from "../accounts.server";
import { ROLE_LABELS } from "../labels";
import { listMunicipalities } from "../../db/queries/regions";
import { getAccount, listAccounts } from "../../db/queries/users";
import { mailPasswordLink } from "../mail/account-links.server";
import { ROLES } from "../../db/schema";
import { TextField } from "../components/text-field";
import { SelectField } from "../components/select-field";
import type { FieldState } from "../components/text-field";

export const meta: MetaFunction = () => [{ title: "Accounts · Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "accounts.manage", { regionId: user.regionId });
  return {
    selfId: user.id,
    regionName: user.regionName,
    accounts: listAccounts(context.db, user.regionId).map((a) => ({
      id: a.id,
      name: a.name,
      email: a.email,
      organisation: a.organisation,
      role: a.role,
      municipalitySlug: a.municipalitySlug ?? "",
      roleLabel: ROLE_LABELS[a.role],
      municipalityName: a.municipalityName,
      active: a.active,
      hasPassword: a.hasPassword,
    })),
    roles: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
    municipalities: listMunicipalities(context.db, user.regionId).map((m) => ({ value: m.slug, label: m.name })),
  };
}

const AccountAction = z.object({ userId: z.coerce.number().int().positive() });

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "accounts.manage", { regionId: user.regionId });
  const formData = await request.formData();
  const intent = formData.get("intent");
  const origin = new URL(request.url).origin;

  if (intent === "invite") {
    const form = parseForm(NewAccountInput, formData);
    if (!form.ok) return data({ intent, errors: form.errors, values: form.values, link: null, message: null }, { status: 400 });
    const result = inviteAccount(context.db, user.regionId, form.data, user.id);
    if (!result.ok) return data({ intent, errors: result.errors, values: Object.fromEntries(formData) as Record<string, string>, link: null, message: null }, { status: 400 });
    // A new key empties the invite form after a success.
    const done = { intent, errors: {}, values: {}, formKey: result.userId };
    if (mailPasswordLink(context.db, context.config, form.data, result.token, "invite"))
      return { ...done, link: null, message: `Uitnodiging voor ${form.data.name} verstuurd naar ${form.data.email}.` };
    return { ...done, link: passwordLink(origin, result.token), message: `Uitnodiging voor ${form.data.name} gemaakt.` };
  }

  if (intent === "role") {
    const form = parseForm(RoleChangeInput, formData);
    const target = Number(formData.get("userId")) || null;
    const changed = form.ok ? changeAccountRole(context.db, user.regionId, form.data, user.id) : form;
    if (!changed.ok) return data({ intent, target, errors: changed.errors, values: formValues(formData), link: null, message: null }, { status: 400 });
    return { intent, target, errors: {}, values: {}, link: null, message: `Rol en gemeente van ${getAccount(context.db, target!)!.name} gewijzigd.` };
  }

  const target = parseForm(AccountAction, formData);
  if (!target.ok) throw new Response("Ongeldig verzoek", { status: 400 });
  const { userId } = target.data;
  if (intent === "reset") {
    const token = issueResetLink(context.db, user.regionId, userId, user.id);
    const account = getAccount(context.db, userId);
    if (!token || !account) throw new Response("Geen toegang", { status: 403 });
    if (mailPasswordLink(context.db, context.config, account, token, account.hasPassword ? "reset" : "invite"))
      return { intent, errors: {}, values: {}, link: null, message: `Herstellink verstuurd naar ${account.email}.` };
    return { intent, errors: {}, values: {}, link: passwordLink(origin, token), message: "Herstellink gemaakt." };
  }
  if (intent === "deactivate" || intent === "activate") {
    if (userId === user.id) return data({ intent, errors: {}, values: {}, link: null, message: "U kunt uw eigen account niet blokkeren." }, { status: 400 });
    if (!setAccountActive(context.db, user.regionId, userId, intent === "activate")) throw new Response("Geen toegang", { status: 403 });
    return { intent, errors: {}, values: {}, link: null, message: intent === "activate" ? "Account weer actief." : "Account geblokkeerd." };
  }
  throw new Response("Onbekende handeling", { status: 400 });
}

export default function Accounts() {
  const { accounts, municipalities, roles, regionName, selfId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const inviteState = result?.intent === "invite" ? result : undefined;
  return (
    <div className="mw-stack">
      <Heading level={1}>Accounts van regio {regionName}</Heading>
      <Paragraph>
        Wie rechtstreeks bewerkt en wie alleen voorstelt: <Link href="/accounts/schrijfwijze">Bewerken of voorstellen</Link>.
      </Paragraph>
      {result?.message && (
        <Alert type={result.link ? "ok" : "info"} role="status">
          <Paragraph>{result.message}</Paragraph>
          {result.link && (
            <>
              <Paragraph>
                Er is geen e-mail verstuurd. Geef deze link zelf door; hij werkt één keer en verloopt vanzelf:
              </Paragraph>
              <Paragraph>
                <code className="mw-copy-link" data-testid="account-link">
                  {result.link}
                </code>
              </Paragraph>
            </>
          )}
        </Alert>
      )}
      <section aria-labelledby="uitnodigen" className="mw-form">
        <Heading level={2} id="uitnodigen">
          Iemand uitnodigen
        </Heading>
        <Form method="post" className="mw-stack" noValidate key={result && "formKey" in result ? result.formKey : "new"}>
          <input type="hidden" name="intent" value="invite" />
          <TextField name="name" label="Naam" state={inviteState} required />
          <TextField name="email" label="E-mailadres" type="email" state={inviteState} required />
          <TextField name="organisation" label="Organisatie" state={inviteState} description="Leeg laten bij gemeente of raad: dan de naam van de gemeente." />
          <SelectField name="role" label="Rol" placeholder="Kies een rol" state={inviteState} options={roles} />
          <SelectField
            name="gemeente"
            label="Gemeente"
            placeholder="Geen (niet bij een gemeente)"
            description="Alleen bij de rollen Gemeente en Gemeenteraad."
            state={inviteState}
            options={municipalities}
          />
          <Button type="submit" purpose="primary">
            Uitnodiging maken
          </Button>
        </Form>
      </section>
      <section aria-labelledby="alle-accounts">
        <Heading level={2} id="alle-accounts">
          Alle accounts
        </Heading>
        <Table className="mw-reflow">
          <TableCaption className="mw-visually-hidden">Accounts van regio {regionName}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Acties</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {accounts.map((a) => (
              <TableRow key={a.id}>
                <TableCell id={`account-${a.id}`} className="mw-reflow__title">
                  {a.name}
                </TableCell>
                <TableCell data-label="E-mailadres">{a.email}</TableCell>
                <TableCell data-label="Rol">
                  {a.roleLabel}
                  {a.municipalityName ? ` ${a.municipalityName}` : ""}
                </TableCell>
                <TableCell data-label="Organisatie">{a.organisation}</TableCell>
                <TableCell data-label="Status">{!a.active ? "Geblokkeerd" : a.hasPassword ? "Actief" : "Uitgenodigd"}</TableCell>
                <TableCell>
                  <Form method="post" className="mw-inline-actions">
                    <input type="hidden" name="userId" value={a.id} />
                    <Button type="submit" name="intent" value="reset" purpose="secondary" aria-describedby={`account-${a.id}`}>
                      Herstellink
                    </Button>
                    {a.id !== selfId && (
                      <Button
                        type="submit"
                        name="intent"
                        value={a.active ? "deactivate" : "activate"}
                        purpose="subtle"
                        aria-describedby={`account-${a.id}`}
                      >
                        {a.active ? "Blokkeren" : "Activeren"}
                      </Button>
                    )}
                  </Form>
                  {a.id !== selfId && (
                    <RoleForm account={a} roles={roles} municipalities={municipalities} state={result && "target" in result && result.intent === "role" && result.target === a.id && Object.keys(result.errors).length ? result : undefined} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}

type AccountRow = ReturnType<typeof useLoaderData<typeof loader>>["accounts"][number];
type Options = { value: string; label: string }[];

/** Role and municipality of one account, folded away until needed; the server logs every change. */
function RoleForm({ account, roles, municipalities, state }: { account: AccountRow; roles: Options; municipalities: Options; state?: FieldState }) {
  const values = state?.values ?? { role: account.role, gemeente: account.municipalitySlug };
  return (
    <details className="mw-role-form" open={Boolean(state)}>
      <summary>
        Rol of gemeente wijzigen<span className="mw-visually-hidden"> van {account.name}</span>
      </summary>
      <Form method="post" className="mw-stack" noValidate>
        <input type="hidden" name="intent" value="role" />
        <input type="hidden" name="userId" value={account.id} />
        <SelectField name="role" label="Rol" options={roles} state={{ values, errors: state?.errors }} />
        <SelectField name="gemeente" label="Gemeente" placeholder="Geen (niet bij een gemeente)" options={municipalities} state={{ values, errors: state?.errors }} />
        <Button type="submit" purpose="secondary">
          Wijziging opslaan
        </Button>
      </Form>
    </details>
  );
}
