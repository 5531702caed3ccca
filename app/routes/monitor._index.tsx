import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, FormFieldTextarea, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { z } from "zod";
import { halfYearLabel, isHalfYear } from "../../fair-share/index";
import { closeEmergency, closePeriod, setFloor } from "../../db/queries/monitor";
import { requireAccess } from "../access.server";
import { can } from "../policy.server";
import { parseForm } from "../forms.server";
import { requireUser } from "../session.server";
import { choosePeriod, evaluationDates, loadRegionMonitor, monitorView } from "../monitor/monitor.server";
import { monitorTables, percent, regionSummary, TABLE_KEYS } from "../monitor/tables";
import { CHART_TITLES, expectedBars, shareBars, trendPoints } from "../monitor/chart-data";
import { ExpectedActualChart, ShareChart, TrendChart } from "../monitor/charts";
import { MonitorTableView } from "../components/monitor-table";
import { DemoBanner, PeriodPicker } from "../components/monitor-period";
import { EmergencyList } from "../components/emergency-list";
import { TextField } from "../components/text-field";
import { MonitorSection } from "../components/monitor-section";

export const meta: MetaFunction = () => [{ title: "Monitor evenwichtige verdeling · Modelwerk" }];

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const isoDate = (iso: string | null) => (iso ? dateFormat.format(new Date(`${iso}T12:00:00Z`)) : "onbekend");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "monitor.view", { regionId: user.regionId });
  const monitor = loadRegionMonitor(context.db, user.regionId);
  const period = choosePeriod(monitor, new URL(request.url).searchParams.get("halfjaar"));
  const scope = { regionId: user.regionId };
  const view = period ? monitorView(monitor, period) : null;
  const evaluation = evaluationDates(context.db, user.regionId, monitor.municipalities);
  return {
    regionName: user.regionName,
    periods: monitor.periods,
    view,
    tables: view ? monitorTables(view) : null,
    summary: view ? regionSummary(view) : "",
    charts: view ? { share: shareBars(view), expected: expectedBars(view), trend: trendPoints(view) } : null,
    titles: view ? { share: CHART_TITLES.share(view), expected: CHART_TITLES.expected(view), trend: CHART_TITLES.trend(`regio ${user.regionName}`) } : null,
    municipalities: monitor.municipalities.map((m) => ({ slug: m.slug, name: m.name, entry: isoDate(evaluation.get(m.id)!.entry), evaluation: isoDate(evaluation.get(m.id)!.evaluation) })),
    emergencies: monitor.emergencies.map((e) => ({ ...e, raisedAt: e.raisedAt.toISOString(), closedAt: e.closedAt?.toISOString() ?? null })),
    floors: monitor.floors.map((f) => ({ ...f, label: halfYearLabel(f.from) })),
    may: { manage: can(user, "monitor.manage", scope), closeEmergency: can(user, "emergency.close", scope) },
  };
}

const FloorInput = z.object({
  from: z.string().refine(isHalfYear, "Kies een halfjaar als 2026-1 of 2026-2."),
  // A Dutch decimal comma ("17,5") is a decimal point.
  percent: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().replace(",", ".") : undefined),
    z.coerce.number({ message: "Vul een percentage in, zoals 15 of 17,5." }).min(0, "Een percentage ligt tussen 0 en 100.").max(100, "Een percentage ligt tussen 0 en 100."),
  ),
  note: z.string().trim().min(1, "Noem de grondslag, bijvoorbeeld de wijziging van de ministeriële regeling."),
});
const PeriodInput = z.object({ period: z.string().refine(isHalfYear, "Onbekend halfjaar.") });
const CloseEmergencyInput = z.object({
  id: z.coerce.number().int().positive(),
  note: z.string().trim().min(1, "Schrijf op wat het bestuurlijk overleg besloot."),
});

