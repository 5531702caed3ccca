import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, FormFieldTextarea, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { figureFields, halfYearLabel, halfYearOf, isHalfYear, readFigures, type HalfYear } from "../../fair-share/index";
import { listFigureChanges, raiseEmergency, saveFigures, saveReports } from "../../db/queries/monitor";
import { listMunicipalities } from "../../db/queries/regions";
import { requireAccess } from "../access.server";
import { requireMunicipality } from "../models.server";
import { can } from "../policy.server";
import { requireUser } from "../session.server";
import { choosePeriod, evaluationDates, loadRegionMonitor, monitorView } from "../monitor/monitor.server";
import { count, floorVerdict, monitorTables, nameOf, percent, signedDecimal, decimal } from "../monitor/tables";
import { CHART_TITLES, trendPoints } from "../monitor/chart-data";
import { TrendChart } from "../monitor/charts";
import { readUpload } from "../monitor/upload.server";
import { MonitorTableView } from "../components/monitor-table";
import { DemoBanner, PeriodPicker } from "../components/monitor-period";
import { EmergencyList } from "../components/emergency-list";
import { TextField } from "../components/text-field";
import { MonitorSection } from "../components/monitor-section";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Monitor ${data?.municipality.name ?? ""} · Modelwerk` }];

const GROUPS = [
  { group: "wettelijk", legend: "Wettelijke cijfers" },
  { group: "categorie", legend: "Gehuisveste wettelijk urgenten per categorie (samen het totaal)" },
  { group: "herkomst", legend: "Gehuisveste wettelijk urgenten per gemeente van herkomst (samen het totaal)" },
  { group: "regio", legend: "Aanvullende cijfers van de regio" },
] as const;

/** The half years one can pick: those with figures, the one running now and the one before it. */
function selectablePeriods(withFigures: readonly HalfYear[]): HalfYear[] {
  const now = new Date();
  const previous = halfYearOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 6, 1)));
  return [...new Set([...withFigures, previous, halfYearOf(now)])].sort();
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, "monitor.view", { regionId: user.regionId });
  const municipality = requireMunicipality(context, user.regionId, params.slug);
  const monitor = loadRegionMonitor(context.db, user.regionId);
  const asked = new URL(request.url).searchParams.get("halfjaar");
  const period = choosePeriod(monitor, asked) ?? halfYearOf(new Date());
  const view = monitorView(monitor, period);
  const line = view.current.municipalities.find((m) => m.slug === municipality.slug)!;
  const proRata = view.current.proRata.rows.find((r) => r.slug === municipality.slug)!;
  const scope = { regionId: user.regionId, municipalityId: municipality.id };
  const region = view.current.municipalities;
  const tables = monitorTables(view);
  const flowIndex = view.current.flows.housing.indexOf(municipality.slug);
  const originIndex = view.current.flows.origins.indexOf(municipality.slug);
  const evaluation = evaluationDates(context.db, user.regionId, [municipality]).get(municipality.id)!;
  return {
    municipality: { name: municipality.name, slug: municipality.slug, note: municipality.note },
    period,
    periodLabel: view.periodLabel,
    periods: selectablePeriods(monitor.periods),
    closed: view.closed,
    demo: view.demo,
    reported: line.reported,
    floor: { ...line.floor, verdict: floorVerdict(line.floor) },
    proRata,
    bijspringen: line.bijspringen,
    housedFrom: view.current.flows.origins.map((o, i) => ({ name: nameOf(view, o), n: view.current.flows.cells[i]![flowIndex]! })).filter((x) => x.n > 0),
    housedElsewhere: view.current.flows.housing.map((h, j) => ({ name: nameOf(view, h), n: view.current.flows.cells[originIndex]![j]! })).filter((x, j) => x.n > 0 && j !== flowIndex),
    ledger: { ...tables.wederkerigheid, rows: tables.wederkerigheid.rows.filter((r) => r[0] === municipality.name || r[1] === municipality.name) },
    trend: trendPoints(view, municipality.slug),
    trendTitle: CHART_TITLES.trend(municipality.name),
    fields: figureFields(region).map((f) => ({ ...f, current: line.reported ? String(line.figures[f.key] ?? 0) : "" })),
    changes: listFigureChanges(context.db, municipality.id, period).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    emergencies: monitor.emergencies.filter((e) => e.municipalityId === municipality.id).map((e) => ({ ...e, raisedAt: e.raisedAt.toISOString(), closedAt: e.closedAt?.toISOString() ?? null })),
    evaluation,
    may: { enter: can(user, "monitor.enter", scope) && !view.closed, raise: can(user, "emergency.raise", scope) },
  };
}

type ActionResult = { intent: string; message: string | null; errors: Record<string, string>; values: Record<string, string>; problems: string[] };
const result = (r: Partial<ActionResult> & { intent: string }, status = 200) => data<ActionResult>({ message: null, errors: {}, values: {}, problems: [], ...r }, { status });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const municipality = requireMunicipality(context, user.regionId, params.slug);
  const scope = { regionId: user.regionId, municipalityId: municipality.id };
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const period = String(formData.get("halfjaar") ?? "");

  if (intent === "noodknop") {
    requireAccess(user, "emergency.raise", scope);
    const reason = String(formData.get("reden") ?? "").trim();
    if (!reason) return result({ intent, errors: { reden: "Schrijf op waarom de situatie ongewenst en onhoudbaar is." } }, 400);
    raiseEmergency(context.db, user.regionId, municipality.id, reason, user.id);
    return result({ intent, message: "De noodknop is ingedrukt; de melding staat op de lijst voor het eerstvolgende bestuurlijk overleg." });
  }

  requireAccess(user, "monitor.enter", scope);
  if (!isHalfYear(period)) return result({ intent, problems: ["Kies een halfjaar."] }, 400);
  const region = listMunicipalities(context.db, user.regionId).map((m) => ({ slug: m.slug, name: m.name }));
  const closedMessage = `${halfYearLabel(period)} is afgesloten door de redactie; de cijfers zijn niet meer te wijzigen.`;

  if (intent === "save") {
    const typed = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string>;
    const { figures, problems } = readFigures(typed, region);
    if (problems.length > 0) return result({ intent, errors: Object.fromEntries(problems.map((p) => [p.key, p.message])), values: typed, problems: ["De cijfers zijn niet opgeslagen; verbeter de gemarkeerde velden."] }, 400);
    const saved = saveFigures(context.db, { regionId: user.regionId, municipalityId: municipality.id, period, figures, userId: user.id });
    if (!saved.ok) return result({ intent, values: typed, problems: [closedMessage] }, 409);
    return result({ intent, message: `Cijfers van ${halfYearLabel(period)} opgeslagen (${saved.changed} ${saved.changed === 1 ? "cel" : "cellen"} gewijzigd).` });
  }

  if (intent === "upload") {
    const file = formData.get("bestand");
    if (!(file instanceof File) || file.size === 0) return result({ intent, problems: ["Kies een CSV- of Excel-bestand."] }, 400);
    const upload = await readUpload({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, region, new Set([municipality.slug]));
    if (!upload.ok) return result({ intent, problems: [`${file.name} is niet opgeslagen:`, ...upload.problems] }, 400);
    const saved = saveReports(context.db, { regionId: user.regionId, period, userId: user.id, reports: upload.rows.map((r) => ({ municipalityId: municipality.id, figures: r.figures })) });
    if (!saved.ok) return result({ intent, problems: [closedMessage] }, 409);
    return result({ intent, message: `${file.name} ingelezen voor ${halfYearLabel(period)} (${saved.changed} ${saved.changed === 1 ? "cel" : "cellen"} gewijzigd).` });
  }
  throw new Response("Onbekende handeling", { status: 400 });
}

const when = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const longDate = (iso: string | null) => (iso ? new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`)) : "onbekend");

