import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { z } from "zod";
import { parseForm } from "../forms.server";
import { startSession } from "../session.server";
import { setPasswordWithToken, tokenProblem, weakPasswordProblem } from "../passwords.server";
import { getAccount } from "../../db/queries/users";
import { inspectAccountToken } from "../../db/queries/account-tokens";
import { TextField } from "../components/text-field";

export const meta: MetaFunction = () => [{ title: "Wachtwoord instellen · Modelwerk" }, { name: "referrer", content: "no-referrer" }];

const MIN_PASSWORD_LENGTH = 12;

/** The form for the account the link belongs to (unknown when the link does not work; the action refuses it then). */
const passwordForm = (account: { email: string; name: string } | undefined) =>
  z
    .object({
      password: z
        .string()
        .min(MIN_PASSWORD_LENGTH, `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`)
        .max(200, "Een wachtwoord is hoogstens 200 tekens.")
        .superRefine((password, ctx) => {
          const problem = weakPasswordProblem(password, account);
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }),
      confirm: z.string(),
    })
    .refine((form) => form.password === form.confirm, { path: ["confirm"], message: "De twee wachtwoorden zijn niet gelijk." });

export async function loader({ params, context }: LoaderFunctionArgs) {
  const state = inspectAccountToken(context.db, params.token ?? "");
  if (!state.ok) return { problem: tokenProblem(state.reason), name: null, email: null };
  const account = getAccount(context.db, state.userId)!;
  return { problem: null, name: account.name, email: account.email };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const state = inspectAccountToken(context.db, params.token ?? "");
  const form = parseForm(passwordForm(state.ok ? getAccount(context.db, state.userId) : undefined), await request.formData());
  if (!form.ok) return data({ errors: form.errors, values: form.values, problem: null }, { status: 400 });
  const result = await setPasswordWithToken(context.db, params.token ?? "", form.data.password);
  if (!result.ok) return data({ errors: {}, values: {}, problem: result.problem }, { status: 410 });
  return startSession(request, context, result.userId, "/");
}

export default function SetPassword() {
  const { problem, name, email } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const shownProblem = state?.problem ?? problem;
  if (shownProblem) {
    return (
      <div className="mw-stack">
        <Heading level={1}>Deze link werkt niet meer</Heading>
        <Paragraph>{shownProblem}</Paragraph>
        <Paragraph>Vraag de redactie van uw regio om een nieuwe link.</Paragraph>
      </div>
    );
  }
  return (
    <div className="mw-form mw-stack">
      <Heading level={1}>Wachtwoord instellen</Heading>
      <Paragraph>
        Welkom {name}. Kies een wachtwoord voor uw account {email}. Daarna bent u meteen ingelogd.
      </Paragraph>
      <Form method="post" className="mw-stack" noValidate>
        <input type="text" name="username" autoComplete="username" defaultValue={email ?? ""} hidden readOnly />
        <TextField
          name="password"
          label="Nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          description={`Minstens ${MIN_PASSWORD_LENGTH} tekens, geen veelgebruikt wachtwoord en niet uw e-mailadres of naam. Een zin van een paar woorden is sterk en goed te onthouden.`}
          state={state}
          required
        />
        <TextField name="confirm" label="Herhaal het wachtwoord" type="password" autoComplete="new-password" state={state} required />
        <Button type="submit" purpose="primary">
          Wachtwoord opslaan
        </Button>
      </Form>
    </div>
  );
}