const NONE: Record<string, string> = {};

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const scope = { regionId: user.regionId };
  if (intent === "close-period") {
    requireAccess(user, "monitor.manage", scope);
    const form = parseForm(PeriodInput, formData);
    if (!form.ok) throw new Response("Ongeldig halfjaar", { status: 400 });
    closePeriod(context.db, user.regionId, form.data.period, user.id);
    return { intent, message: `${halfYearLabel(form.data.period)} is afgesloten; de cijfers zijn nu alleen nog te lezen.`, errors: NONE, values: NONE };
  }
  if (intent === "floor") {
    requireAccess(user, "monitor.manage", scope);
    const form = parseForm(FloorInput, formData);
    if (!form.ok) return data({ intent, message: null, errors: form.errors, values: form.values }, { status: 400 });
    setFloor(context.db, user.regionId, form.data as { from: `${number}-${1 | 2}`; percent: number; note: string }, user.id);
    return { intent, message: `Ondergrens van ${percent(form.data.percent)} vanaf ${halfYearLabel(form.data.from as `${number}-1`)} vastgelegd.`, errors: NONE, values: NONE };
  }
  if (intent === "close-emergency") {
    requireAccess(user, "emergency.close", scope);
    const form = parseForm(CloseEmergencyInput, formData);
    if (!form.ok) return data({ intent, message: null, errors: form.errors, values: form.values }, { status: 400 });
    if (!closeEmergency(context.db, user.regionId, form.data.id, form.data.note, user.id)) throw new Response("Niet gevonden", { status: 404 });
    return { intent, message: "De noodknopmelding is afgesloten.", errors: NONE, values: NONE };
  }
  throw new Response("Onbekende handeling", { status: 400 });
}

