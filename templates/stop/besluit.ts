import { formatDate, type ResolvedOrdinance } from "../../ordinance-model/index";
import { childOfType, childrenOf } from "../../ordinance-model/tree";
import { bevoegdGezag, StopError, workIds, type WorkIds } from "./identifiers";
import { StopText } from "./text";
import { el, xmlDocument, type XmlElement } from "./xml";

// The council decision as STOP XML, imop-tekst 1.1.0 (decision 055). A new municipal ordinance is a BesluitCompact:
// RegelingOpschrift, the Aanhef (the preamble as adopted), a Lichaam whose one WijzigArtikel sets the regulation
// "zoals opgenomen in bijlage A", the Sluiting (slotformulering, the signatures), and the WijzigBijlage holding the
// regulation itself as a RegelingCompact with the toelichting. An amending ordinance (issue 15, part 4) is a besluit
// whose own articles are the amendment: its articles stand in the Lichaam and there is no bijlage.

export const STOP_SCHEMA_VERSION = "1.1.0";
const NAMESPACE = "https://standaarden.overheid.nl/stop/imop/tekst/";

export interface StopDecision {
  readonly municipality: { readonly name: string; readonly cbsCode: string };
  /** The day of the council meeting that adopted it, YYYY-MM-DD. */
  readonly date: string;
  /** The decision number, part of the besluit's work identifier. */
  readonly decisionNumber: string;
  /** Who signs: the chair (burgemeester) and the griffier. */
  readonly chair: string;
  readonly clerk: string;
  /** The council's amendments, when it adopted the text as amended. */
  readonly amendments?: readonly { readonly number: string; readonly title: string }[];
  /** The regulation's version (1 for the first); default 1. */
  readonly version?: number;
  /** The short name of the work in its AKN identifier; default the citation title. */
  readonly work?: string;
}

export interface StopInput {
  /** The resolved text: an adopted ordinance, or (form "amending") an amending ordinance. */
  readonly ordinance: ResolvedOrdinance;
  readonly decision: StopDecision;
  /** "new" (default): a new regulation in a WijzigBijlage; "amending": the ordinance's articles are the besluit's. */
  readonly form?: "new" | "amending";
}

export interface StopOutput {
  /** The imop-tekst document: its root is the BesluitCompact, so it validates against the XSD on its own. */
  readonly xml: string;
  readonly ids: WorkIds;
}

/** Refuses a text that is not ready to be published, naming why. */
function assertPublishable(ordinance: ResolvedOrdinance): void {
  if (ordinance.openSlots.length) throw new StopError(`Deze tekst kan niet worden gepubliceerd: nog open keuzes (${ordinance.openSlots.map((s) => s.label).join(", ")}).`);
  if (ordinance.danglingReferences.length) throw new StopError(`Deze tekst kan niet worden gepubliceerd: een verwijzing naar een vervallen bepaling in ${ordinance.danglingReferences[0]!.place}.`);
}

export function stopBesluit(input: StopInput): StopOutput {
  const { ordinance, decision } = input;
  assertPublishable(ordinance);
  const gm = bevoegdGezag(decision.municipality.cbsCode);
  const title = childOfType(ordinance.doc, "title").textContent.trim();
  const ids = workIds(gm, { date: decision.date, decisionNumber: decision.decisionNumber, work: decision.work ?? title, version: decision.version ?? 1 });
  const text = new StopText(ordinance, gm);
  const amending = input.form === "amending";

  const clauses = childrenOf(childOfType(ordinance.doc, "preamble"));
  // The Aanhef is optional in a BesluitCompact, but never empty.
  const aanhef = clauses.length ? el("Aanhef", { eId: "formula_1", wId: `${gm}__formula_1` }, ...clauses.map((clause) => el("Al", {}, ...text.inline(clause)))) : null;
  const lichaam = amending
    ? el("Lichaam", { eId: "body", wId: `${gm}__body` }, ...text.body())
    : el(
        "Lichaam",
        { eId: "body", wId: `${gm}__body` },
        el(
          "WijzigArtikel",
          { eId: "art_I", wId: `${gm}__art_I` },
          el("Kop", {}, el("Label", {}, "Artikel"), el("Nummer", {}, "I")),
          el("Wat", {}, `De ${title} wordt vastgesteld zoals opgenomen in `, el("IntRef", { ref: "cmp_A" }, "bijlage A"), "."),
        ),
      );
  const amended = decision.amendments?.length ? ", zoals geamendeerd" : "";
  const sluiting = el(
    "Sluiting",
    { eId: "formula_2", wId: `${gm}__formula_2` },
    el("Slotformulering", {}, el("Al", {}, `Aldus vastgesteld in de openbare vergadering van ${formatDate(decision.date)}${amended}.`)),
    el("Ondertekening", {}, el("Al", {}, "De voorzitter,"), el("Al", {}, decision.chair), el("Al", {}, "De griffier,"), el("Al", {}, decision.clerk)),
  );
  const opschrift = el("RegelingOpschrift", { eId: "longTitle", wId: `${gm}__longTitle` }, el("Al", {}, `Besluit van de raad van de gemeente ${decision.municipality.name} tot vaststelling van de ${title}`));
  const toelichting = text.toelichting();
  const bijlage: XmlElement | null = amending
    ? null
    : el(
        "WijzigBijlage",
        { eId: "cmp_A", wId: `${gm}__cmp_A` },
        el("Kop", {}, el("Label", {}, "Bijlage"), el("Nummer", {}, "A"), el("Opschrift", {}, title)),
        el(
          "RegelingCompact",
          { componentnaam: "nieuweregeling", wordt: ids.regelingExpression, schemaversie: STOP_SCHEMA_VERSION },
          el("RegelingOpschrift", { eId: "longTitle", wId: `${gm}__longTitle` }, el("Al", {}, ...text.inline(childOfType(ordinance.doc, "title")))),
          el("Lichaam", { eId: "body", wId: `${gm}__body` }, ...text.body()),
          toelichting,
        ),
      );
  const root = el("BesluitCompact", { xmlns: NAMESPACE, schemaversie: STOP_SCHEMA_VERSION }, opschrift, aanhef, lichaam, sluiting, bijlage, amending ? toelichting : null);
  return { xml: xmlDocument(root), ids };
}
