import type { ArticleEntry, Json, MemberEntry, TextSite } from "./build";
import { ordinalNumber, ordinalPattern } from "./recognise";
import type { ImportReport } from "./report";

// Cross-references in words become reference nodes once the whole structure is known, so a reference to a later
// article resolves too. A merged form ("onderdelen a en c") becomes one node per provision, as the model holds it.
// What does not resolve stays text with a warning; a reference to national law that did not become a law reference
// (`law-links.ts`: an unknown law, "de wet") stays text without one.

const ORD = `(${ordinalPattern})`;
const ART = String.raw`(\d+(?:\.\d+)*[a-z]?)`;
const listOf = (element: string) => String.raw`(${element}(?:(?:,\s+|\s+(?:en|of)\s+)${element})+)`;
const pattern = new RegExp(
  [
    // Merged forms first, as Modelwerk writes several references to one article or member: "het vierde en vijfde
    // lid", "artikel 28, derde en vierde lid", "artikel 18, eerste lid, onderdelen a en c", "onderdelen a of c".
    String.raw`\b(?:[Aa]rtikel\s+${ART},\s+|het\s+)${listOf(`(?:${ordinalPattern})`)}\s+lid`,
    String.raw`\b(?:[Aa]rtikel\s+${ART}(?:,\s+${ORD}\s+lid)?,\s+|het\s+${ORD}\s+lid,\s+)?onderdelen\s+${listOf("[a-z]{1,2}")}`,
    String.raw`\b(?:de\s+)?[Aa]rtikelen\s+((?:\d+(?:\.\d+)*[a-z]?(?:,\s+|\s+(?:en|of|tot en met)\s+))+\d+(?:\.\d+)*[a-z]?)`,
    String.raw`\b[Aa]rtikel\s+${ART}(?:,\s+${ORD}\s+lid)?(?:,\s+onderdeel\s+([a-z]{1,2}))?(?:,\s+onder\s+(\d+)°)?`,
    String.raw`\bhet\s+${ORD}\s+lid(?:,\s+onderdeel\s+([a-z]{1,2}))?(?:,\s+onder\s+(\d+)°)?`,
    String.raw`\bonderdeel\s+([a-z]{1,2})(?:,\s+onder\s+(\d+)°)?`,
  ]
    // Not inside a word or number, and not an Awb-style number ("artikel 4:5"), which is always national law.
    .map((p) => `(?:${p})(?![\\p{L}\\d]|:\\d)`)
    .join("|"),
  "gu",
);
/** The groups of the merged forms, before those of the single ones. */
const MERGED_GROUPS = 6;

const letterIndex = (letter: string) => letter.charCodeAt(0) - 96;
/**
 * After "artikel 3": "van de Huisvestingswet 2014", "van het Besluit …", another regulation; or "van de wet", "der
 * wet", the law an ordinance defines as "wet" among its terms.
 */
const lawFollows = (after: string) => /^,?\s+(?:van\s+(?:de|het)\s+|der\s+)\p{Lu}|^,?\s+(?:van\s+)?\p{Lu}\p{L}*(?:wet|besluit)\b|^,?\s+(?:van\s+de|der)\s+wet\b/u.test(after);
/** After a single reference: ", onderdelen a en c", " en het vijfde lid", " tot en met 9": a merged form. */
const mergedFollows = (after: string) => /^,?\s*(?:onderdelen\b|en\s+(?:het\s+\w+\s+lid|onderdeel\b|\d)|tot en met\b)/.test(after);

/** As the renderer's closeReferences: a reference with a comma in it, or in an apposition, closed before a word. */
const closingCommaFollows = (reference: string, before: string, after: string) => (reference.includes(", ") || /, (?:als )?bedoeld in $/.test(before)) && /^, [^\s.,;:)]/.test(after);

type Found = { target: string } | { targets: string[]; separators: string[] } | { problem: string } | "law";

/** "7 tot en met 11", "4, 7 en 9": the articles of a list, as Modelwerk writes it out, one reference each. */
function articleList(list: string, articles: ReadonlyMap<string, ArticleEntry>): Found {
  const range = /^(\d+)\s+tot en met\s+(\d+)$/.exec(list) ?? /^(\d+\.)(\d+)\s+tot en met\s+\1(\d+)$/.exec(list);
  let designations: string[];
  if (range) {
    const [prefix, from, to] = range.length === 4 ? [range[1]!, Number(range[2]), Number(range[3])] : ["", Number(range[1]), Number(range[2])];
    if (to <= from || to - from > 50) return { problem: "een reeks artikelen die niet oploopt" };
    designations = Array.from({ length: to - from + 1 }, (_, k) => `${prefix}${from + k}`);
  } else if (/tot en met/.test(list)) return { problem: "een reeks artikelen die niet als lijst te lezen is; blijft tekst" };
  else designations = list.split(/,\s+|\s+(?:en|of)\s+/);
  const targets = designations.map((d) => articles.get(d)?.id);
  if (targets.some((t) => !t)) return { problem: "niet alle artikelen van deze reeks komen in de regeling voor" };
  const conjunction = / of \d+[a-z.\d]*$/.test(list) ? " of " : " en ";
  return { targets: targets as string[], separators: designations.slice(1).map((_, k) => (k === designations.length - 2 ? conjunction : ", ")) };
}