export default function MonitorPage() {
  const { regionName, periods, view, tables, summary, charts, titles, municipalities, emergencies, floors, may } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const open = emergencies.filter((e) => !e.closedAt);
  return (
    <div className="mw-stack">
      <Heading level={1}>Monitor evenwichtige verdeling · regio {regionName}</Heading>
      {result?.message && (
        <Alert type="ok" role="status">
          <Paragraph>{result.message}</Paragraph>
        </Alert>
      )}
      {view?.demo && <DemoBanner />}
      <Paragraph>
        Halfjaarlijks volgen de gemeenten de evenwichtige verdeling van wettelijk urgenten: aanvragen, beschikkingen, gehuisveste urgenten naar categorie en
        herkomst, het aandeel van de mutaties dat naar urgenten gaat tegen de wettelijke ondergrens, en de netto toevoeging van kleine, betaalbare sociale
        huurwoningen. Statushouders staan er apart bij: zij vallen buiten de afspraken.
      </Paragraph>

      <MonitorSection id="noodknop-kop" title={<>Noodknop: voor het eerstvolgende bestuurlijk overleg ({open.length})</>}>
        <EmergencyList calls={emergencies} mayClose={may.closeEmergency} state={result?.intent === "close-emergency" ? result : undefined} />
      </MonitorSection>

      {!view || !tables || !charts || !titles ? (
        <Paragraph>Er zijn nog geen cijfers ingevoerd. Gemeenten voeren hun cijfers in op hun eigen monitorpagina (zie hieronder).</Paragraph>
      ) : (
        <>
          <PeriodPicker periods={periods} current={view.period} />
          <Paragraph data-testid="samenvatting">
            {summary}{" "}
            {view.closed ? "Dit halfjaar is afgesloten." : "Dit halfjaar is nog open voor correcties."}
          </Paragraph>
          {may.manage && !view.closed && (
            <Form method="post">
              <input type="hidden" name="intent" value="close-period" />
              <input type="hidden" name="period" value={view.period} />
              <Button type="submit" purpose="secondary">
                {view.periodLabel} afsluiten
              </Button>
            </Form>
          )}

          <MonitorSection id="ondergrens-sectie" title="Ondergrens">
            <ShareChart id="grafiek-ondergrens" title={titles.share} bars={charts.share} floorPercent={view.current.floorPercent} />
            <MonitorTableView table={tables.ondergrens} />
          </MonitorSection>

          <MonitorSection id="naar-rato-sectie" title="Naar rato van huishoudens">
            <Paragraph>Verwacht aandeel = huishoudens van de gemeente ÷ huishoudens van de regio × gehuisveste wettelijk urgenten in de regio.</Paragraph>
            <ExpectedActualChart id="grafiek-naar-rato" title={titles.expected} bars={charts.expected} />
            <MonitorTableView table={tables["naar-rato"]} />
          </MonitorSection>

          <MonitorSection id="herkomst-sectie" title="Herkomst en bijspringen">
            <Paragraph>
              Op de diagonaal staan urgenten die in hun eigen gemeente van herkomst zijn gehuisvest (woonplaatsbeginsel); daarbuiten is een gemeente
              bijgesprongen voor een andere. Hoe donkerder de cel, hoe groter het aantal.
            </Paragraph>
            <MonitorTableView table={tables.herkomst} heat={{ max: view.current.flows.max, values: view.current.flows.cells }} />
          </MonitorSection>

          <MonitorSection id="wederkerigheid-sectie" title="Wederkerigheid">
            <Paragraph>Een positief saldo betekent dat gemeente A meer urgenten van B heeft gehuisvest dan B van A: B springt een volgende keer bij.</Paragraph>
            {tables.wederkerigheid.rows.length === 0 ? <Paragraph>Er is nog niet bijgesprongen tussen gemeenten van de regio.</Paragraph> : <MonitorTableView table={tables.wederkerigheid} />}
          </MonitorSection>

          <MonitorSection id="trends-sectie" title="Verloop">
            <TrendChart id="grafiek-verloop" title={titles.trend} points={charts.trend} />
            <MonitorTableView table={tables.trends} />
          </MonitorSection>

          <MonitorSection id="export-sectie" title="Exporteren">
            <UnorderedList>
              <UnorderedListItem>
                <Link href={`/monitor/rapport?halfjaar=${view.period}`}>Halfjaarrapportage {view.periodLabel} (Word)</Link>
              </UnorderedListItem>
              {TABLE_KEYS.map((key) => (
                <UnorderedListItem key={key}>
                  {tables[key].title}: <Link href={`/monitor/export?tabel=${key}&halfjaar=${view.period}&formaat=csv`}>CSV</Link> ·{" "}
                  <Link href={`/monitor/export?tabel=${key}&halfjaar=${view.period}&formaat=xlsx`}>Excel (.xlsx)</Link>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </MonitorSection>
        </>
      )}

      <MonitorSection id="gemeenten-sectie" title="Gemeenten en evaluatie">
        <Paragraph>De afspraken worden geëvalueerd drie jaar na de inwerkingtreding van de verordening van de gemeente (de gekozen datum in de verordening).</Paragraph>
        <UnorderedList>
          {municipalities.map((m) => (
            <UnorderedListItem key={m.slug}>
              <Link href={`/monitor/gemeenten/${m.slug}${view ? `?halfjaar=${view.period}` : ""}`}>{m.name}</Link>: inwerkingtreding {m.entry}, evaluatie {m.evaluation}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </MonitorSection>

      <MonitorSection id="ondergrens-instelling" title="Ondergrens per halfjaar">
        <UnorderedList>
          {floors.map((f) => (
            <UnorderedListItem key={f.from}>
              Vanaf {f.label}: {percent(f.percent)} {f.note && `(${f.note})`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
        {may.manage && (
          <Form method="post" className="mw-stack">
            <input type="hidden" name="intent" value="floor" />
            <TextField name="from" label="Vanaf halfjaar (bijvoorbeeld 2027-1)" state={result?.intent === "floor" ? result : undefined} />
            <TextField name="percent" label="Ondergrens in procenten" state={result?.intent === "floor" ? result : undefined} />
            <FormFieldTextarea
              name="note"
              label="Grondslag"
              invalid={Boolean(result?.intent === "floor" && result.errors.note)}
              errorMessage={result?.intent === "floor" ? result.errors.note : undefined}
              defaultValue={result?.intent === "floor" ? result.values.note : undefined}
            />
            <Button type="submit" purpose="secondary">
              Ondergrens vastleggen
            </Button>
          </Form>
        )}
      </MonitorSection>
    </div>
  );
}
