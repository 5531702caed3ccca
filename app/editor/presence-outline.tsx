import type { Node } from "prosemirror-model";
import type { Numbering } from "../../ordinance-model/index";
import type { PresenceUser } from "./collab";

interface OutlineEntry {
  id: string;
  label: string;
  heading: string;
  kind: string;
}

function outlineOf(doc: Node, numbering: Numbering): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  doc.descendants((node) => {
    const entry = typeof node.attrs.id === "string" ? numbering.get(node.attrs.id) : undefined;
    if (entry && (entry.kind === "chapter" || entry.kind === "section" || entry.kind === "article")) {
      entries.push({ id: entry.id, label: entry.label, heading: node.firstChild?.textContent ?? "", kind: entry.kind });
    }
    return node.type.name !== "article" && node.type.name !== "notes" && node.type.name !== "slots";
  });
  return entries;
}

interface PresenceOutlineProps {
  doc: Node;
  numbering: Numbering;
  present: ReadonlyMap<string, readonly PresenceUser[]>;
  currentArticle: string | null;
  onGoTo: (id: string) => void;
}

/** The articles with their live numbers, and who of the others is working in which. */
export function PresenceOutline({ doc, numbering, present, currentArticle, onGoTo }: PresenceOutlineProps) {
  return (
    <nav aria-label="Inhoud en aanwezigen" className="mw-editor-outline">
      <ul>
        {outlineOf(doc, numbering).map((entry) => (
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
}
