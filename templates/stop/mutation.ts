import type { Node } from "prosemirror-model";
import { decisionClause, findById, numberingInForce, parentNode, type AmendingOrdinance, type DraftStep, type Parent, type TextInForce } from "../../ordinance-model/amendments/index";
import { formatDate, type ResolvedOrdinance } from "../../ordinance-model/index";
import { childrenOf, walk } from "../../ordinance-model/tree";
import { bevoegdGezag, workIds } from "./identifiers";
import { STOP_SCHEMA_VERSION, type StopDecision } from "./besluit";
import { StopText } from "./text";
import { el, xmlDocument, type XmlElement } from "./xml";

// An amending ordinance as STOP XML: a BesluitCompact whose Artikel I (a WijzigArtikel) amends the regulation "zoals
// aangegeven in bijlage A", and whose WijzigBijlage holds the RegelingMutatie from the expression in force to the new
// one: per instruction a Vervang, VervangKop, VoegToe or Verwijder of the chapter or article concerned (a change inside
// an article replaces the article, as STOP addresses elements by eId). Each names the eId as numbered in force just
// before it and carries the element as it reads just after it.

const NAMESPACE = "https://standaarden.overheid.nl/stop/imop/tekst/";
const structural = new Set(["chapter", "section", "article"]);

/** The text just before or after an instruction, as the STOP builder reads a resolved ordinance. */
const sourceOf = (text: TextInForce, municipality: AmendingOrdinance["municipality"]): ResolvedOrdinance => ({
  kind: "resolved",
  doc: text.doc,
  numbering: numberingInForce(text),
  municipality,
  values: new Map(),
  danglingReferences: [],
  openSlots: [],
});

/** The chapter, section or article `id` is, or else the article it stands in. */
function unitOf(doc: Node, id: string): string {
  if (structural.has(findById(doc, id)?.type.name ?? "")) return id;
  let unit = id;
  walk(doc, (node, ancestors) => {
    if (node.attrs.id === id) unit = String([...ancestors].reverse().find((a) => a.type.name === "article")!.attrs.id);
  });
  return unit;
}

/** The first chapter, section or article under a parent: where "komtVoor" points when something goes to the start. */
function firstChild(doc: Node, parent: Parent): string {
  return String(childrenOf(parentNode(doc, parent)).find((n) => structural.has(n.type.name))!.attrs.id);
}

function mutations(step: DraftStep, ordinance: AmendingOrdinance, gm: string): XmlElement[] {
  const before = new StopText(sourceOf(step.before, ordinance.municipality), gm);
  const after = new StopText(sourceOf(step.after, ordinance.municipality), gm);
  const i = step.instruction;
  // A change inside an article: the article is replaced, as it reads afterwards.
  const replaceUnit = (id: string) => {
    const unit = unitOf(step.before.doc, id);
    return [el("Vervang", { wat: before.eId(unit) }, after.element(unit))];
  };
  const position = (afterId: string | null, parent: Parent) =>
    afterId === null ? { positie: "komtVoor", context: after.eId(firstChild(step.before.doc, parent)) } : { positie: "volgtOp", context: after.eId(afterId) };
  switch (i.kind) {
    case "replace":
    case "words":
      return replaceUnit(i.id);
    case "heading":
      return [el("VervangKop", { wat: before.eId(i.id) }, after.element(i.id).children[0] as XmlElement)];
    case "delete":
      return structural.has(findById(step.before.doc, i.id)!.type.name) ? [el("Verwijder", { wat: before.eId(i.id) }, before.element(i.id))] : replaceUnit(i.id);
    case "insert": {
      if (!structural.has(i.nodes[0]!.type.name)) return replaceUnit(i.parent.id!);
      return i.nodes.map((node, k) => el("VoegToe", k === 0 ? position(i.after, i.parent) : { positie: "volgtOp", context: after.eId(String(i.nodes[k - 1]!.attrs.id)) }, after.element(String(node.attrs.id))));
    }
    case "move":
      return [el("Verwijder", { wat: before.eId(i.id) }, before.element(i.id)), el("VoegToe", position(i.after, i.parent), after.element(i.id))];
  }
}

