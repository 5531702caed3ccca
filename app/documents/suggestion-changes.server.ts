import type { Db } from "../../db/client";
import type { ModelRow } from "../../db/queries/models";
import { getRegion } from "../../db/queries/regions";
import type { Node } from "prosemirror-model";
import { listSuggestions, withPendingSuggestions, type SuggestionEntry } from "../../ordinance-model/suggestions/index";
import { pendingSuggestionChanges } from "../../templates/suggestion-changes";
import { wijzigingen } from "../../templates/wijzigingen";
import { liveOrdinanceJSON } from "../collab/live-model.server";
import { DocumentRefused, type GeneratedDocument } from "./generate.server";

/** The working draft with its suggestions, and the suggestions still pending in it. */
export function pendingSuggestions(db: Db, row: ModelRow): { doc: Node; suggestions: SuggestionEntry[] } {
  const doc = withPendingSuggestions(liveOrdinanceJSON(db, row));
  return { doc, suggestions: listSuggestions(doc) };
}

/**
 * The wijzigingen of the working draft's pending suggestions: the text as it stands against the text with every
 * suggestion accepted, each tracked change under the name of the one who proposed it. The page and the CLI share it.
 */
export async function pendingSuggestionsDocument(db: Db, row: ModelRow, now = new Date()): Promise<GeneratedDocument> {
  const { doc, suggestions } = pendingSuggestions(db, row);
  if (suggestions.length === 0) throw new DocumentRefused(["Er zijn geen openstaande voorstellen in de werkversie."]);
  const bytes = await wijzigingen({
    title: `Voorstellen tot wijziging ${row.title}`,
    organisation: getRegion(db, row.regionId)?.name ?? row.title,
    fromLabel: "de werkversie",
    toLabel: "de werkversie met alle openstaande voorstellen aanvaard",
    // A change the diff cannot tie to one suggestion is the redactie's to explain, at the time of the download.
    ...pendingSuggestionChanges(doc, { name: "Redactie", date: now.toISOString() }),
  });
  return { filename: `voorstellen-model-${row.id}.docx`, bytes };
}
