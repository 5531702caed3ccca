import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Alert } from "@utrecht/component-library-react";
import { closingArticles } from "../../ordinance-model/amendments/index";
import { renderProvisionsText } from "../../ordinance-model/render-text";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel, requireMunicipality } from "../models.server";
import { draftAmendment } from "../amendments/draft.server";
import { AMENDMENT_DOCUMENTS } from "../amendments/documents.server";
import { amendingDecisionFromQuery } from "../amendments/stop.server";
import { TextField } from "../components/text-field";

// The draft amending ordinance of an adopted municipality, towards the latest definitive version of the model: what
// the college proposes to its council so that its text in force follows the model again, with the Word files, and the
// STOP XML once the date and number of the decision are given (?datum=&nummer=, kept in the form).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Ontwerp-wijzigingsverordening ${data?.municipality.name ?? ""} · Modelwerk` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const municipality = requireMunicipality(context, row.regionId, params.slug);
  requireAccess(user, "documents.generate", { regionId: row.regionId, municipalityId: municipality.id });
  const base = `/modellen/${row.id}/gemeenten/${municipality.slug}/geldend`;
  const result = draftAmendment(context.db, row, municipality);
  if (!result.ok) return { municipality: { name: municipality.name }, base, refused: result.message, draft: null };
  const { draft } = result;
  const o = draft.ordinance;
  const query = new URL(request.url).searchParams;
  const decision = query.has("datum") || query.has("nummer") ? amendingDecisionFromQuery(query) : null;
  return {
    municipality: { name: municipality.name },
    base,
    refused: null,
    draft: {
      title: o.title,
      from: draft.from.number,
      to: draft.to.number,
      opening: o.parts.length ? `De ${o.amended} wordt als volgt gewijzigd:` : `De ${o.amended} wijzigt niet: de nieuwe versie verandert niets aan deze tekst.`,
      parts: o.parts.map((p) => ({ letter: p.letter, sentence: p.sentence, quoted: p.quoted ? renderProvisionsText(p.quoted.source, p.quoted.nodes).trimEnd().split("\n") : [] })),
      closing: closingArticles(o),
      impacts: draft.impacts.map((i) => `${i.label}: ${i.message}`),
      superseded: draft.superseded.map((a) => `Amendement ${a.number} (“${a.title}”): het model herschrijft de bepaling die het wijzigde; daar geldt de nieuwe tekst van het model.`),
      problems: draft.problems,
      // Once the decision's date is given, the Word files carry it too, as the STOP file does.
      downloads: Object.entries(AMENDMENT_DOCUMENTS).map(([kind, label]) => ({ label, href: `${base}/wijziging/download?${new URLSearchParams({ soort: kind, ...(decision?.ok && decision.values) })}` })),
      stop: {
        errors: decision && !decision.ok ? decision.errors : {},
        values: decision?.values ?? {},
        href: decision?.ok ? `${base}/wijziging/stop.xml?${new URLSearchParams(decision.values)}` : null,
      },
    },
  };
}

export default function Wijzigingsverordening() {
  const { municipality, base, refused, draft } = useLoaderData<typeof loader>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Ontwerp-wijzigingsverordening van {municipality.name}</Heading>
      <Paragraph>
        <Link href={base}>Terug naar de geldende tekst</Link>
      </Paragraph>
      {refused !== null || draft === null ? (
        <Paragraph>{refused}</Paragraph>
      ) : (
        <>
          <Paragraph>
            Van modelversie {draft.from} (de geldende tekst) naar modelversie {draft.to}, met de eigen keuzes van {municipality.name}. Nieuwe artikelen krijgen een letter (12a); de nummers van de geldende artikelen blijven.
          </Paragraph>
          {draft.problems.length > 0 && (
            <Alert type="warning">
              <Heading level={2}>Nog op te lossen in de nieuwe tekst</Heading>
              <ul>
                {draft.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          )}
          {(draft.impacts.length > 0 || draft.superseded.length > 0) && (
            <section aria-labelledby="letop-kop">
              <Heading level={2} id="letop-kop">
                Let op
              </Heading>
              <ul>
                {[...draft.impacts, ...draft.superseded].map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </section>
          )}
          <ul className="mw-chips" aria-label="Downloaden">
            {draft.downloads.map((d) => (
              <li key={d.href}>
                <Link href={d.href}>{d.label} (Word)</Link>
              </li>
            ))}
          </ul>
          <section aria-labelledby="stop-kop" className="mw-form">
            <Heading level={2} id="stop-kop">
              STOP-XML voor publicatie
            </Heading>
            <Form method="get" className="mw-stack" noValidate>
              <TextField name="datum" label="Datum van het raadsbesluit" description="Als jjjj-mm-dd; de wijziging geldt vanaf dan in STOP." state={draft.stop} required />
              <TextField name="nummer" label="Nummer van het raadsbesluit" state={draft.stop} required />
              <Button type="submit" purpose="secondary">
                STOP-XML klaarzetten
              </Button>
            </Form>
            {draft.stop.href && (
              <Paragraph>
                <Link href={draft.stop.href}>Besluit met de wijzigingen als STOP-XML</Link>
              </Paragraph>
            )}
          </section>
          <article aria-labelledby="verordening-kop" className="mw-amending mw-stack">
            <Heading level={2} id="verordening-kop">
              {draft.title}
            </Heading>
            <Heading level={3}>Artikel I</Heading>
            <Paragraph>{draft.opening}</Paragraph>
            {draft.parts.map((part) => (
              <section key={part.letter} aria-label={`Onderdeel ${part.letter}`}>
                <Paragraph>
                  <strong>{part.letter}</strong>
                </Paragraph>
                <Paragraph>{part.sentence}</Paragraph>
                {part.quoted.length > 0 && (
                  <blockquote className="mw-quoted">
                    {part.quoted.map((line, i) => (line.trim() === "" ? null : <p key={i}>{line}</p>))}
                  </blockquote>
                )}
              </section>
            ))}
            {draft.closing.map((c) => (
              <section key={c.label}>
                <Heading level={3}>{c.label}</Heading>
                <Paragraph>{c.text}</Paragraph>
              </section>
            ))}
          </article>
        </>
      )}
    </div>
  );
}
