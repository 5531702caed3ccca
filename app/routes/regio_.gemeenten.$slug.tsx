import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { listMunicipalityYears, saveMunicipalityData, type YearFigures } from "../../db/queries/monitor";
import { requireAccess } from "../access.server";
import { requireMunicipality } from "../models.server";
import { requireUser } from "../session.server";
import { checkCbsCode } from "../tenants.server";
import { TextField } from "../components/text-field";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? "Gemeente"} · gegevens · Modelwerk` }];

/** Existing years plus this many empty rows to add new ones. */
const EMPTY_ROWS = 2;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const municipality = requireMunicipality(context, user.regionId, params.slug);
  requireAccess(user, "municipalities.manage", { regionId: user.regionId, municipalityId: municipality.id });
  const years = listMunicipalityYears(context.db, user.regionId).get(municipality.id) ?? [];
  return { name: municipality.name, slug: municipality.slug, cbsCode: municipality.cbsCode ?? "", note: municipality.note, years };
}

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.trim() : "");

/** Reads the year rows; an empty row is skipped, a half-filled one gets a message per cell. */
function readYears(formData: FormData, errors: Record<string, string>): YearFigures[] {
  const rows = Number(formData.get("rijen") ?? 0);
  const years: YearFigures[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < Math.min(rows, 100); i++) {
    const [year, households, stock] = ["jaar", "huishoudens", "voorraad"].map((f) => text(formData.get(`${f}-${i}`)));
    if (!year && !households && !stock) continue;
    const count = (field: string, value: string) => {
      if (value === "") return null;
      if (!/^\d+$/.test(value)) errors[`${field}-${i}`] = "Vul een geheel, niet-negatief aantal in.";
      return Number(value);
    };
    const y = Number(year);
    if (!/^\d{4}$/.test(year) || y < 1990 || y > 2100) errors[`jaar-${i}`] = "Vul een jaartal in, zoals 2026.";
    else if (seen.has(y)) errors[`jaar-${i}`] = `${y} staat al in een andere regel.`;
    seen.add(y);
    years.push({ year: y, households: count("huishoudens", households), socialRentalStock: count("voorraad", stock) });
  }
  return years;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const municipality = requireMunicipality(context, user.regionId, params.slug);
  requireAccess(user, "municipalities.manage", { regionId: user.regionId, municipalityId: municipality.id });
  const formData = await request.formData();
  const errors: Record<string, string> = {};
  const name = text(formData.get("naam"));
  const cbsCode = text(formData.get("cbs")).toUpperCase();
  if (!name) errors.naam = "Geef de naam van de gemeente.";
  const cbs = cbsCode ? checkCbsCode(cbsCode) : null;
  if (cbs) errors.cbs = cbs;
  const years = readYears(formData, errors);
  if (Object.keys(errors).length > 0) {
    const values = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    return data({ errors, values }, { status: 400 });
  }
  saveMunicipalityData(context.db, municipality.id, { name, cbsCode: cbsCode || null, years }, user.id);
  return redirect(`/regio?opgeslagen=${municipality.slug}`);
}

export default function MunicipalityData() {
  const d = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const rows = d.years.length + EMPTY_ROWS;
  const state = posted ?? {
    values: Object.fromEntries(
      d.years.flatMap((y, i) => [
        [`jaar-${i}`, String(y.year)],
        [`huishoudens-${i}`, y.households === null ? "" : String(y.households)],
        [`voorraad-${i}`, y.socialRentalStock === null ? "" : String(y.socialRentalStock)],
      ]),
    ),
  };
  const cell = (field: string, i: number, label: string) => {
    const name = `${field}-${i}`;
    const error = posted?.errors[name];
    return (
      <TableCell>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          name={name}
          aria-label={`${label}, regel ${i + 1}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-fout` : undefined}
          defaultValue={state.values?.[name] ?? ""}
          inputMode="numeric"
        />
        {error && (
          <span id={`${name}-fout`} className="utrecht-form-field-error-message">
            {error}
          </span>
        )}
      </TableCell>
    );
  };
  return (
    <div className="mw-stack">
      <Paragraph>
        <Link href="/regio">← Regio</Link>
      </Paragraph>
      <Heading level={1}>Gegevens van {d.name}</Heading>
      {d.note && <Paragraph>{d.note}</Paragraph>}
      {posted && (
        <Alert type="error" role="alert">
          <Paragraph>De gegevens zijn niet opgeslagen; verbeter de gemarkeerde velden.</Paragraph>
        </Alert>
      )}
      <Form method="post" className="mw-stack">
        <input type="hidden" name="rijen" value={rows} />
        <TextField name="naam" label="Naam" defaultValue={d.name} state={posted} />
        <TextField name="cbs" label="CBS-gemeentecode" description="GM met vier cijfers, zoals GM0193." defaultValue={d.cbsCode} state={posted} />
        <Table>
          <TableCaption>Huishoudens en sociale huurvoorraad per jaar (de basis van de verdeling naar rato)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Jaar</TableHeaderCell>
              <TableHeaderCell scope="col">Huishoudens</TableHeaderCell>
              <TableHeaderCell scope="col">Sociale huurwoningen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {Array.from({ length: rows }, (_, i) => (
              <TableRow key={i}>
                {cell("jaar", i, "Jaar")}
                {cell("huishoudens", i, "Huishoudens")}
                {cell("voorraad", i, "Sociale huurwoningen")}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Paragraph>Een lege regel wordt overgeslagen; een jaar weghalen doet u door de regel leeg te maken.</Paragraph>
        <Button type="submit" purpose="primary">
          Gegevens opslaan
        </Button>
      </Form>
    </div>
  );
}
