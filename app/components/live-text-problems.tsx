import { Alert } from "@utrecht/component-library-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";

/** Above every page of a model whose live text concurrent edits left broken: what is wrong, and where. */
export function LiveTextProblems({ problems, modelId }: { problems: string[]; modelId: number }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="Herstel nodig in de werkversie" className="mw-live-text-problems" data-testid="live-text-problems">
      <Alert type="error">
        <Paragraph>
          <strong>Herstel nodig in de werkversie.</strong> Door gelijktijdig bewerken klopt de opbouw hier niet meer; de tekst is bewaard.
          Tot het in de <a href={`/modellen/${modelId}/bewerken`}>editor</a> is hersteld, kan de tekst niet worden vastgezet en worden er geen
          documenten van gemaakt.
        </Paragraph>
        <ul>
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </Alert>
    </section>
  );
}
