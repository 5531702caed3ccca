import { Alert } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";

export interface LintItem {
  place: string;
  message: string;
  nodeId: string | null;
}

/** The result of the ordinance checks, each problem named by its place and linked to it. */
export function LintReport({ errors }: { errors: LintItem[] }) {
  if (errors.length === 0) {
    return (
      <Alert type="ok">
        <Paragraph>Controle: geen fouten gevonden. Nummering, verwijzingen, verplichte categorieën en slotbepalingen kloppen.</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error">
      <Heading level={2}>Controle: {errors.length === 1 ? "1 fout" : `${errors.length} fouten`}</Heading>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.nodeId ? <a href={`#${e.nodeId}`}>{e.place}</a> : e.place}: {e.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
