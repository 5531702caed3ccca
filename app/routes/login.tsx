import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Alert } from "@utrecht/component-library-react";
import { z } from "zod";
import { attemptLogin } from "../auth.server";
import { parseForm, formValues } from "../forms.server";
import { getUser, safeRedirect, startSession } from "../session.server";
import { TextField } from "../components/text-field";

export const meta: MetaFunction = () => [{ title: "Inloggen · Modelwerk" }];

const LoginForm = z.object({
  email: z.string().trim().min(1, "Vul uw e-mailadres in.").email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."),
  password: z.string().min(1, "Vul uw wachtwoord in."),
  redirectTo: z.string().optional(),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getUser(request, context)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const form = parseForm(LoginForm, formData);
  if (!form.ok) return data({ errors: form.errors, values: form.values, alert: null }, { status: 400 });
  const result = await attemptLogin(context, form.data.email, form.data.password);
  if (result.ok) return startSession(request, context, result.account.id, safeRedirect(form.data.redirectTo, new URL(request.url).origin));
  const values = formValues(formData);
  if (result.reason === "throttled") {
    const alert = `Te veel mislukte pogingen. Probeer het over ${Math.ceil(result.retryAfterMs / 60000)} minuten opnieuw.`;
    return data({ errors: {}, values, alert }, { status: 429, headers: { "Retry-After": String(Math.ceil(result.retryAfterMs / 1000)) } });
  }
  if (result.reason === "busy") {
    const alert = "Er wordt nu erg vaak ingelogd. Probeer het over een minuut opnieuw.";
    return data({ errors: {}, values, alert }, { status: 503, headers: { "Retry-After": "60" } });
  }
  return data({ errors: {}, values, alert: "Het e-mailadres of het wachtwoord klopt niet." }, { status: 401 });
}

export default function Login() {
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mw-form mw-stack">
      <Heading level={1}>Inloggen</Heading>
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw Modelwerk-account.</Paragraph>
      {state?.alert && (
        <Alert type="error" role="alert">
          <Paragraph>{state.alert}</Paragraph>
        </Alert>
      )}
      <Form method="post" className="mw-stack" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <TextField name="email" label="E-mailadres" type="email" autoComplete="username" state={state} required />
        <TextField name="password" label="Wachtwoord" type="password" autoComplete="current-password" state={state} required />
        <Button type="submit" purpose="primary" disabled={busy}>
          Inloggen
        </Button>
      </Form>
      <Paragraph>Wachtwoord vergeten of nog geen account? Vraag de redactie van uw regio om een link.</Paragraph>
    </div>
  );
}
