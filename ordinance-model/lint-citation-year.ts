import type { ResolvedOrdinance } from "./resolve";
import { formatDate } from "./format";
import { placeInWords } from "./references";
import { articlesIn, childOfType, childrenOf } from "./tree";

// The year in the citeertitel is the year the council adopts the ordinance. The check compares that year with the
// year of the council meeting, when that date is known; it never looks at today's date, so the same text and the same
// meeting give the same answer on every day.

export interface CitationYearProblem {
  readonly place: string;
  readonly message: string;
  readonly nodeId: string;
}

/** "Urgentieverordening Almelo 2027" → "2027": the year that ends the cited title. */
const citedYear = /aangehaald als:?\s+.*?\b(\d{4})\.?\s*$/;

export function citationYearProblems(resolved: ResolvedOrdinance, councilMeetingDate: string): CitationYearProblem[] {
  const meetingYear = councilMeetingDate.slice(0, 4);
  const problems: CitationYearProblem[] = [];
  for (const article of articlesIn(childOfType(resolved.doc, "body"))) {
    for (const member of childrenOf(article).filter((c) => c.type.name === "member")) {
      const year = citedYear.exec(member.textContent.trim())?.[1];
      if (!year || year === meetingYear) continue;
      const id = String(member.attrs.id);
      problems.push({
        place: placeInWords(resolved.numbering, id) ?? "de citeertitel",
        message: `De citeertitel noemt het jaar ${year}, maar de raad stelt de verordening vast in de vergadering van ${formatDate(councilMeetingDate)}. Het jaartal in de citeertitel is het jaar van vaststelling: ${meetingYear}.`,
        nodeId: id,
      });
    }
  }
  return problems;
}
