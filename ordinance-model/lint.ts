import type { Node } from "prosemirror-model";
import { checkDrafting, type DraftingCode } from "./lint-drafting";
import { computeNumbering, type Numbering } from "./numbering";
import { blockText, endingOf, subListOf } from "./punctuation";
import { findReferences, placeInWords, placeOfAncestors, referenceInWords } from "./references";
import type { ResolvedOrdinance } from "./resolve";
import { missingCategories } from "./statutory-categories";
import { entryIntoForceProblems } from "./lint-entry-into-force";
import { citationYearProblems } from "./lint-citation-year";
import { articlesIn, childOfType, childrenOf, headingText, walk } from "./tree";

// lint: what must hold for a municipality's ordinance before it goes to the council. Each error
// names its place in words ("artikel 4, tweede lid") so a civil servant can find it on paper.

export type LintCode =
  | "numbering"
  | "reference"
  | "category-missing"
  | "open-slot"
  | "unresolved-variant"
  | "entry-into-force-missing"
  | "entry-into-force-before-meeting"
  | "citation-year-not-meeting-year"
  | "short-title-missing"
  | "item-punctuation"
  | "list-introduction"
  | DraftingCode;

export interface LintError {
  readonly code: LintCode;
  /** In words: "artikel 4, tweede lid", or "de verordening" for the whole text. */
  readonly place: string;
  /** Dutch. */
  readonly message: string;
  readonly nodeId: string | null;
}

const wholeText = "de verordening";

type Report = (code: LintCode, place: string, message: string, nodeId?: string | null) => void;

function checkNumbering(doc: Node, fresh: Numbering, given: Numbering, report: Report): void {
  const body = childOfType(doc, "body");
  const perChapter = doc.attrs.numbering === "perChapter";
  let expected = 1;
  let chapter: string | null = null;
  for (const article of articlesIn(body)) {
    const entry = fresh.get(String(article.attrs.id))!;
    const chapterId = entry.path.length > 1 ? entry.path[0]! : null;
    if (perChapter && chapterId !== chapter) expected = 1;
    chapter = chapterId;
    if (entry.ordinal !== expected) report("numbering", `artikel ${entry.designation}`, `De artikelnummering loopt niet door: verwacht nummer ${expected}, gevonden ${entry.ordinal}. Staan er nog varianten naast elkaar?`, entry.id);
    expected = entry.ordinal! + 1;
    const members = childrenOf(article).filter((c) => c.type.name === "member");
    members.forEach((member, i) => {
      const m = fresh.get(String(member.attrs.id))!;
      const want = members.length === 1 ? null : i + 1;
      if (m.ordinal !== want) report("numbering", placeInWords(fresh, m.id) ?? `artikel ${entry.designation}`, `De leden van artikel ${entry.designation} zijn niet doorlopend genummerd.`, m.id);
    });
  }
  walk(body, (node) => {
    if (node.type.name !== "itemList") return;
    childrenOf(node).forEach((item, i) => {
      const e = fresh.get(String(item.attrs.id))!;
      if (e.ordinal !== i + 1) report("numbering", placeInWords(fresh, e.id)!, "De onderdelen van deze opsomming zijn niet doorlopend genummerd.", e.id);
    });
  });
  // A numbering handed along with the document must be the one the document has now.
  for (const [id, entry] of fresh) {
    if (given.get(id)?.label !== entry.label) {
      report("numbering", placeInWords(fresh, id)!, "De meegegeven nummering hoort niet bij deze tekst; nummers worden opnieuw berekend.", id);
      break;
    }
  }
}

function checkVariantsAndSlots(resolved: ResolvedOrdinance, numbering: Numbering, report: Report): void {
  walk(resolved.doc, (node, ancestors) => {
    const where = () => placeOfAncestors([...ancestors, node], numbering);
    if (node.attrs.condition != null) {
      const { place, nodeId } = where();
      report("unresolved-variant", place, "Hier staat nog een variant met een voorwaarde; de keuze is niet toegepast.", nodeId);
    }
    if (node.type.name === "slotDefinition") report("unresolved-variant", wholeText, `De keuzemogelijkheid "${String(node.attrs.key)}" staat nog in de verordening.`);
    if (node.type.name === "slotValue") {
      const key = String(node.attrs.slot);
      const label = resolved.openSlots.find((s) => s.key === key)?.label ?? key;
      const { place, nodeId } = where();
      report("open-slot", place, `De keuze "${label}" is nog niet ingevuld.`, nodeId);
    }
  });
  for (const open of resolved.openSlots) {
    if (open.place === null) report("open-slot", wholeText, `De keuze "${open.label}" is nog niet gemaakt, dus er is geen variant gekozen.`);
  }
}

function checkReferences(doc: Node, numbering: Numbering, report: Report): void {
  for (const site of findReferences(doc, numbering)) {
    if (referenceInWords(numbering, site.target) === null) {
      report("reference", site.place, "Deze verwijzing wijst naar een bepaling die niet (meer) in de verordening staat.", site.nodeId);
    }
  }
}

