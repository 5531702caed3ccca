import { statutoryCategories } from "../statutory-categories";
import { item, items, simpleArticle, type Json } from "./builder";

/** The ten statutory categories and the closing articles, so a small test ordinance lints clean but for its fault. */
export const mandatory = (...extra: Json[]): Json[] => [
  simpleArticle("cat", "Urgentiecategorieën", "Urgentie krijgen:", items(...statutoryCategories.map((c, i, all) => item(`c-${c.key}`, `${c.label}${i === all.length - 1 ? "." : ";"}`)))),
  ...extra,
  simpleArticle("iwt", "Inwerkingtreding", "Deze verordening treedt in werking op 1 juli 2026."),
  simpleArticle("cit", "Citeertitel", "Deze verordening wordt aangehaald als: Urgentieverordening."),
];
