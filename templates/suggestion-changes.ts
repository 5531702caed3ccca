import type { Node } from "prosemirror-model";
import { parseLiveModel } from "../ordinance-model/index";
import { ATOM_WORDS, decideAll, listSuggestions, type SuggestionEntry } from "../ordinance-model/suggestions/index";
import type { ChangesData, RevisionAuthor } from "./wijzigingen";

// The pending suggestions of the working draft as the *wijzigingen* document shows them: the text as it stands (every
// suggestion rejected) against the text with every suggestion accepted, each tracked change under the name of the one
// who proposed it and at the time they did.

const words = (text: string) => text.replace(/\s+/g, " ").trim();

const atoms = new RegExp(Object.values(ATOM_WORDS).map((w) => w.replace(/[[\]]/g, "\\$&")).join("|"));
/** The words of a suggestion between its references and slot values, whose words the diff has but the entry has not. */
const pieces = (entry: SuggestionEntry) => words(entry.text).split(atoms).map((piece) => piece.trim()).filter((piece) => piece !== "");

/** The suggestion a change of the Word diff belongs to: same article and kind, and the changed words part of it. */
function suggestionFor(entries: readonly SuggestionEntry[], articleId: string | null, kind: "insertion" | "deletion", text: string): SuggestionEntry | undefined {
  const candidates = entries.filter((e) => e.articleId === articleId && e.kind === kind);
  const changed = words(text);
  return candidates.find((e) => changed !== "" && pieces(e).some((piece) => piece.includes(changed) || changed.includes(piece))) ?? candidates[0];
}

/** The `before`, `after` and authors of a wijzigingen document of the pending suggestions in `doc` (the live text). */
export function pendingSuggestionChanges(doc: Node, fallback: RevisionAuthor): Pick<ChangesData, "before" | "after" | "authors" | "authorOfChange"> {
  const entries = listSuggestions(doc);
  const author = (entry: SuggestionEntry | undefined) => (entry ? { name: entry.authorName, date: entry.at } : undefined);
  return {
    before: parseLiveModel(doc.toJSON()),
    after: parseLiveModel(decideAll(doc, "accept").toJSON()),
    authors: (articleId) => author(entries.find((e) => e.articleId === articleId)) ?? fallback,
    authorOfChange: (articleId, kind, text) => author(suggestionFor(entries, articleId, kind, text)),
  };
}
