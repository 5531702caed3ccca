// The cost of moving an article (decision 063), on the editor's write path without a browser: the Yjs document is
// bound as the editor binds it, article k is moved one place down, and y-prosemirror writes the difference. Compared
// with the old write path (the move as a delete and an insert in one document bound position by position), for the
// Twente model and the tenfold model, in bytes of the Yjs update a move sends and in time per move. Also the time per
// typed character on both paths: the new path reorders on every change. Run: npx tsx bench/move.ts
import * as Y from "yjs";
import { EditorState, type Transaction } from "prosemirror-state";
import type { Node } from "prosemirror-model";
import { initProseMirrorDoc, updateYFragment } from "y-prosemirror";
import { schema } from "../ordinance-model/index";
import { inReadingOrder, inSharedOrder, repairOrderKeys, withoutOrderKey } from "../ordinance-model/article-order";
import { ORDINANCE_FRAGMENT, ordinanceToYUpdate } from "../app/collab/ordinance-ydoc.server";
import { twenteModel } from "../db/seed/twente-model";
import { largeModel } from "./large-model";

type Path = "old" | "new";

function articleSites(doc: Node): { pos: number; size: number; next: number }[] {
  const sites: { pos: number; size: number; next: number }[] = [];
  doc.descendants((node, pos, parent, index) => {
    const next = parent?.maybeChild(index + 1);
    if (node.type.name === "article" && next?.type.name === "article") sites.push({ pos, size: node.nodeSize, next: next.nodeSize });
    return node.type.name !== "article";
  });
  return sites;
}

/** One change on one path; returns the bytes of the Yjs update it wrote. */
function change(ydoc: Y.Doc, path: Path, make: (tr: Transaction) => void): number {
  const fragment = ydoc.getXmlFragment(ORDINANCE_FRAGMENT);
  const { doc: shared, meta } = initProseMirrorDoc(fragment, schema);
  const tr = EditorState.create({ schema, doc: path === "new" ? inReadingOrder(shared) : shared }).tr;
  make(tr);
  let bytes = 0;
  const count = (update: Uint8Array) => (bytes += update.length);
  ydoc.on("update", count);
  if (path === "new") repairOrderKeys(tr);
  updateYFragment(ydoc, fragment, path === "new" ? inSharedOrder(tr.doc, shared) : tr.doc, meta);
  ydoc.off("update", count);
  return bytes;
}

const move = (path: Path, k: number) => (tr: Transaction) => {
  const sites = articleSites(tr.doc);
  const { pos, size, next } = sites[k % sites.length]!;
  const article = tr.doc.nodeAt(pos)!;
  tr.delete(pos, pos + size);
  tr.insert(pos + next, path === "new" ? withoutOrderKey(article) : article);
};

const type = (k: number) => (tr: Transaction) => {
  const sites = articleSites(tr.doc);
  tr.insertText("x", sites[k % sites.length]!.pos + 3);
};

function measure(json: unknown, path: Path, what: "move" | "type", runs: number) {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, ordinanceToYUpdate(json));
  const bytes: number[] = [];
  const start = performance.now();
  for (let k = 0; k < runs; k++) bytes.push(change(ydoc, path, what === "move" ? move(path, 7 * k) : type(7 * k)));
  const ms = (performance.now() - start) / runs;
  // Time the conversion (initProseMirrorDoc) alone, which both paths share and the editor does not repeat per change.
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) initProseMirrorDoc(ydoc.getXmlFragment(ORDINANCE_FRAGMENT), schema);
  const convert = (performance.now() - t0) / runs;
  bytes.sort((a, b) => a - b);
  return { ms: ms - convert, bytes: bytes[Math.floor(bytes.length / 2)]! };
}

for (const [name, json] of [["Twente", twenteModel], ["tenfold", largeModel(10)]] as const) {
  for (const what of ["move", "type"] as const) {
    measure(json, "old", what, 20);
    measure(json, "new", what, 20);
    const old = measure(json, "old", what, 100);
    const now = measure(json, "new", what, 100);
    console.log(
      `${name}, ${what}: old ${old.ms.toFixed(2)} ms, ${old.bytes} B; new ${now.ms.toFixed(2)} ms, ${now.bytes} B; time ${(now.ms / old.ms).toFixed(2)}×, bytes ${(now.bytes / old.bytes).toFixed(3)}×`,
    );
  }
}