export interface StopAmendmentInput {
  readonly ordinance: AmendingOrdinance;
  /** The amending decision (its council meeting, number, signatories). */
  readonly decision: StopDecision;
  /** The decision that adopted the text in force: its expression is what the mutation starts from. */
  readonly inForce: { readonly date: string; readonly decisionNumber: string; readonly version: number };
}

export function stopAmendment(input: StopAmendmentInput): { xml: string } {
  const { ordinance, decision } = input;
  const gm = bevoegdGezag(decision.municipality.cbsCode);
  const was = workIds(gm, { date: input.inForce.date, decisionNumber: input.inForce.decisionNumber, work: ordinance.amended, version: input.inForce.version });
  // The regulation stays the same work; the amendment makes its next expression, dated on this decision.
  const wordt = `${was.regelingWork}/nld@${decision.date};${input.inForce.version + 1}`;
  const artikel = (n: string, text: string) => el("Artikel", { eId: `art_${n}`, wId: `${gm}__art_${n}` }, el("Kop", {}, el("Label", {}, "Artikel"), el("Nummer", {}, n)), el("Inhoud", {}, el("Al", {}, text)));
  const closing = [el("Artikel", { eId: "art_II", wId: `${gm}__art_II` }, el("Kop", {}, el("Label", {}, "Artikel"), el("Nummer", {}, "II")), el("Inhoud", {}, el("Al", {}, ordinance.entryIntoForce)))];
  if (ordinance.citeertitel) closing.push(artikel("III", ordinance.citeertitel));
  const root = el(
    "BesluitCompact",
    { xmlns: NAMESPACE, schemaversie: STOP_SCHEMA_VERSION },
    el("RegelingOpschrift", { eId: "longTitle", wId: `${gm}__longTitle` }, el("Al", {}, `Besluit van de raad van de gemeente ${decision.municipality.name} tot vaststelling van de ${ordinance.title}`)),
    el("Aanhef", { eId: "formula_1", wId: `${gm}__formula_1` }, ...["council", "read", "considering", "legalBasis"].flatMap((role) => (ordinance.preamble.get(role) ? [el("Al", {}, ordinance.preamble.get(role)!)] : [])), el("Al", {}, `besluit ${decisionClause(ordinance)}:`)),
    el(
      "Lichaam",
      { eId: "body", wId: `${gm}__body` },
      el("WijzigArtikel", { eId: "art_I", wId: `${gm}__art_I` }, el("Kop", {}, el("Label", {}, "Artikel"), el("Nummer", {}, "I")), el("Wat", {}, `De ${ordinance.amended} wordt gewijzigd zoals aangegeven in `, el("IntRef", { ref: "cmp_A" }, "bijlage A"), ".")),
      ...closing,
    ),
    el(
      "Sluiting",
      { eId: "formula_2", wId: `${gm}__formula_2` },
      el("Slotformulering", {}, el("Al", {}, `Aldus vastgesteld in de openbare vergadering van ${formatDate(decision.date)}.`)),
      el("Ondertekening", {}, el("Al", {}, "De voorzitter,"), el("Al", {}, decision.chair), el("Al", {}, "De griffier,"), el("Al", {}, decision.clerk)),
    ),
    el(
      "WijzigBijlage",
      { eId: "cmp_A", wId: `${gm}__cmp_A` },
      el("Kop", {}, el("Label", {}, "Bijlage"), el("Nummer", {}, "A"), el("Opschrift", {}, `Wijzigingen van de ${ordinance.amended}`)),
      el("RegelingMutatie", { componentnaam: "wijziging", was: was.regelingExpression, wordt }, ...ordinance.steps.flatMap((step) => mutations(step, ordinance, gm))),
    ),
  );
  return { xml: xmlDocument(root) };
}
