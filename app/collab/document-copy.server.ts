import * as Y from "yjs";
import type { Document } from "@hocuspocus/server";

// The one copy of a live document that the update guard (update-guard.server.ts) applies an update to before it is
// stored. While a suggester is connected the copy is kept and follows every stored update, because each suggested
// keystroke is checked on it; otherwise no copy is kept, and the rare check that needs one (a structural edit, a
// deletion near another's suggestion) makes one for that update only.

export interface DocumentCopy {
  readonly doc: Y.Doc;
  /**
   * Done with the copy: one made for this update is freed; the kept one is dropped when the update was refused, since
   * it now holds an update the live document will never get (a new one is made at the next check).
   */
  release(accepted: boolean): void;
}

interface Follower {
  readonly doc: Y.Doc;
  readonly follow: (update: Uint8Array) => void;
}

const followers = new WeakMap<Document, Follower>();

/** The kept copy when one is needed (`keep`), else a copy for this update only. */
export function copyOf(document: Document, keep: boolean): DocumentCopy {
  if (!keep) {
    stopFollowing(document);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
    return { doc, release: () => doc.destroy() };
  }
  return { doc: follow(document), release: (accepted) => accepted || stopFollowing(document) };
}

/**
 * Keeps a copy that follows every stored update, made now if there is none. Called when a suggester connects, so that
 * the copy of the whole document is made while that editor syncs, not during someone's keystroke.
 */
export function follow(document: Document): Y.Doc {
  let follower = followers.get(document);
  if (!follower) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
    // Yjs ignores what it has already, so an update checked here and then stored by Hocuspocus applies once.
    const apply = (update: Uint8Array) => Y.applyUpdate(doc, update);
    document.on("update", apply);
    followers.set(document, (follower = { doc, follow: apply }));
  }
  return follower.doc;
}

/** The kept copy, if there is one: it may be ahead of the live document by updates accepted but not yet stored. */
export const keptCopyOf = (document: Document): Y.Doc | null => followers.get(document)?.doc ?? null;

export function stopFollowing(document: Document): void {
  const follower = followers.get(document);
  if (!follower) return;
  document.off("update", follower.follow);
  follower.doc.destroy();
  followers.delete(document);
}
