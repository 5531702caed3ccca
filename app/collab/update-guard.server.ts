import * as Y from "yjs";
import type { Document, Extension } from "@hocuspocus/server";
import type { CollabGrant } from "./access.server";
import { FORBIDDEN, refusal } from "./close-events.server";
import type { CollabContext } from "./context.server";
import { copyOf, follow, keptCopyOf, stopFollowing } from "./document-copy.server";
import { ORDINANCE_FRAGMENT } from "./ordinance-ydoc.server";
import { NOT_IN_SCHEMA, onlyTyping, schemaViolation, settingsOf } from "./schema-guard.server";
import { changedTypes, insideOwnInsertion, keepsSuggestions, othersSuggestions, typesIntoOwnInsertion, withoutOwnSuggestions, type Author } from "./suggestion-check";
import { writtenUpdateIn } from "./sync-frame.server";

// Every writer's update is checked here before it is stored or broadcast (this guard runs before the persistence), on
// one copy of the document (document-copy.server.ts), against three sets of rules:
// - the schema (schema-guard.server.ts), for everything but typing, and the settings only with model.settings;
// - a suggester (Voorstellen) may only add, mark or take back its own suggestions (suggestion-check.ts);
// - a writer without model.acceptSuggestion may not take away anything of another author's suggestion: that is an
//   accept or a reject.
// Only what an update changes is compared (the types it touches), and an update that cannot break a rule (typing with
// or without marks, for the schema; inserting text, for others' suggestions) is not applied to a copy at all. The usual
// suggested keystroke, typing inside one's own suggested insertion, is recognised from the update alone
// (`typesIntoOwnInsertion`) and only applied to the kept copy, which must hold every accepted update.

/** Closes a suggest-only connection that changed the text itself. */
export const ONLY_SUGGESTIONS = { code: 4403, reason: "Alleen voorstellen: deze wijziging is niet toegestaan" } as const;
/** Closes a writer without model.acceptSuggestion that removed, accepted or rejected another author's suggestion. */
export const OTHERS_SUGGESTION = { code: 4403, reason: "Over een voorstel van een ander beslist alleen de redactie" } as const;

export interface UpdateRefusal {
  readonly close: { code: number; reason: string };
  readonly why: string;
}

/** What the guard needs to know of the writer. */
export type Writer = Pick<CollabGrant, "suggestOnly" | "canChangeSettings" | "canDecideSuggestions"> & { readonly author: Author };

const hasSuggester = (document: Document) => document.getConnections().some((connection) => (connection.context as CollabContext).grant?.suggestOnly);

/** Whether the update deletes, formats or sets an attribute: only then can it take something away. */
function touchesExisting(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return ds.clients.size > 0 || structs.some((struct) => struct instanceof Y.Item && (struct.parentSub !== null || struct.content instanceof Y.ContentFormat));
}

/** Others' suggestions in the types the update changes, read in `doc`. */
function othersIn(doc: Y.Doc, scopes: ReadonlySet<Y.AbstractType<any>> | null, author: Author): Map<string, string> {
  const found = new Map<string, string>();
  for (const type of scopes ?? []) othersSuggestions(type, author, found);
  return found;
}

/** Null when the update may be stored; otherwise why not, and the close code that says so. */
export function updateRefusal(document: Document, update: Uint8Array, writer: Writer): UpdateRefusal | null {
  const keep = hasSuggester(document);
  const live = (keep && keptCopyOf(document)) || document;
  // The usual suggested keystroke needs no comparison: it is only applied to the copy, like every accepted update.
  const ownTyping = writer.suggestOnly && typesIntoOwnInsertion(live, update, writer.author);
  const structural = !ownTyping && !onlyTyping(live, update);
  const guarded = !writer.suggestOnly && !writer.canDecideSuggestions && touchesExisting(update);
  if (!structural && !writer.suggestOnly && !guarded) return null;
  // Without a kept copy, a deletion where no other author has a suggestion is settled without making one.
  if (!structural && !writer.suggestOnly && !keep) {
    const fragment = live.getXmlFragment(ORDINANCE_FRAGMENT);
    if (othersIn(live, changedTypes(live, update, fragment), writer.author).size === 0) return null;
  }
  const copy = copyOf(document, keep);
  const refused = ownTyping ? applied(copy.doc, update) : checkOn(copy.doc, update, writer, structural, guarded);
  copy.release(refused === null);
  return refused;
}