export default function MunicipalityMonitor() {
  const d = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  const saveState = posted?.intent === "save" ? posted : undefined;
  return (
    <div className="mw-stack">
      <Paragraph>
        <Link href={`/monitor?halfjaar=${d.period}`}>← Monitor van de regio</Link>
      </Paragraph>
      <Heading level={1}>
        Monitor {d.municipality.name} · {d.periodLabel}
      </Heading>
      {d.demo && <DemoBanner />}
      {d.municipality.note && <Paragraph>{d.municipality.note}</Paragraph>}
      {posted?.message && (
        <Alert type="ok" role="status">
          <Paragraph>{posted.message}</Paragraph>
        </Alert>
      )}
      {posted && posted.problems.length > 0 && (
        <Alert type="error" role="alert">
          <ul data-testid="problemen">
            {posted.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      <PeriodPicker periods={d.periods} current={d.period} />

      <MonitorSection id="stand-kop" title="Stand">
        {d.reported ? (
          <UnorderedList data-testid="stand">
            <UnorderedListItem>
              Aandeel toewijzingen aan urgenten: {percent(d.floor.sharePercent)} van {count(d.floor.mutations)} mutaties, ondergrens {percent(d.floor.floorPercent)}:{" "}
              <span className={d.floor.meets ? "mw-verdict--meets" : "mw-verdict--short"}>{d.floor.verdict}</span>
            </UnorderedListItem>
            <UnorderedListItem>
              Naar rato van huishoudens verwacht {decimal(d.proRata.expected)}, werkelijk {d.proRata.actual} (verschil {signedDecimal(d.proRata.difference)}
              {d.proRata.differencePercent !== null && `, ${signedDecimal(d.proRata.differencePercent)}%`})
            </UnorderedListItem>
            <UnorderedListItem>
              Bijgesprongen voor andere gemeenten: {d.bijspringen}. Gehuisvest naar herkomst: {d.housedFrom.map((x) => `${x.name} ${x.n}`).join(", ") || "geen"}.
              Elders gehuisvest met herkomst {d.municipality.name}: {d.housedElsewhere.map((x) => `${x.name} ${x.n}`).join(", ") || "geen"}.
            </UnorderedListItem>
            <UnorderedListItem>
              Evaluatie van de afspraken: {longDate(d.evaluation.evaluation)} (drie jaar na de inwerkingtreding op {longDate(d.evaluation.entry)}).
            </UnorderedListItem>
          </UnorderedList>
        ) : (
          <Paragraph>Voor dit halfjaar zijn nog geen cijfers ingevoerd.</Paragraph>
        )}
        {d.trend.length > 0 && <TrendChart id="grafiek-gemeente" title={d.trendTitle} points={d.trend} />}
        {d.ledger.rows.length > 0 && <MonitorTableView table={d.ledger} id="gemeente-wederkerigheid" />}
      </MonitorSection>

      <MonitorSection id="invoer-kop" title={<>Cijfers {d.periodLabel}</>}>
        {d.closed && <Paragraph>Dit halfjaar is afgesloten door de redactie; de cijfers zijn alleen nog te lezen.</Paragraph>}
        {/* Keyed by the stored figures, so a save or an upload shows them afresh; a refused save keeps what was typed. */}
        <Form method="post" className="mw-figures-form" key={`${d.period}:${d.fields.map((f) => f.current).join(",")}`}>
          <input type="hidden" name="intent" value="save" />
          <input type="hidden" name="halfjaar" value={d.period} />
          <fieldset disabled={!d.may.enter}>
            {GROUPS.map(({ group, legend }) => (
              <fieldset key={group}>
                <legend>{legend}</legend>
                <div className="mw-figures-grid">
                  {d.fields
                    .filter((f) => f.group === group)
                    .map((f) => (
                      <TextField key={f.key} name={f.key} label={f.label} defaultValue={f.current} state={saveState} />
                    ))}
                </div>
              </fieldset>
            ))}
            {d.may.enter && (
              <Button type="submit" purpose="primary">
                Cijfers opslaan
              </Button>
            )}
          </fieldset>
        </Form>
      </MonitorSection>

      {d.may.enter && (
        <MonitorSection id="upload-kop" title="Cijfers uploaden">
          <Paragraph>
            Download het sjabloon als <Link href={`/monitor/sjabloon?gemeente=${d.municipality.slug}&halfjaar=${d.period}`}>CSV</Link> of{" "}
            <Link href={`/monitor/sjabloon?gemeente=${d.municipality.slug}&halfjaar=${d.period}&formaat=xlsx`}>Excel (.xlsx)</Link>, vul het in en upload het
            als CSV of Excel. Het bestand wordt op dezelfde manier gecontroleerd als het formulier.
          </Paragraph>
          <Form method="post" encType="multipart/form-data" className="mw-stack">
            <input type="hidden" name="intent" value="upload" />
            <input type="hidden" name="halfjaar" value={d.period} />
            <div>
              <label htmlFor="bestand">Bestand met de cijfers van {d.periodLabel}</label>
              <br />
              <input id="bestand" name="bestand" type="file" accept=".csv,.xlsx,text/csv" required />
            </div>
            <Button type="submit" purpose="secondary">
              Uploaden
            </Button>
          </Form>
        </MonitorSection>
      )}

      <MonitorSection id="noodknop-kop" title="Noodknop">
        <Paragraph>
          Ontstaat er tussentijds een ongewenste en onhoudbare situatie, dan drukt de gemeente de noodknop in: de evaluatie en bijsturing komen op de agenda
          van het eerstvolgende bestuurlijk overleg.
        </Paragraph>
        <EmergencyList calls={d.emergencies} mayClose={false} />
        {d.may.raise && (
          <Form method="post" className="mw-stack">
            <input type="hidden" name="intent" value="noodknop" />
            <FormFieldTextarea
              name="reden"
              label="Reden"
              invalid={Boolean(posted?.intent === "noodknop" && posted.errors.reden)}
              errorMessage={posted?.intent === "noodknop" ? posted.errors.reden : undefined}
            />
            <Button type="submit" purpose="secondary">
              Noodknop indrukken
            </Button>
          </Form>
        )}
      </MonitorSection>

      <MonitorSection id="wijzigingen-kop" title={<>Correcties {d.periodLabel}</>}>
        {d.changes.length === 0 ? (
          <Paragraph>Nog geen wijzigingen.</Paragraph>
        ) : (
          <details>
            <summary>{d.changes.length} gewijzigde cellen</summary>
            <ul data-testid="wijzigingen">
              {d.changes.map((c, i) => (
                <li key={i}>
                  {when.format(new Date(c.createdAt))}, {c.userName ?? "onbekend"}: {d.fields.find((f) => f.key === c.key)?.label ?? c.key} {c.oldValue ?? "leeg"} → {c.newValue}
                </li>
              ))}
            </ul>
          </details>
        )}
      </MonitorSection>
    </div>
  );
}
