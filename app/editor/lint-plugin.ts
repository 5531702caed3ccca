import type { Node } from "prosemirror-model";
import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { computeNumbering, lintDrafting, structureProblems } from "../../ordinance-model/index";

// The drafting checks of ordinance-model, live while the model is written: each finding stands as a note beside the
// provision it is about, in the same Dutch words the preview, the choices page and the CLI use. What concurrent edits
// broke in the structure ("Artikel 27 heeft geen leden meer.") stands there too, as the page's banner says it after a
// reload. The checks take tens of milliseconds on a whole model, so they run when typing pauses, not on every keystroke.

export const lintKey = new PluginKey<DecorationSet>("drafting-lint");

interface Finding {
  readonly code: string;
  readonly message: string;
  readonly nodeId: string | null;
}

function note(error: Finding): () => HTMLElement {
  return () => {
    const span = document.createElement("span");
    span.className = "mw-editor-lint";
    span.setAttribute("role", "note");
    span.setAttribute("contenteditable", "false");
    span.dataset.code = error.code;
    span.textContent = `${error.code === "structure" ? "Herstel nodig" : "Controle"}: ${error.message}`;
    return span;
  };
}

/** The findings on a document as widgets at the end of their provisions. */
export function lintDecorations(doc: Node): DecorationSet {
  const errors: Finding[] = [...structureProblems(doc, computeNumbering(doc)), ...lintDrafting(doc)];
  if (errors.length === 0) return DecorationSet.empty;
  // The end of each provision, so the note follows its text; findings on the whole text go after the title.
  const ends = new Map<string, number>();
  doc.descendants((node, pos) => {
    if (typeof node.attrs.id === "string") ends.set(node.attrs.id, pos + node.nodeSize - 1);
  });
  const titleEnd = doc.firstChild!.nodeSize - 1;
  return DecorationSet.create(
    doc,
    errors.map((error, i) =>
      Decoration.widget((error.nodeId !== null ? ends.get(error.nodeId) : undefined) ?? titleEnd, note(error), { side: 1, key: `lint:${i}:${error.code}:${error.message}`, ignoreSelection: true }),
    ),
  );
}

/** Typing pauses this long before the checks run again; meanwhile the notes move along with the text. */
const settleMs = 300;

export const lintPlugin = new Plugin<DecorationSet>({
  key: lintKey,
  state: {
    init: (_, state) => lintDecorations(state.doc),
    apply: (tr, old) => (tr.getMeta(lintKey) as DecorationSet | undefined) ?? (tr.docChanged ? old.map(tr.mapping, tr.doc) : old),
  },
  props: { decorations: (state) => lintKey.getState(state) },
  view: () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return {
      update: (view, previous) => {
        if (view.state.doc.eq(previous.doc)) return;
        clearTimeout(timer);
        timer = setTimeout(() => view.dispatch(view.state.tr.setMeta(lintKey, lintDecorations(view.state.doc))), settleMs);
      },
      destroy: () => clearTimeout(timer),
    };
  },
});
