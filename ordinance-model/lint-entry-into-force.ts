import type { ResolvedOrdinance } from "./resolve";
import { formatDate, monthNames } from "./format";
import { placeInWords } from "./references";
import { articlesIn, childOfType, childrenOf, headingText } from "./tree";

// An ordinance cannot take effect before the council adopts it. The check compares the dates written in the article on
// entry into force with the date of the council meeting, when that date is known; it never looks at today's date, so
// the same text and the same meeting give the same answer on every day.

export interface EntryIntoForceProblem {
  readonly place: string;
  readonly message: string;
  readonly nodeId: string;
}

const written = new RegExp(`\\b(\\d{1,2}) (${monthNames.join("|")}) (\\d{4})\\b`, "g");

/** "1 juli 2026" → "2026-07-01" */
const isoOf = (day: string, month: string, year: string) => `${year}-${String(monthNames.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;

export function entryIntoForceProblems(resolved: ResolvedOrdinance, councilMeetingDate: string): EntryIntoForceProblem[] {
  const problems: EntryIntoForceProblem[] = [];
  for (const article of articlesIn(childOfType(resolved.doc, "body"))) {
    if (!/inwerkingtreding/i.test(headingText(article))) continue;
    for (const member of childrenOf(article).filter((c) => c.type.name === "member")) {
      const text = member.textContent;
      if (!/in werking/i.test(text)) continue;
      for (const [, day, month, year] of text.matchAll(written)) {
        const date = isoOf(day!, month!, year!);
        if (date >= councilMeetingDate) continue;
        const id = String(member.attrs.id);
        problems.push({
          place: placeInWords(resolved.numbering, id) ?? "de inwerkingtreding",
          message: `De verordening treedt in werking op ${formatDate(date)}, vóór de raadsvergadering van ${formatDate(councilMeetingDate)}. Kies een latere datum van inwerkingtreding.`,
          nodeId: id,
        });
      }
    }
  }
  return problems;
}
