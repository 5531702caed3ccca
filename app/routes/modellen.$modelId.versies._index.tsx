import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { listVersions } from "../../db/queries/consultation";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { parseForm } from "../forms.server";
import { freezeVersion, VersionInput } from "../consultation/versions.server";
import { formatMoment } from "../consultation/labels";
import { TextField } from "../components/text-field";
import { modelChanged } from "../notifications/events.server";
import { mailContext } from "../notifications/notify.server";
import { SelectField } from "../components/select-field";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Versies · ${data?.title ?? "Modelverordening"} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = requireModel(context, user, params.modelId);
  const versions = listVersions(context.db, row.id);
  const frozen = versions.find((v) => String(v.id) === new URL(request.url).searchParams.get("vastgezet"));
  return {
    id: row.id,
    title: row.title,
    message: frozen ? `Versie “${frozen.name}” vastgezet.` : null,
    versions: versions.map((v) => ({ id: v.id, name: v.name, frozenBy: v.frozenByName ?? "onbekend", frozenAt: formatMoment(v.createdAt) })),
    canFreeze: can(user, "model.freezeVersion", { regionId: row.regionId }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = requireModel(context, user, params.modelId);
  requireAccess(user, "model.freezeVersion", { regionId: row.regionId });
  const form = parseForm(VersionInput, await request.formData());
  if (!form.ok) return data(form, { status: 400 });
  const versionId = freezeVersion(context.db, row, form.data.name, user.id);
  modelChanged(context.db, mailContext(context.config), row, form.data.name);
  // Redirect: no "?index" in the address, and a reload does not freeze a second version.
  return redirect(`/modellen/${row.id}/versies?vastgezet=${versionId}`);
}

export default function Versions() {
  const { id, title, message, versions, canFreeze } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const options = versions.map((v) => ({ value: String(v.id), label: v.name }));
  return (
    <div className="mw-stack">
      <Heading level={1}>Versies van {title}</Heading>
      <Paragraph>
        Een versie is de tekst zoals die op een moment is vastgezet. Hij verandert daarna nooit meer: een consultatieronde
        wijst naar één versie, en reacties blijven bij de bepaling waarop ze gegeven zijn. <Link href={`/modellen/${id}/fasen`}>Naar de fasen</Link>
      </Paragraph>
      {message && (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      {canFreeze && (
        <section aria-labelledby="vastzetten" className="mw-form">
          <Heading level={2} id="vastzetten">
            Huidige tekst vastzetten
          </Heading>
          <Form method="post" className="mw-stack" noValidate>
            <TextField name="name" label="Naam van de versie" description="Bijvoorbeeld “Consultatieversie september 2025”." state={result} required />
            <Button type="submit" purpose="primary">
              Versie vastzetten
            </Button>
          </Form>
        </section>
      )}
      <section aria-labelledby="alle-versies">
        <Heading level={2} id="alle-versies">
          Vastgezette versies
        </Heading>
        {versions.length === 0 ? (
          <Paragraph>Er is nog geen versie vastgezet.</Paragraph>
        ) : (
          <Table>
            <TableCaption className="mw-visually-hidden">Vastgezette versies, nieuwste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Vastgezet door</TableHeaderCell>
                <TableHeaderCell scope="col">Op</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>{v.name}</TableCell>
                  <TableCell>{v.frozenBy}</TableCell>
                  <TableCell>{v.frozenAt}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      {versions.length >= 2 && (
        <section aria-labelledby="vergelijken" className="mw-form">
          <Heading level={2} id="vergelijken">
            Twee versies vergelijken
          </Heading>
          <Form method="get" action={`/modellen/${id}/versies/vergelijken`} className="mw-stack">
            <SelectField name="van" label="Van versie" options={options} state={{ values: { van: options[1]!.value } }} />
            <SelectField name="naar" label="Naar versie" options={options} state={{ values: { naar: options[0]!.value } }} />
            <Button type="submit" purpose="secondary">
              Vergelijken
            </Button>
          </Form>
        </section>
      )}
    </div>
  );
}
