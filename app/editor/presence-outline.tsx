import { memo } from "react";
import type { PresenceUser } from "./collab";
import type { OutlineEntry } from "./editor-summary";

interface PresenceOutlineProps {
  outline: readonly OutlineEntry[];
  present: ReadonlyMap<string, readonly PresenceUser[]>;
  currentArticle: string | null;
  onGoTo: (id: string) => void;
}

/** The articles with their live numbers, and who of the others is working in which. Re-renders only when these change. */
export const PresenceOutline = memo(function PresenceOutline({ outline, present, currentArticle, onGoTo }: PresenceOutlineProps) {
  return (
    <nav aria-label="Inhoud en aanwezigen" className="mw-editor-outline">
      <ul>
        {outline.map((entry) => (
          <li key={entry.id} className={`mw-editor-outline__${entry.kind}`} data-id={entry.id}>
            {entry.kind === "article" ? (
              <button type="button" className="mw-editor-outline__link" aria-current={entry.id === currentArticle ? "location" : undefined} onClick={() => onGoTo(entry.id)}>
                {entry.label}
                {entry.heading && ` ${entry.heading}`}
              </button>
            ) : (
              <span className="mw-editor-outline__group">
                {entry.label} {entry.heading}
              </span>
            )}
            {(present.get(entry.id) ?? []).map((user) => (
              <span key={user.name} className="mw-editor-presence" style={{ borderColor: user.colour }}>
                {user.name}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </nav>
  );
});
