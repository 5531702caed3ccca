import * as Y from "yjs";
import type { Document, Extension } from "@hocuspocus/server";
import { refusal } from "./close-events.server";
import type { CollabContext } from "./context.server";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";
import { scopesOf, withoutOwnSuggestions, type Author } from "./suggestion-check";
import { writtenUpdateIn } from "./sync-frame.server";

// The server side of Voorstellen: every update of a suggest-only connection is applied to a copy of the document first
// and compared with the live one (suggestion-check.ts). A refused update closes the connection with a Dutch reason and
// is never stored or broadcast (this guard runs before the persistence). The copy is kept per document and follows every
// stored update, so a check costs one update applied and the changed articles compared, not a copy of the whole text.

/** Closes a suggest-only connection that changed the text itself. */
export const ONLY_SUGGESTIONS = { code: 4403, reason: "Alleen voorstellen: deze wijziging is niet toegestaan" } as const;

interface Shadow {
  readonly doc: Y.Doc;
  readonly follow: (update: Uint8Array) => void;
}

const shadows = new WeakMap<Document, Shadow>();

function shadowOf(document: Document): Shadow {
  let shadow = shadows.get(document);
  if (!shadow) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(document));
    // Yjs ignores what it has already, so an update checked here and then stored by Hocuspocus applies once.
    const follow = (update: Uint8Array) => Y.applyUpdate(doc, update);
    document.on("update", follow);
    shadows.set(document, (shadow = { doc, follow }));
  }
  return shadow;
}

function dropShadow(document: Document): void {
  const shadow = shadows.get(document);
  if (!shadow) return;
  document.off("update", shadow.follow);
  shadow.doc.destroy();
  shadows.delete(document);
}

/**
 * Null when the update only adds, marks or takes back the author's own suggestions; otherwise what it does, in words.
 * Before and after are both read in the copy, which may be ahead of the live document by updates accepted but not yet
 * stored: comparing with the live document would count another suggester's pending words as a change.
 */
export function suggestionViolation(document: Document, update: Uint8Array, author: Author): string | null {
  const shadow = shadowOf(document);
  const fragment = shadow.doc.getXmlFragment(ORDINANCE_FRAGMENT);
  const scopes = scopesOf(shadow.doc, update, fragment);
  if (scopes === null) return "een wijziging buiten de tekst";
  const compared = scopes.has(fragment) ? [fragment] : [...scopes];
  const project = () => JSON.stringify(compared.map((type) => withoutOwnSuggestions(type, author)));
  const before = project();
  try {
    Y.applyUpdate(shadow.doc, update);
  } catch (error) {
    dropShadow(document);
    return `onleesbare wijziging (${(error as Error).message})`;
  }
  // A scope deleted by the update reads as empty afterwards, so deleting a whole article is a change too.
  if (project() === before) return null;
  // The copy now holds an update the live document will never get: start a fresh copy at the next check.
  dropShadow(document);
  return "de tekst zelf is gewijzigd, of een voorstel van iemand anders";
}

/** Placed before the persistence, after the schema guard. */
export function suggestionGuard(): Extension<CollabContext> {
  return {
    extensionName: "modelwerk-suggestions",
    async beforeHandleMessage({ document, context: { grant }, update: frame }) {
      if (!grant?.suggestOnly) return;
      const update = writtenUpdateIn(frame);
      if (!update) return;
      const violation = suggestionViolation(document, update, { id: grant.account.id, name: grant.account.name });
      if (violation === null) return;
      console.warn(`Samenwerken: voorstel op ${document.name} van ${grant.account.email} geweigerd: ${violation}`);
      throw refusal(ONLY_SUGGESTIONS);
    },
    async beforeUnloadDocument({ document }) {
      dropShadow(document);
    },
  };
}