function checkContents(doc: Node, report: Report): void {
  const body = childOfType(doc, "body");
  const paragraphs: string[] = [];
  body.descendants((node) => {
    if (node.isTextblock) paragraphs.push(blockText(node));
    return !node.isTextblock;
  });
  for (const category of missingCategories(paragraphs)) {
    report("category-missing", wholeText, `De wettelijke urgentiecategorie "${category.label}" ontbreekt.`);
  }
  // Each article's heading and the texts of its parts in lower case, read once for both questions.
  const articles = articlesIn(body).map((a) => ({ heading: headingText(a).toLowerCase(), parts: childrenOf(a).map((m) => m.textContent.toLowerCase()) }));
  const has = (heading: RegExp, text: RegExp) => articles.some((a) => heading.test(a.heading) || a.parts.some((m) => text.test(m)));
  if (!has(/inwerkingtreding/, /treedt in werking|in werking treedt/)) report("entry-into-force-missing", wholeText, "Een artikel over de inwerkingtreding ontbreekt.");
  if (!has(/citeertitel/, /aangehaald als/)) report("short-title-missing", wholeText, "Een artikel met de citeertitel ontbreekt.");
}

type Expectation = "separator" | "final" | "open";

function checkItems(list: Node, last: Expectation, numbering: Numbering, report: Report): void {
  const items = childrenOf(list);
  items.forEach((item, i) => {
    const place = placeInWords(numbering, String(item.attrs.id)) ?? wholeText;
    const expectation: Expectation = i < items.length - 1 ? "separator" : last;
    // An item that concurrent edits left without its sentence is a structure problem of the model, not a crash here.
    const ending = item.firstChild ? endingOf(blockText(item.firstChild)) : null;
    const sub = subListOf(item);
    if (sub) {
      if (ending?.mark !== ":" || ending.conjunction) report("list-introduction", place, "Een onderdeel met subonderdelen eindigt op een dubbele punt.", item.attrs.id);
      checkItems(sub, expectation, numbering, report);
      return;
    }
    if (ending?.mark === ":") {
      report("list-introduction", place, "Dit onderdeel eindigt op een dubbele punt, maar er volgt geen opsomming.", item.attrs.id);
      return;
    }
    const ok =
      expectation === "separator"
        ? ending !== null && (ending.mark === ";" || (ending.mark === "," && ending.conjunction !== null))
        : expectation === "final"
          ? ending !== null && ending.mark === "." && ending.conjunction === null
          : ending !== null && [".", ";", ","].includes(ending.mark);
    if (!ok) {
      const message =
        expectation === "separator"
          ? 'Dit onderdeel eindigt op ";" (eventueel gevolgd door "en" of "of"), want er volgt nog een onderdeel.'
          : expectation === "final"
            ? "Het laatste onderdeel van de opsomming eindigt met een punt."
            : "Dit onderdeel eindigt niet met een leesteken.";
      report("item-punctuation", place, message, item.attrs.id);
    }
  });
}

function checkLists(doc: Node, numbering: Numbering, report: Report): void {
  childOfType(doc, "body").descendants((node) => {
    if (node.type.name !== "member") return true;
    const place = placeInWords(numbering, String(node.attrs.id)) ?? wholeText;
    const parts = childrenOf(node);
    parts.forEach((part, i) => {
      const before = parts[i - 1];
      if (part.type.name === "itemList") {
        if (!before || before.type.name !== "paragraph" || endingOf(blockText(before))?.mark !== ":") {
          report("list-introduction", place, "Een opsomming wordt ingeleid door een zin die eindigt op een dubbele punt.", node.attrs.id);
        }
        checkItems(part, i === parts.length - 1 ? "final" : "open", numbering, report);
      } else if (endingOf(blockText(part))?.mark === ":" && parts[i + 1]?.type.name !== "itemList") {
        report("list-introduction", place, "Deze zin kondigt een opsomming aan die er niet is.", node.attrs.id);
      }
    });
    return false;
  });
}

/**
 * The drafting checks alone, on any document in the schema, the model with its variants included: what the editor
 * shows beside a provision while the text is being written.
 */
export function lintDrafting(doc: Node): LintError[] {
  const errors: LintError[] = [];
  checkDrafting(doc, computeNumbering(doc), { guidance: [], typed: [] }, (code, place, message, nodeId = null) => errors.push({ code, place, message, nodeId }));
  return errors;
}

/** Everything wrong with a resolved ordinance; an empty list means it is ready to go. */
export function lint(resolved: ResolvedOrdinance, options: { councilMeetingDate?: string /* yyyy-mm-dd */ } = {}): LintError[] {
  const errors: LintError[] = [];
  const report: Report = (code, place, message, nodeId = null) => errors.push({ code, place, message, nodeId });
  // Lint trusts nothing it was handed: numbers and references are recomputed from the document.
  const numbering = computeNumbering(resolved.doc);
  checkNumbering(resolved.doc, numbering, resolved.numbering, report);
  checkVariantsAndSlots(resolved, numbering, report);
  checkReferences(resolved.doc, numbering, report);
  checkContents(resolved.doc, report);
  checkLists(resolved.doc, numbering, report);
  checkDrafting(resolved.doc, numbering, { guidance: resolved.slotGuidance ?? [], typed: resolved.typedTexts ?? [] }, report);
  if (options.councilMeetingDate) {
    for (const p of entryIntoForceProblems(resolved, options.councilMeetingDate)) report("entry-into-force-before-meeting", p.place, p.message, p.nodeId);
    for (const p of citationYearProblems(resolved, options.councilMeetingDate)) report("citation-year-not-meeting-year", p.place, p.message, p.nodeId);
  }
  return errors;
}
