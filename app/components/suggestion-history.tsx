import { formatMoment } from "../consultation/labels";
import type { PostView } from "../consultation/views";
import { HistorySection } from "./history-section";
import { ThreadPosts } from "./thread-posts";

export interface SuggestionHistoryEntry {
  key: string;
  what: string;
  article: string;
  authorName: string;
  proposedAt: string;
  decision: "accept" | "reject";
  decidedByName: string;
  decidedAt: string;
  /** The suggestion's discussion, for those who may read it (decision 066); empty otherwise. */
  thread: readonly PostView[];
}

/** Who proposed what and when, and who decided how and when, with the discussion: newest decision first. */
export function SuggestionHistory({ entries }: { entries: readonly SuggestionHistoryEntry[] }) {
  return (
    <HistorySection id="voorstellen-besluiten" heading="Besluiten over voorstellen" empty="Nog geen voorstellen aanvaard of afgewezen." entries={entries} keyOf={(e) => e.key}>
      {(e) => (
        <>
          {e.authorName} stelde op <time dateTime={e.proposedAt}>{formatMoment(e.proposedAt)}</time> een {e.what} voor in {e.article};{" "}
          {e.decidedByName} heeft dit op <time dateTime={e.decidedAt}>{formatMoment(e.decidedAt)}</time> {e.decision === "accept" ? "aanvaard" : "afgewezen"}.
          {e.thread.length > 0 && (
            <details className="mw-suggestion-thread">
              <summary>Bespreking ({e.thread.length === 1 ? "1 bericht" : `${e.thread.length} berichten`})</summary>
              <ThreadPosts posts={e.thread} label="Bespreking van dit voorstel" />
            </details>
          )}
        </>
      )}
    </HistorySection>
  );
}
