import type { WordPart } from "../../ordinance-model/index";

/** A word-by-word difference: removed words struck through, added words marked, and both said aloud to screen readers. */
export function WordDiff({ parts }: { parts: readonly WordPart[] }) {
  return (
    <span className="mw-word-diff">
      {parts.map((part, i) =>
        part.change === "added" ? (
          <ins key={i}>
            <span className="mw-visually-hidden">[toegevoegd: </span>
            {part.text}
            <span className="mw-visually-hidden">]</span>
          </ins>
        ) : part.change === "removed" ? (
          <del key={i}>
            <span className="mw-visually-hidden">[geschrapt: </span>
            {part.text}
            <span className="mw-visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
