import { Form } from "@remix-run/react";
import { Alert, FormFieldTextarea } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import type { ChoicesActionData } from "../choices/actions.server";
import { MUNICIPALITY_STATUS_LABELS } from "../labels";

export interface StatusView {
  value: "concept" | "gereed";
  reason: string | null;
  by: string | null;
  when: string | null;
  adopted: { on: string; href: string } | null;
}

/** Progress, the status concept → gereed voor besluitvorming, and the form to mark ready or reopen with a reason. */
export function ChoicesStatus({
  status,
  progress,
  editable,
  posted,
}: {
  status: StatusView;
  progress: { made: number; total: number };
  editable: boolean;
  posted: ChoicesActionData | undefined;
}) {
  const result = posted?.intent === "status" ? posted : undefined;
  const ready = status.value === "gereed";
  return (
    <section aria-labelledby="status-kop" className="mw-choices-status">
      <Heading level={2} id="status-kop">
        Voortgang en status
      </Heading>
      <Paragraph>
        <strong data-testid="voortgang">
          {progress.made} van {progress.total} keuzes gemaakt
        </strong>{" "}
        <progress value={progress.made} max={progress.total} aria-label="Voortgang" />
      </Paragraph>
      <Paragraph data-testid="status">
        Status: <strong>{MUNICIPALITY_STATUS_LABELS[status.value]}</strong>
        {status.by && ` (${status.by}, ${status.when})`}
        {!ready && status.reason && ` · heropend: ${status.reason}`}
      </Paragraph>
      {status.adopted && (
        <Paragraph data-testid="vastgesteld">
          De raad heeft de verordening vastgesteld op {status.adopted.on}: <Link href={status.adopted.href}>geldende tekst</Link>.
        </Paragraph>
      )}
      {result && (
        <Alert type={result.ok ? "ok" : "error"} role="status">
          <Paragraph>{result.message}</Paragraph>
        </Alert>
      )}
      {editable && !ready && (
        <Form method="post">
          <Button type="submit" name="intent" value="ready" purpose="secondary">
            Markeer als gereed voor besluitvorming
          </Button>
        </Form>
      )}
      {editable && ready && (
        <Form method="post" className="mw-stack">
          <Paragraph>De keuzes zijn vergrendeld. Heropen om ze te wijzigen; geef aan waarom.</Paragraph>
          <FormFieldTextarea name="reason" label="Reden om te heropenen" required />
          <Button type="submit" name="intent" value="reopen" purpose="secondary">
            Heropenen
          </Button>
        </Form>
      )}
    </section>
  );
}
