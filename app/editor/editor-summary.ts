import type { Node } from "prosemirror-model";
import type { EditorState } from "prosemirror-state";
import type { Awareness } from "y-protocols/awareness";
import { ancestorOf } from "../../ordinance-model/editing/index";
import type { Numbering } from "../../ordinance-model/index";
import { editorActions } from "./actions";
import type { PresenceUser } from "./collab";
import { numberingOf, textOnlyChange } from "./numbering-plugin";
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

export function outlineOf(doc: Node, numbering: Numbering): OutlineEntry[] {
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

/** The text each outline was last found for. */
const outlineSources = new WeakMap<readonly OutlineEntry[], { readonly doc: Node; readonly numbering: Numbering }>();

const headed: ReadonlySet<string> = new Set(["chapter", "section", "article"]);

/**
 * Whether `doc` has the outline of `source.doc`: the same numbering (the numbering plugin keeps it for plain text),
 * and at most plain text changed inside one text block that is not the heading of a chapter, section or article.
 */
function outlineKept(source: { doc: Node; numbering: Numbering }, doc: Node, numbering: Numbering): boolean {
  if (source.doc === doc) return true;
  if (source.numbering !== numbering) return false;
  const change = textOnlyChange(source.doc, doc);
  if (!change) return false;
  const $at = doc.resolve(change.from);
  return !($at.depth >= 2 && $at.index($at.depth - 1) === 0 && headed.has($at.node($at.depth - 1).type.name));
}

/**
 * The outline of `doc`: `previous` itself when it is the same, so React keeps it. Walking the text for it costs a
 * millisecond per keystroke on a large model, so typing outside a heading keeps `previous` without the walk.
 */
export function nextOutline(doc: Node, numbering: Numbering, previous: readonly OutlineEntry[] | null): readonly OutlineEntry[] {
  const source = previous && outlineSources.get(previous);
  let outline: readonly OutlineEntry[];
  if (previous && source && outlineKept(source, doc, numbering)) outline = previous;
  else {
    const fresh = outlineOf(doc, numbering);
    outline = previous && sameOutline(previous, fresh) ? previous : fresh;
  }
  outlineSources.set(outline, { doc, numbering });
  return outline;
}

const presenceKey = (present: ReadonlyMap<string, readonly PresenceUser[]>) => JSON.stringify([...present]);

export function summarise(state: EditorState, awareness: Awareness, previous: EditorSummary | null): EditorSummary {
  const enabled = editorActions.filter((action) => action.available(state)).map((action) => action.id).join(" ");
  const present = presenceByArticle(state, awareness);
  const next: EditorSummary = {
    enabled,
    outline: nextOutline(state.doc, numberingOf(state).numbering, previous?.outline ?? null),
    present: previous && presenceKey(previous.present) === presenceKey(present) ? previous.present : present,
    currentArticle: (ancestorOf(state.selection.$from, ["article"])?.node.attrs.id as string | undefined) ?? null,
  };
  const unchanged = previous && previous.enabled === next.enabled && previous.outline === next.outline && previous.present === next.present && previous.currentArticle === next.currentArticle;
  return unchanged ? previous : next;
}
