import { Alert } from "@utrecht/component-library-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";

/** The outcome of a posted form, announced to screen readers: saved, or what to correct. */
export function ResultMessage({ result }: { result: { ok: boolean; message: string } | undefined }) {
  if (!result) return null;
  return (
    <Alert type={result.ok ? "ok" : "error"} role="status">
      <Paragraph>{result.message}</Paragraph>
    </Alert>
  );
}