function inArticle(article: ArticleEntry, memberOrd: string | undefined, letter: string | undefined, sub: string | undefined): Found {
  let member: MemberEntry | undefined;
  if (memberOrd) {
    member = article.members[(ordinalNumber(memberOrd) ?? 0) - 1];
    if (!member) return { problem: `artikel ${article.designation} heeft geen ${memberOrd} lid` };
  }
  if (!letter) return { target: member?.id ?? article.id };
  member ??= article.members.length === 1 ? article.members[0] : undefined;
  if (!member) return { problem: "onduidelijk in welk lid dit onderdeel staat" };
  return inMember(member, letter, sub);
}

function inMember(member: MemberEntry, letter: string, sub: string | undefined): Found {
  const item = member.items[letterIndex(letter) - 1];
  if (!item) return { problem: `onderdeel ${letter} bestaat niet` };
  if (!sub) return { target: item.id };
  const subItem = item.sub[Number(sub) - 1];
  return subItem ? { target: subItem.id } : { problem: `onder ${sub}° bestaat niet` };
}

/** "vierde en vijfde", "a, b of c": each target found in turn, with the separators as the source has them. */
function mergedList(list: string, each: (element: string) => Found): Found {
  const elements = list.split(/,\s+|\s+(?:en|of)\s+/);
  const separators = [...list.matchAll(/,\s+|\s+(?:en|of)\s+/g)].map((s) => s[0].replace(/\s+/g, " "));
  const targets: string[] = [];
  for (const element of elements) {
    const found = each(element);
    if (found === "law" || !("target" in found)) return found;
    targets.push(found.target);
  }
  return { targets, separators };
}

function findMerged(g: readonly (string | undefined)[], after: string, site: TextSite, articles: ReadonlyMap<string, ArticleEntry>): Found {
  const designation = g[0] ?? g[2];
  if (designation !== undefined && lawFollows(after)) return "law";
  const article = designation !== undefined ? articles.get(designation) : site.article;
  if (!article) return designation !== undefined ? { problem: `artikel ${designation} komt in deze regeling niet voor` } : { problem: "een lid buiten een artikel" };
  if (g[1] !== undefined) return mergedList(g[1], (ord) => inArticle(article, ord, undefined, undefined));
  const memberOrd = g[3] ?? g[4];
  if (designation === undefined && memberOrd === undefined) return site.member ? mergedList(g[5]!, (letter) => inMember(site.member!, letter, undefined)) : { problem: "een onderdeel buiten een lid" };
  return mergedList(g[5]!, (letter) => inArticle(article, memberOrd, letter, undefined));
}

function find(m: RegExpExecArray, after: string, site: TextSite, articles: ReadonlyMap<string, ArticleEntry>): Found {
  if (m.slice(1, MERGED_GROUPS + 1).some((x) => x !== undefined)) return findMerged(m.slice(1, MERGED_GROUPS + 1), after, site, articles);
  const g = m.slice(MERGED_GROUPS + 1);
  if (g[0] !== undefined) return lawFollows(after.replace(/^,?\s+en volgende\b/, "")) ? "law" : articleList(g[0], articles);
  if (g[1] !== undefined) {
    if (lawFollows(after)) return "law";
    if (mergedFollows(after)) return { problem: "een samengestelde verwijzing blijft tekst" };
    const article = articles.get(g[1]);
    return article ? inArticle(article, g[2], g[3], g[4]) : { problem: `artikel ${g[1]} komt in deze regeling niet voor` };
  }
  if (mergedFollows(after)) return { problem: "een samengestelde verwijzing blijft tekst" };
  if (g[5] !== undefined) return site.article ? inArticle(site.article, g[5], g[6], g[7]) : { problem: "een lid buiten een artikel" };
  return site.member ? inMember(site.member, g[8]!, g[9]) : { problem: "een onderdeel buiten een lid" };
}

/** Replaces recognised references in the text nodes of each site by reference nodes; counts and warns in the report. */
export function linkReferences(sites: readonly TextSite[], articles: readonly ArticleEntry[], report: ImportReport["references"]): void {
  const byDesignation = new Map(articles.map((a) => [a.designation, a]));
  for (const site of sites.filter((s) => s.linkable)) {
    const content: Json[] = [];
    for (const node of site.node.content ?? []) {
      if (node.type !== "text" || node.marks) {
        content.push(node);
        continue;
      }
      const text = node.text!;
      let from = 0;
      for (const m of text.matchAll(pattern)) {
        const found = find(m as RegExpExecArray, text.slice(m.index! + m[0].length), site, byDesignation);
        if (found === "law") {
          report.lawReferences.push(m[0]);
          continue;
        }
        if ("problem" in found) {
          report.unresolved.push({ position: site.position, text: m[0], reason: found.problem });
          continue;
        }
        if (m.index! > from) content.push({ type: "text", text: text.slice(from, m.index) });
        const targets = "target" in found ? [found.target] : found.targets;
        targets.forEach((target, k) => {
          if (k > 0) content.push({ type: "text", text: (found as { separators: string[] }).separators[k - 1]! });
          content.push({ type: "reference", attrs: { target } });
        });
        report.resolved += targets.length;
        from = m.index! + m[0].length;
        // The comma that closes the reference is the model's own (the renderer sets it where the form asks for it):
        // it is taken out of the text after, as the drafting lint wants, where the renderer will put it back.
        if (closingCommaFollows(m[0], text.slice(0, m.index), text.slice(from))) from += 1;
      }
      if (from < text.length) content.push({ type: "text", text: text.slice(from) });
    }
    site.node.content = content;
  }
}
