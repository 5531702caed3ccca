import type { Node } from "prosemirror-model";
import { formatDate } from "../format";
import { itemLetter } from "../numbering";
import type { ResolvedOrdinance } from "../resolve";
import { renderProvisionsText } from "../render-text";
import { childOfType, childrenOf } from "../tree";
import { draftInstructions, type DraftOptions, type DraftStep } from "./draft";
import { sentence } from "./sentences";
import { numberingInForce, textInForce, type TextInForce } from "./text-in-force";

// The amending ordinance (wijzigingsverordening) as a reader gets it: "Artikel I. De Urgentieverordening Borne 2026
// wordt als volgt gewijzigd:", the instructions A, B, C … each with what it inserts or what a provision comes to read,
// "Artikel II" (entry into force) and, if given, an article with its own citeertitel.

export interface AmendmentPart {
  /** "A", "B", … "Z", "AA". */
  readonly letter: string;
  readonly sentence: string;
  /** What the instruction quotes ("luidende:", "komt te luiden:"), numbered as in the text just after it. */
  readonly quoted: { readonly nodes: readonly Node[]; readonly source: ResolvedOrdinance } | null;
}

export interface AmendingOrdinance {
  /** "Verordening tot wijziging van de Urgentieverordening Borne 2026". */
  readonly title: string;
  /** The citeertitel of the text that is amended. */
  readonly amended: string;
  readonly municipality: ResolvedOrdinance["municipality"];
  /** The aanhef: the adopted text's by role ("council", "read", "legalBasis"), with a "considering" of its own. */
  readonly preamble: ReadonlyMap<string, string>;
  readonly parts: readonly AmendmentPart[];
  /** The drafted instructions, part by part, with the text before and after each (the STOP mutation reads them). */
  readonly steps: readonly DraftStep[];
  readonly entryIntoForce: string;
  readonly citeertitel: string | null;
  /** The text in force once the amending ordinance is adopted. */
  readonly result: TextInForce;
}

export interface AmendingOptions extends DraftOptions {
  /** YYYY-MM-DD; without it the ordinance takes effect the day after its publication. */
  readonly entryIntoForce?: string | null;
  /** The amending ordinance's own citeertitel; without it there is no such article. */
  readonly citeertitel?: string | null;
}

function quotedOf(step: DraftStep, municipality: ResolvedOrdinance["municipality"]): AmendmentPart["quoted"] {
  const i = step.instruction;
  const nodes = i.kind === "replace" ? [i.node] : i.kind === "insert" ? i.nodes : null;
  if (!nodes) return null;
  const source: ResolvedOrdinance = { kind: "resolved", doc: step.after.doc, numbering: numberingInForce(step.after), municipality, values: new Map(), danglingReferences: [], openSlots: [] };
  return { nodes, source };
}

/** The amending ordinance that turns the adopted text into the body of `target`. */
export function amendingOrdinance(adopted: ResolvedOrdinance, target: Node, options: AmendingOptions = {}): AmendingOrdinance {
  const { steps, result } = draftInstructions(textInForce(adopted), target, options);
  const amended = childOfType(adopted.doc, "title").textContent;
  const preamble = new Map(childrenOf(childOfType(adopted.doc, "preamble")).map((clause) => [String(clause.attrs.role), clause.textContent] as const));
  // What the adopted text considered is its own reason; this ordinance has another one.
  preamble.set("considering", `overwegende dat het regionale model van deze verordening is gewijzigd en dat het wenselijk is de ${amended} daarop aan te passen;`);
  return {
    title: `Verordening tot wijziging van de ${amended}`,
    amended,
    municipality: adopted.municipality,
    preamble,
    steps,
    parts: steps.map((step, i) => ({ letter: itemLetter(i + 1).toUpperCase(), sentence: sentence(step), quoted: quotedOf(step, adopted.municipality) })),
    entryIntoForce: options.entryIntoForce
      ? `Deze verordening treedt in werking op ${formatDate(options.entryIntoForce)}.`
      : "Deze verordening treedt in werking met ingang van de dag na die van haar bekendmaking.",
    citeertitel: options.citeertitel ? `Deze verordening wordt aangehaald als: ${options.citeertitel}.` : null,
    result,
  };
}

/** The closing articles after Artikel I: "Artikel II" (entry into force), "Artikel III" (citeertitel) if any. */
export function closingArticles(ordinance: AmendingOrdinance): { label: string; text: string }[] {
  const closing = [{ label: "Artikel II", text: ordinance.entryIntoForce }];
  if (ordinance.citeertitel) closing.push({ label: "Artikel III", text: ordinance.citeertitel });
  return closing;
}

/** What the council decides, after "besluit:", shared by the text, Word and STOP builders. */
export function decisionClause(ordinance: AmendingOrdinance): string {
  return `vast te stellen de ${ordinance.title}`;
}

/** The amending ordinance as plain text, the way it reads on paper. */
export function renderAmendingOrdinanceText(ordinance: AmendingOrdinance): string {
  const lines: string[] = [ordinance.title, ""];
  for (const role of ["council", "read", "considering", "legalBasis"]) {
    const clause = ordinance.preamble.get(role);
    if (clause) lines.push(clause, "");
  }
  lines.push("besluit:", "", `${decisionClause(ordinance)}.`, "", "Artikel I", "");
  if (ordinance.parts.length === 0) lines.push(`De ${ordinance.amended} wijzigt niet: de nieuwe versie van het model verandert niets aan deze tekst.`, "");
  else lines.push(`De ${ordinance.amended} wordt als volgt gewijzigd:`, "");
  for (const part of ordinance.parts) {
    lines.push(part.letter, "", part.sentence, "");
    if (part.quoted) lines.push(renderProvisionsText(part.quoted.source, part.quoted.nodes).trimEnd(), "");
  }
  for (const closing of closingArticles(ordinance)) lines.push(closing.label, "", closing.text, "");
  return `${lines.join("\n").trim()}\n`;
}
