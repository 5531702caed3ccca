import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { formatMoment } from "../consultation/labels";

export interface ArticleHistoryEntry {
  /** "Artikel 4 Aanvraag", or a description of an article that no longer exists. */
  article: string;
  userName: string;
  /** ISO time of the minute the edits fell in. */
  minute: string;
  edits: number;
}

/** Who changed which article, when: coarse, per article per person per minute, newest first. */
export function ArticleHistory({ entries }: { entries: readonly ArticleHistoryEntry[] }) {
  return (
    <section aria-labelledby="geschiedenis" className="mw-editor-history">
      <Heading level={2} id="geschiedenis">
        Wie wijzigde wat
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>Nog geen wijzigingen in deze modelverordening.</Paragraph>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={`${entry.minute}-${entry.article}-${entry.userName}`}>
              <time dateTime={entry.minute}>{formatMoment(entry.minute)}</time>: {entry.userName} wijzigde {entry.article}
              {entry.edits > 1 && ` (${entry.edits} bewerkingen)`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
