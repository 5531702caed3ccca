import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { initProseMirrorDoc, prosemirrorToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from "y-prosemirror";
import { EditorState } from "prosemirror-state";
import { schema } from "../../ordinance-model/index";
import { writeChange, type YWriteMeta } from "./yjs-write";
import { applyEdit, edit, startDoc, startText, type StartText } from "./testing/edit-sequences";

// writeChange starts y-prosemirror's write at the deepest node that holds the change. Over random edit sequences the
// shared type must then hold exactly the editor's document, and write the same as y-prosemirror writing from the top.

/** A Yjs document holding `text`, and the editor state bound to it (as create-view builds it). */
function bound(text: StartText) {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment("ordinance");
  prosemirrorToYXmlFragment(startDoc(text), fragment);
  const { doc, mapping } = initProseMirrorDoc(fragment, schema);
  const meta: YWriteMeta = { mapping: mapping as YWriteMeta["mapping"], isOMark: new Map() };
  return { ydoc, fragment, meta, state: EditorState.create({ schema, doc: schema.topNodeType.create(null, doc.content) }) };
}

/** What the shared type holds, read back as ProseMirror JSON (attributes at their defaults, as the editor has them). */
const children = (fragment: Y.XmlFragment) => (yXmlFragmentToProseMirrorRootNode(fragment, schema).toJSON() as { content: unknown[] }).content;

describe("writing the editor's change into Yjs", () => {
  it("leaves Yjs holding the document, as a write from the top would, over random edit sequences", () => {
    fc.assert(
      fc.property(startText, fc.array(edit, { minLength: 1, maxLength: 20 }), (text, edits) => {
        const scoped = bound(text);
        const full = bound(text);
        let state = scoped.state;
        for (const e of edits) {
          const next = applyEdit(state, e);
          scoped.ydoc.transact(() => writeChange(scoped.fragment, scoped.meta, state.doc, next.doc));
          full.ydoc.transact(() => updateYFragment(full.ydoc, full.fragment, next.doc, full.meta as never));
          const expected = (next.doc.toJSON() as { content: unknown[] }).content;
          expect(children(scoped.fragment)).toEqual(expected);
          expect(children(full.fragment)).toEqual(expected);
          state = next;
        }
      }),
      { numRuns: 60 },
    );
  });
});
