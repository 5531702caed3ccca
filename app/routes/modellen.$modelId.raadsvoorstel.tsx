import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { FormFieldTextarea } from "@utrecht/component-library-react";
import { proposalSectionTexts, REGIONAL, saveProposalSection } from "../../db/queries/decisions";
import { PROPOSAL_SECTIONS } from "../../db/seed/proposal-sections";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { formValues } from "../forms.server";
import { ResultMessage } from "../components/result-message";

// The regional default texts of the raadsvoorstel's sections, written by the redactie. They belong to the live model:
// freezing a version takes them along, so a municipality's documents read them as its pinned version holds them.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Teksten raadsvoorstel · ${data?.title ?? ""} · Modelwerk` }];

const MAX = 8000;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  requireAccess(user, "proposal.editRegional", { regionId: row.regionId });
  const texts = proposalSectionTexts(context.db, row.id, REGIONAL);
  return { title: row.title, sections: PROPOSAL_SECTIONS.map((s) => ({ key: s.key, heading: s.heading, text: texts[s.key] ?? s.text })) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  requireAccess(user, "proposal.editRegional", { regionId: row.regionId });
  const typed = formValues(await request.formData());
  const errors: Record<string, string> = {};
  for (const s of PROPOSAL_SECTIONS) {
    const text = (typed[s.key] ?? "").trim();
    if (!text) errors[s.key] = `Geef een regionale tekst voor “${s.heading}”; een gemeente kan die daarna aanpassen.`;
    else if (text.length > MAX) errors[s.key] = `Dit is te lang: hoogstens ${MAX} tekens.`;
  }
  if (Object.keys(errors).length) return data({ ok: false, errors, values: typed, message: "Niet opgeslagen: verbeter wat bij de velden staat." }, { status: 400 });
  context.db.transaction(() => {
    for (const s of PROPOSAL_SECTIONS) saveProposalSection(context.db, row.id, REGIONAL, s.key, typed[s.key]!.replace(/\r\n/g, "\n").trim(), user.id);
  });
  return { ok: true, errors: {} as Record<string, string>, values: {} as Record<string, string>, message: "Regionale teksten opgeslagen. Ze gaan mee met de volgende versie die wordt vastgezet." };
}

export default function RegionalProposalTexts() {
  const { title, sections } = useLoaderData<typeof loader>();
  const posted = useActionData<typeof action>();
  return (
    <div className="mw-stack">
      <Heading level={1}>Teksten van het raadsvoorstel</Heading>
      <Paragraph>
        De regionale tekst van elk onderdeel van het raadsvoorstel bij de {title}. Elke gemeente kan een onderdeel aanpassen. De teksten gaan mee met
        de volgende versie die wordt vastgezet; een gemeente die gereed is, houdt de teksten van haar versie.
      </Paragraph>
      <ResultMessage result={posted} />
      <Form method="post" className="mw-stack mw-form" noValidate>
        {sections.map((s) => (
          <FormFieldTextarea
            key={s.key}
            name={s.key}
            label={s.heading}
            rows={5}
            invalid={Boolean(posted?.errors[s.key])}
            errorMessage={posted?.errors[s.key]}
            defaultValue={posted && !posted.ok ? (posted.values[s.key] ?? "") : s.text}
          />
        ))}
        <Button type="submit" purpose="primary">
          Teksten opslaan
        </Button>
      </Form>
    </div>
  );
}
