import type { Node } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import type { Awareness } from "y-protocols/awareness";
import { ancestorOf } from "../../ordinance-model/editing/index";
import type { Numbering } from "../../ordinance-model/index";
import { editorActions } from "./actions";
import type { PresenceUser } from "./collab";
import { numberingOf } from "./numbering-plugin";
import { presenceByArticle } from "./presence";

// What the React parts around the text show (toolbar, outline, presence), derived from the editor state after each
// transaction. Parts that did not change keep their previous value (the same object), so React skips re-rendering
// them: typing a letter re-renders nothing outside ProseMirror.

export interface OutlineEntry {
  readonly id: string;
  readonly label: string;
  readonly heading: string;
  readonly kind: string;
}

export interface EditorSummary {
  /** Ids of the toolbar actions that apply where the cursor is, space-separated. */
  readonly enabled: string;
  readonly outline: readonly OutlineEntry[];
  readonly present: ReadonlyMap<string, readonly PresenceUser[]>;
  readonly currentArticle: string | null;
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

const sameOutline = (a: readonly OutlineEntry[], b: readonly OutlineEntry[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i]!.id && e.label === b[i]!.label && e.heading === b[i]!.heading && e.kind === b[i]!.kind);

const presenceKey = (present: ReadonlyMap<string, readonly PresenceUser[]>) => JSON.stringify([...present]);

export function summarise(state: EditorState, awareness: Awareness, previous: EditorSummary | null): EditorSummary {
  const enabled = editorActions.filter((action) => action.available(state)).map((action) => action.id).join(" ");
  const outline = outlineOf(state.doc, numberingOf(state).numbering);
  const present = presenceByArticle(state, awareness);
  const next: EditorSummary = {
    enabled,
    outline: previous && sameOutline(previous.outline, outline) ? previous.outline : outline,
    present: previous && presenceKey(previous.present) === presenceKey(present) ? previous.present : present,
    currentArticle: (ancestorOf(state.selection.$from, ["article"])?.node.attrs.id as string | undefined) ?? null,
  };
  const unchanged = previous && previous.enabled === next.enabled && previous.outline === next.outline && previous.present === next.present && previous.currentArticle === next.currentArticle;
  return unchanged ? previous : next;
}