/**
 * Applies the update to the copy and checks it. Before and after are both read in the copy, which may be ahead of the
 * live document by updates accepted but not yet stored: comparing with the live document would count another
 * suggester's pending words as a change. Exported for the fast path's property test (suggestion-typing.test.ts).
 */
export function checkOn(doc: Y.Doc, update: Uint8Array, writer: Writer, structural: boolean, guarded: boolean): UpdateRefusal | null {
  const { author } = writer;
  const scopes = writer.suggestOnly || guarded ? changedTypes(doc, update, doc.getXmlFragment(ORDINANCE_FRAGMENT)) : null;
  // A type inside the author's own suggested provision is theirs to change, in any way.
  const own = () => JSON.stringify([...scopes!].map((type) => (insideOwnInsertion(type, author) ? null : withoutOwnSuggestions(type, author))));
  const settings = structural ? settingsOf(doc) : null;
  const ownBefore = writer.suggestOnly && scopes ? own() : null;
  const othersBefore = guarded ? othersIn(doc, scopes, author) : new Map<string, string>();
  if (!structural && !writer.suggestOnly && othersBefore.size === 0) return null;
  const unreadable = applied(doc, update);
  if (unreadable) return unreadable;
  if (structural) {
    const violation = schemaViolation(doc);
    if (violation) return { close: NOT_IN_SCHEMA, why: `buiten het schema: ${violation}` };
    if (!writer.canChangeSettings && settingsOf(doc) !== settings) return { close: FORBIDDEN, why: "de instellingen van de verordening gewijzigd zonder die bevoegdheid" };
  }
  if (writer.suggestOnly && scopes === null) return { close: ONLY_SUGGESTIONS, why: "een wijziging buiten de tekst" };
  if (writer.suggestOnly && own() !== ownBefore) return { close: ONLY_SUGGESTIONS, why: "de tekst zelf is gewijzigd, of een voorstel van iemand anders" };
  if (othersBefore.size > 0 && !keepsSuggestions(othersBefore, othersIn(doc, scopes, author))) {
    return { close: OTHERS_SUGGESTION, why: "een voorstel van een ander verwijderd, aanvaard of afgewezen" };
  }
  return null;
}

/** Applies the update to the copy; a refusal when Yjs cannot. */
function applied(doc: Y.Doc, update: Uint8Array): UpdateRefusal | null {
  try {
    Y.applyUpdate(doc, update);
    return null;
  } catch (error) {
    return { close: NOT_IN_SCHEMA, why: `buiten het schema: ${(error as Error).message}` };
  }
}

/** Placed before the persistence: a refused update closes the connection and is never stored or broadcast. */
export function updateGuard(): Extension<CollabContext> {
  return {
    extensionName: "modelwerk-update-guard",
    async beforeHandleMessage({ document, context: { grant }, update: frame }) {
      if (!grant?.canEdit) return;
      const update = writtenUpdateIn(frame);
      if (!update) return;
      const refused = updateRefusal(document, update, { ...grant, author: { id: grant.account.id, name: grant.account.name } });
      if (refused === null) return;
      console.warn(`Samenwerken: wijziging op ${document.name} van ${grant.account.email} geweigerd: ${refused.why}`);
      throw refusal(refused.close);
    },
    async connected({ connection }) {
      if (connection.context.grant?.suggestOnly) follow(connection.document);
    },
    async onDisconnect({ document }) {
      if (!hasSuggester(document)) stopFollowing(document);
    },
    async beforeUnloadDocument({ document }) {
      stopFollowing(document);
    },
  };
}
