import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Fieldset, FieldsetLegend, FormFieldTextarea, FormFieldTextbox } from "@utrecht/component-library-react";
import { amendableProvisions } from "../../ordinance-model/index";
import { getStatus } from "../../db/queries/choices";
import { decisionData, pinnedVersion } from "../../db/queries/decisions";
import { listAdoptions } from "../../db/queries/adoptions";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { formValues } from "../forms.server";
import { municipalText } from "../resolved-cache.server";
import { versionModelById } from "../consultation/versions.server";
import { versionLabel } from "../documents/basis.server";
import { adoptionFromForm, recordAdoption, type AdoptionInput } from "../adoption/record.server";
import { SelectField } from "../components/select-field";
import { formatDate } from "../../ordinance-model/index";

// Vaststelling: staff of the municipality or the redactie record the council's adoption: the meeting, the decision
// number and the amendments, each an edit of the municipality's own text as proposed (the pinned version with its
// choices). Only a municipality that is gereed can be adopted; the adopted text is frozen when it is recorded.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Vaststelling ${data?.municipality.name ?? ""} · Modelwerk` }];

/** The user, model and municipality of the request, once the policy allows recording its adoption. */
async function access(args: LoaderFunctionArgs) {
  const user = await requireUser(args.request, args.context);
  const { row } = await requireModel(args.context, user, args.params.modelId);
  const municipality = requireMunicipality(args.context, row.regionId, args.params.slug);
  requireAccess(user, "adoption.record", { regionId: row.regionId, municipalityId: municipality.id });
  return { user, row, municipality };
}

export async function loader(args: LoaderFunctionArgs) {
  const { row, municipality } = await access(args);
  const db = args.context.db;
  const pin = getStatus(db, row.id, municipality.id)?.status === "gereed" ? pinnedVersion(db, row.id, municipality.id) : undefined;
  const last = listAdoptions(db, row.id, municipality.id).at(-1);
  const text = pin && municipalText(db, row, versionModelById(db, row.id, pin.version.id)!, municipality);
  const councilDate = decisionData(db, row.id, municipality.id).councilDate;
  return {
    modelId: row.id,
    municipality: { name: municipality.name, slug: municipality.slug },
    version: pin ? versionLabel(pin.version) : null,
    last: last ? { councilDate: formatDate(last.councilDate), decisionNumber: last.decisionNumber } : null,
    provisions: text ? amendableProvisions(text.resolved) : [],
    councilDate: typeof councilDate === "string" ? councilDate : "",
  };
}

export async function action(args: ActionFunctionArgs) {
  const { user, row, municipality } = await access(args);
  const input = adoptionFromForm(formValues(await args.request.formData()));
  const result = recordAdoption(args.context.db, row, municipality, input, user.id);
  if (!result.ok) return data({ errors: result.errors, input }, { status: 400 });
  return redirect(`/modellen/${row.id}/gemeenten/${municipality.slug}/geldend?vastgelegd=1`);
}

type Amendment = AdoptionInput["amendments"][number];
const emptyAmendment = (): Amendment => ({ number: "", title: "", changes: [{ provision: "", text: "" }] });

