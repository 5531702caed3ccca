// Identification per STOP: the bevoegd gezag by its CBS code (gm0141), the work identifiers in AKN form
// (/akn/nl/act/gm0141/2027/…, /akn/nl/bill/…), and the eId/wId of each text element.
//
// eId: the element's AKN name and its number as printed, joined to the eId of the element above with "__"; an element
// without a number gets "o_" and its position (list_o_1); directly under the Lichaam there is no prefix (chp_2,
// chp_2__art_7__para_1__list_o_1__item_b). It changes when the text is renumbered.
// wId: stable across versions. STOP derives it from the eId an element had when it first appeared; our nodes carry a
// stable id from the start, so the wId is the bevoegd gezag, the AKN name and that id (gm0141__art_art-aanvraag).

export class StopError extends Error {}

/** "GM0141" or "gm0141" → "gm0141": the code of the bevoegd gezag in AKN and TOOI identifiers. */
export function bevoegdGezag(cbsCode: string): string {
  const code = cbsCode.trim().toLowerCase();
  if (!/^gm\d{4}$/.test(code)) throw new StopError(`“${cbsCode}” is geen CBS-gemeentecode (GM gevolgd door vier cijfers).`);
  return code;
}

/** The TOOI identifier of the municipality: /tooi/id/gemeente/gm0141. */
export const tooiGemeente = (code: string): string => `/tooi/id/gemeente/${bevoegdGezag(code)}`;

/** A part of an AKN identifier: letters, digits, "_" and "-" only (a dot is not allowed in AKN, STOP1000). */
export function aknPart(text: string): string {
  const part = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!part) throw new StopError(`“${text}” levert geen bruikbaar deel van een AKN-identificatie op.`);
  return part;
}

export interface WorkIds {
  /** The bevoegd gezag in TOOI: /tooi/id/gemeente/gm0141. */
  readonly bevoegdGezag: string;
  readonly regelingWork: string;
  readonly regelingExpression: string;
  readonly besluitWork: string;
  readonly besluitExpression: string;
}

/** The works of a council decision and the regulation it sets, dated on the council meeting. */
export function workIds(code: string, input: { readonly date: string; readonly decisionNumber: string; readonly work: string; readonly version: number }): WorkIds {
  const gm = bevoegdGezag(code);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) throw new StopError(`“${input.date}” is geen datum (JJJJ-MM-DD).`);
  const year = input.date.slice(0, 4);
  const regelingWork = `/akn/nl/act/${gm}/${year}/${aknPart(input.work)}`;
  const besluitWork = `/akn/nl/bill/${gm}/${year}/${aknPart(input.decisionNumber)}`;
  return { bevoegdGezag: tooiGemeente(gm), regelingWork, regelingExpression: `${regelingWork}/nld@${input.date};${input.version}`, besluitWork, besluitExpression: `${besluitWork}/nld@${input.date}` };
}

/** The number part of an eId, as STOP writes it: spaces out, other signs than letters, digits, "-" and "." a dot, no dot at the end. */
export function eIdNumber(printed: string): string {
  return printed.replace(/\s+/g, "").replace(/[^0-9A-Za-z.-]/g, ".").replace(/\.+$/, "");
}

/** The AKN names STOP prescribes per element (the eId/wId naming convention). */
export const aknName = {
  Hoofdstuk: "chp",
  Paragraaf: "subsec",
  Artikel: "art",
  WijzigArtikel: "art",
  Lid: "para",
  Lijst: "list",
  Li: "item",
  Lichaam: "body",
  RegelingOpschrift: "longTitle",
  Aanhef: "formula_1",
  Sluiting: "formula_2",
  WijzigBijlage: "cmp",
  Toelichting: "recital",
  AlgemeneToelichting: "genrecital",
  ArtikelgewijzeToelichting: "artrecital",
  Divisietekst: "content",
  InleidendeTekst: "intro",
} as const;

export type AknElement = keyof typeof aknName;

/** The wId of an element made from one of our node ids ("__" would split it, so runs of "_" become one). */
export const wIdOf = (gm: string, element: AknElement, nodeId: string): string => `${gm}__${aknName[element]}_${nodeId.replace(/_+/g, "_")}`;
