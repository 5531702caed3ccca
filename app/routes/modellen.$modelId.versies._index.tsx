import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { listVersions } from "../../db/queries/consultation";
import { definitiveVersionIds, markDefinitive } from "../../db/queries/decisions";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { parseForm } from "../forms.server";
import { FreezeRefused, freezeVersion, requireVersion, VersionInput } from "../consultation/versions.server";
import { formatMoment } from "../consultation/labels";
import { TextField } from "../components/text-field";
import { definitiveVersion, modelChanged } from "../notifications/events.server";
import { mailContext } from "../notifications/notify.server";
import { SelectField } from "../components/select-field";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Versies · ${data?.title ?? "Modelverordening"} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const versions = listVersions(context.db, row.id);
  const definitive = definitiveVersionIds(context.db, row.id);
  const query = new URL(request.url).searchParams;
  const frozen = versions.find((v) => String(v.id) === query.get("vastgezet"));
  const marked = versions.find((v) => String(v.id) === query.get("definitief"));
  return {
    id: row.id,
    title: row.title,
    message: frozen ? `Versie “${frozen.name}” vastgezet.` : marked ? `Versie “${marked.name}” is definitief voor besluitvorming.` : null,
    versions: versions.map((v) => ({
      id: v.id,
      name: v.name,
      frozenBy: v.frozenByName ?? "onbekend",
      frozenAt: formatMoment(v.createdAt),
      definitive: definitive[0] === v.id ? "definitief voor besluitvorming" : definitive.includes(v.id) ? "eerder definitief" : "",
    })),
    canFreeze: can(user, "model.freezeVersion", { regionId: row.regionId }),
    canMarkDefinitive: can(user, "version.markDefinitive", { regionId: row.regionId }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const posted = await request.formData();
  if (posted.get("intent") === "definitive") {
    requireAccess(user, "version.markDefinitive", { regionId: row.regionId });
    const version = requireVersion(context, row, posted.get("version"));
    markDefinitive(context.db, row.id, version.id, user.id);
    definitiveVersion(context.db, mailContext(context.config), row, version);
    return redirect(`/modellen/${row.id}/versies?definitief=${version.id}`);
  }
  requireAccess(user, "model.freezeVersion", { regionId: row.regionId });
  const form = parseForm(VersionInput, posted);
  if (!form.ok) return data({ ...form, refused: [] as string[] }, { status: 400 });
  let versionId: number;
  try {
    versionId = freezeVersion(context.db, row, form.data.name, user.id);
  } catch (error) {
    if (!(error instanceof FreezeRefused)) throw error;
    return data({ ok: false as const, errors: {}, values: { name: form.data.name }, refused: [...error.problems] }, { status: 409 });
  }
  modelChanged(context.db, mailContext(context.config), row, form.data.name);
  // Redirect: no "?index" in the address, and a reload does not freeze a second version.
  return redirect(`/modellen/${row.id}/versies?vastgezet=${versionId}`);
}

export default function Versions() {
  const { id, title, message, versions, canFreeze, canMarkDefinitive } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const options = versions.map((v) => ({ value: String(v.id), label: v.name }));
  return (
    <div className="mw-stack">
      <Heading level={1}>Versies van {title}</Heading>
      <Paragraph>
        Een versie is de tekst zoals die op een moment is vastgezet. Hij verandert daarna nooit meer: een consultatieronde
        wijst naar één versie, en reacties blijven bij de bepaling waarop ze gegeven zijn. De versie waarover het regionale overleg
        besloot, markeert de redactie als definitief voor besluitvorming; de laatst gemarkeerde telt. <Link href={`/modellen/${id}/fasen`}>Naar de fasen</Link>
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
            {result && result.refused.length > 0 && (
              <Alert type="error" role="alert">
                <Paragraph>De tekst is niet vastgezet: eerst moet in de werkversie worden hersteld wat gelijktijdig bewerken heeft gebroken.</Paragraph>
                <ul>
                  {result.refused.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </Alert>
            )}
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
          <Table className="mw-reflow">
            <TableCaption className="mw-visually-hidden">Vastgezette versies, nieuwste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Vastgezet door</TableHeaderCell>
                <TableHeaderCell scope="col">Op</TableHeaderCell>
                <TableHeaderCell scope="col">Besluitvorming</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {versions.map((v) => (
                <TableRow key={v.id}>
                  <TableCell className="mw-reflow__title">{v.name}</TableCell>
                  <TableCell data-label="Vastgezet door">{v.frozenBy}</TableCell>
                  <TableCell data-label="Op">{v.frozenAt}</TableCell>
                  <TableCell data-testid={`definitief-${v.id}`} data-label="Besluitvorming">
                    {v.definitive}
                    {canMarkDefinitive && v.definitive !== "definitief voor besluitvorming" && (
                      <Form method="post">
                        <input type="hidden" name="version" value={v.id} />
                        <Button type="submit" name="intent" value="definitive" purpose="secondary">
                          Markeer “{v.name}” als definitief
                        </Button>
                      </Form>
                    )}
                  </TableCell>
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
          {/* Keyed by the versions, so a newly frozen one becomes the default "naar" instead of the select keeping its old value. */}
          <Form key={options.map((o) => o.value).join()} method="get" action={`/modellen/${id}/versies/vergelijken`} className="mw-stack">
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
