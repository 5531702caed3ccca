import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { ROLE_LABELS } from "../labels";
import { getAccount, listAccounts } from "../../db/queries/users";
import { BUILT_IN_EDITING_MODE, regionEditingModes, setAccountEditingMode, setRoleEditingMode } from "../../db/queries/editing-modes";
import { EDITING_MODES, type EditingMode, type Role } from "../../db/schema";

// Bewerken or Voorstellen (issue 17, decision 060): the redactie sets the werkgroep's default in the region and, per
// account, an exception. Plain forms: it works without JavaScript.

export const meta: MetaFunction = () => [{ title: "Bewerken of voorstellen · Accounts · Modelwerk" }];

const MODE_LABELS: Record<EditingMode, string> = { edit: "Bewerken", suggest: "Voorstellen" };
/** The roles that write in the model; only theirs have a mode. */
const WRITING_ROLES: readonly Role[] = ["werkgroep", "redactie"];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "accounts.manage", { regionId: user.regionId });
  const { byRole, byAccount } = regionEditingModes(context.db, user.regionId);
  return {
    werkgroepDefault: byRole.get("werkgroep") ?? BUILT_IN_EDITING_MODE,
    accounts: listAccounts(context.db, user.regionId)
      .filter((a) => WRITING_ROLES.includes(a.role) && a.id !== user.id)
      .map((a) => ({ id: a.id, name: a.name, organisation: a.organisation, role: ROLE_LABELS[a.role], own: byAccount.get(a.id) ?? "" })),
  };
}

const isMode = (value: unknown): value is EditingMode => (EDITING_MODES as readonly unknown[]).includes(value);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "accounts.manage", { regionId: user.regionId });
  const form = await request.formData();
  const mode = form.get("mode");
  if (form.get("intent") === "role") {
    if (!isMode(mode)) return data({ message: "Kies Bewerken of Voorstellen." }, { status: 400 });
    setRoleEditingMode(context.db, user.regionId, "werkgroep", mode);
    return { message: `De werkgroep ${mode === "edit" ? "bewerkt" : "doet voorstellen"}, tenzij per account anders ingesteld.` };
  }
  const account = getAccount(context.db, Number(form.get("userId")));
  if (!account || account.regionId !== user.regionId || !WRITING_ROLES.includes(account.role)) throw new Response("Geen toegang", { status: 403 });
  if (mode !== "" && !isMode(mode)) return data({ message: "Kies Bewerken, Voorstellen of de standaard van de rol." }, { status: 400 });
  setAccountEditingMode(context.db, account.id, mode === "" ? null : mode, user.id);
  return { message: `${account.name}: ${mode === "" ? "de standaard van de rol" : MODE_LABELS[mode as EditingMode]}.` };
}

export default function EditingModes() {
  const { werkgroepDefault, accounts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Bewerken of voorstellen</Heading>
      <Paragraph>
        Wie <strong>bewerkt</strong>, schrijft rechtstreeks in de werkversie. Wie <strong>voorstelt</strong>, doet voorstellen tot wijziging die de
        redactie aanvaardt of afwijst. De server houdt zich hieraan, ook als iemand het via een eigen programma probeert.
      </Paragraph>
      {result?.message && (
        <Alert type="info" role="status">
          {result.message}
        </Alert>
      )}
      <Form method="post" className="mw-stack">
        <input type="hidden" name="intent" value="role" />
        <label htmlFor="werkgroep-standaard">Standaard voor de werkgroep</label>
        <select id="werkgroep-standaard" name="mode" defaultValue={werkgroepDefault}>
          {EDITING_MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABELS[m]}
            </option>
          ))}
        </select>
        <div>
          <Button type="submit">Standaard opslaan</Button>
        </div>
      </Form>
      <Table>
        <TableCaption>Per account</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Schrijfwijze</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {accounts.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                {a.name} ({a.organisation})
              </TableCell>
              <TableCell>{a.role}</TableCell>
              <TableCell>
                <Form method="post">
                  <input type="hidden" name="userId" value={a.id} />
                  <label htmlFor={`modus-${a.id}`} className="mw-visually-hidden">
                    Schrijfwijze van {a.name}
                  </label>
                  <select id={`modus-${a.id}`} name="mode" defaultValue={a.own}>
                    <option value="">standaard van de rol</option>
                    {EDITING_MODES.map((m) => (
                      <option key={m} value={m}>
                        {MODE_LABELS[m]}
                      </option>
                    ))}
                  </select>{" "}
                  <Button type="submit" purpose="secondary" aria-label={`Schrijfwijze van ${a.name} opslaan`}>
                    Opslaan
                  </Button>
                </Form>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
