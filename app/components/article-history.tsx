import { formatMoment } from "../consultation/labels";
import { HistorySection } from "./history-section";

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
    <HistorySection id="geschiedenis" heading="Wie wijzigde wat" empty="Nog geen wijzigingen in deze modelverordening." entries={entries} keyOf={(e) => `${e.minute}-${e.article}-${e.userName}`}>
      {(entry) => (
        <>
          <time dateTime={entry.minute}>{formatMoment(entry.minute)}</time>: {entry.userName} wijzigde {entry.article}
          {entry.edits > 1 && ` (${entry.edits} bewerkingen)`}
        </>
      )}
    </HistorySection>
  );
}