export default function Vaststelling() {
  const { modelId, municipality, version, last, provisions, councilDate } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const errors: Record<string, string> = posted?.errors ?? {};
  const [amendments, setAmendments] = useState<Amendment[]>(posted?.input.amendments ?? []);
  const wording = new Map(provisions.map((p) => [p.id, p.text]));
  const options = provisions.map((p) => ({ value: p.id, label: `${p.place[0]!.toUpperCase()}${p.place.slice(1)}: ${p.text.length > 70 ? `${p.text.slice(0, 70)}…` : p.text}` }));
  const update = (i: number, change: (a: Amendment) => Amendment) => setAmendments((all) => all.map((a, k) => (k === i ? change(a) : a)));
  const updateChange = (i: number, j: number, change: Partial<Amendment["changes"][number]>) =>
    update(i, (a) => ({ ...a, changes: a.changes.map((c, k) => (k === j ? { ...c, ...change } : c)) }));
  // Choosing a provision puts its proposed wording in the box, unless the box holds words of one's own.
  const choose = (i: number, j: number, provision: string) => {
    const current = amendments[i]!.changes[j]!;
    const untouched = current.text === "" || current.text === wording.get(current.provision);
    updateChange(i, j, untouched ? { provision, text: wording.get(provision) ?? "" } : { provision });
  };

  return (
    <div className="mw-stack">
      <Heading level={1}>Vaststelling door de raad van {municipality.name}</Heading>
      <Paragraph>
        Leg vast dat de raad de verordening heeft vastgesteld: de datum van de raadsvergadering, het besluitnummer en de aangenomen amendementen. Een amendement wijzigt de tekst van {municipality.name} zelf, niet
        het model. Na het vastleggen staat de vastgestelde tekst vast; hij verandert niet meer als het model of de keuzes veranderen.
      </Paragraph>
      {last && (
        <Alert type="info">
          <Paragraph>
            De raad heeft op {last.councilDate} al een verordening vastgesteld (besluit {last.decisionNumber}). Zie de <Link href={`/modellen/${modelId}/gemeenten/${municipality.slug}/geldend`}>geldende tekst</Link>. Een nieuwe
            vaststelling hoort bij een latere raadsvergadering.
          </Paragraph>
        </Alert>
      )}
      {errors.form && (
        <Alert type="error" role="alert">
          <Paragraph>{errors.form}</Paragraph>
        </Alert>
      )}
      {!version ? (
        <Paragraph>
          {municipality.name} is nog niet gereed voor besluitvorming. Alleen een gemeente die gereed is, en daarmee is vastgezet op een definitieve versie, kan haar verordening laten vaststellen. Meld de gemeente gereed op de{" "}
          <Link href={`/modellen/${modelId}/gemeenten/${municipality.slug}`}>keuzepagina</Link>.
        </Paragraph>
      ) : (
        <Form method="post" className="mw-stack mw-form" noValidate>
          {Object.keys(errors).length > 0 && !errors.form && (
            <Alert type="error" role="alert">
              <Paragraph>Niet vastgelegd: verbeter wat bij de velden staat. Er is niets opgeslagen.</Paragraph>
            </Alert>
          )}
          <Paragraph>De voorgestelde tekst: {version}, met de keuzes van {municipality.name}.</Paragraph>
          <Fieldset>
            <FieldsetLegend>Raadsbesluit</FieldsetLegend>
            <FormFieldTextbox name="councilDate" type="date" label="Datum van de raadsvergadering" invalid={Boolean(errors.councilDate)} errorMessage={errors.councilDate} defaultValue={posted?.input.councilDate ?? councilDate} />
            <FormFieldTextbox name="decisionNumber" label="Besluitnummer" invalid={Boolean(errors.decisionNumber)} errorMessage={errors.decisionNumber} defaultValue={posted?.input.decisionNumber ?? ""} />
          </Fieldset>
          <Heading level={2}>Amendementen</Heading>
          {amendments.length === 0 && <Paragraph>Geen amendementen: de raad stelde de verordening vast zoals voorgesteld.</Paragraph>}
          {amendments.map((a, i) => {
            const at = `amendments.${i}`;
            return (
              <Fieldset key={i}>
                <FieldsetLegend>Amendement {i + 1}</FieldsetLegend>
                <FormFieldTextbox name={`${at}.number`} label="Nummer van het amendement" invalid={Boolean(errors[`${at}.number`])} errorMessage={errors[`${at}.number`]} value={a.number} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(i, (x) => ({ ...x, number: e.target.value }))} />
                <FormFieldTextbox name={`${at}.title`} label="Titel" invalid={Boolean(errors[`${at}.title`])} errorMessage={errors[`${at}.title`]} value={a.title} onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(i, (x) => ({ ...x, title: e.target.value }))} />
                {errors[`${at}.changes`] && (
                  <Paragraph className="utrecht-form-field-error-message" role="alert">
                    {errors[`${at}.changes`]}
                  </Paragraph>
                )}
                {a.changes.map((c, j) => {
                  const name = `${at}.changes.${j}`;
                  return (
                    <div key={j} className="mw-stack">
                      <SelectField
                        name={`${name}.provision`}
                        label={`Gewijzigde bepaling ${j + 1}`}
                        placeholder="Kies een lid of onderdeel"
                        options={options}
                        state={{ errors }}
                        value={c.provision}
                        onChange={(provision) => choose(i, j, provision)}
                      />
                      <FormFieldTextarea
                        name={`${name}.text`}
                        label={`Nieuwe tekst van bepaling ${j + 1}`}
                        description="Eén alinea per regel. Een verwijzing of begrip waarvan de woorden blijven staan, blijft een verwijzing of begrip."
                        rows={5}
                        invalid={Boolean(errors[`${name}.text`])}
                        errorMessage={errors[`${name}.text`]}
                        value={c.text}
                        onChange={(e) => updateChange(i, j, { text: e.target.value })}
                      />
                      {a.changes.length > 1 && (
                        <Button type="button" purpose="subtle" onClick={() => update(i, (x) => ({ ...x, changes: x.changes.filter((_, k) => k !== j) }))}>
                          Bepaling {j + 1} uit dit amendement halen
                        </Button>
                      )}
                    </div>
                  );
                })}
                <div className="mw-actions">
                  <Button type="button" purpose="secondary" onClick={() => update(i, (x) => ({ ...x, changes: [...x.changes, { provision: "", text: "" }] }))}>
                    Nog een bepaling wijzigen
                  </Button>
                  <Button type="button" purpose="subtle" onClick={() => setAmendments((all) => all.filter((_, k) => k !== i))}>
                    Amendement {i + 1} verwijderen
                  </Button>
                </div>
              </Fieldset>
            );
          })}
          <div className="mw-actions">
            <Button type="button" purpose="secondary" onClick={() => setAmendments((all) => [...all, emptyAmendment()])}>
              Amendement toevoegen
            </Button>
            <Button type="submit" purpose="primary">
              Vaststelling vastleggen
            </Button>
          </div>
        </Form>
      )}
    </div>
  );
}
