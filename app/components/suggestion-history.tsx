import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { formatMoment } from "../consultation/labels";

export interface SuggestionHistoryEntry {
  key: string;
  what: string;
  article: string;
  authorName: string;
  proposedAt: string;
  decision: "accept" | "reject";
  decidedByName: string;
  decidedAt: string;
}

/** Who proposed what and when, and who decided how and when: newest decision first. */
export function SuggestionHistory({ entries }: { entries: readonly SuggestionHistoryEntry[] }) {
  return (
    <section aria-labelledby="voorstellen-besluiten" className="mw-editor-history">
      <Heading level={2} id="voorstellen-besluiten">
        Besluiten over voorstellen
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>Nog geen voorstellen aanvaard of afgewezen.</Paragraph>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.key}>
              {e.authorName} stelde op <time dateTime={e.proposedAt}>{formatMoment(e.proposedAt)}</time> een {e.what} voor in {e.article};{" "}
              {e.decidedByName} heeft dit op <time dateTime={e.decidedAt}>{formatMoment(e.decidedAt)}</time> {e.decision === "accept" ? "aanvaard" : "afgewezen"}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
