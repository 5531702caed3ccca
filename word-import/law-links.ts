import { XMLParser } from "fast-xml-parser";
import { knownLaws, lawReferenceProblems, type LawReference } from "../ordinance-model/law-references";
import type { Json, TextSite } from "./build";
import { ordinalNumber, ordinalPattern } from "./recognise";

// Citations of national law that Word holds as hyperlinks to their JCI at wetten.overheid.nl (as Modelwerk's own
// Word output writes them) become law references again. The link's target is read from the document's
// relationships, only as a string: nothing is ever fetched.

/** A law reference as found in a paragraph: where its words start in the paragraph's text. */
export interface LawLink extends LawReference {
  readonly offset: number;
}

/** A hyperlink to anywhere else: it stays text, and the report names it. */
export interface OtherLink {
  readonly text: string;
  readonly target: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "Relationship", processEntities: true, htmlEntities: true });

/** Relationship id → target, for the external relationships of document.xml.rels (hyperlinks among them). */
export function externalTargets(relsXml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  if (!relsXml) return targets;
  const rels = (parser.parse(relsXml) as { Relationships?: { Relationship?: Record<string, string>[] } }).Relationships?.Relationship ?? [];
  for (const r of rels) if (r.TargetMode === "External" && r.Id && r.Target) targets.set(r.Id, r.Target);
  return targets;
}

const JCI = /^https?:\/\/(?:www\.)?wetten\.overheid\.nl\/jci1\.\d+:[cv]:(BWBR\d{7})((?:&[^&=]*=[^&]*)*)\/?$/;

/** The law, article and member a JCI link to wetten.overheid.nl cites; null for any other link or a whole law. */
export function jciCitation(url: string): Pick<LawReference, "law" | "article" | "member"> | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.trim());
  } catch {
    return null;
  }
  const m = JCI.exec(decoded);
  if (!m) return null;
  const params = new Map(m[2]!.split("&").filter(Boolean).map((p) => p.split("=") as [string, string]));
  const citation = { law: m[1]!, article: params.get("artikel") ?? "", member: params.get("lid") || null };
  const problems = lawReferenceProblems({ ...citation, words: "-" });
  return Object.keys(problems).length ? null : citation;
}

const siteText = (node: Json) => (node.content ?? []).map((n) => n.text ?? "").join("");

/**
 * Replaces the words of each paragraph's law links by lawReference nodes in the text of its site. The site holds the
 * paragraph's text less its typed number, so its text ends where the paragraph's does; a link is looked for at its
 * own place first, then after the previous one.
 */
export function linkLawReferences(sites: readonly TextSite[], links: ReadonlyMap<number, { text: string; links: readonly LawLink[] }>, found: { linked: number }): void {
  const seen = new Set<number>();
  for (const site of sites) {
    const paragraph = links.get(site.position);
    if (!paragraph || seen.has(site.position)) continue;
    seen.add(site.position);
    const text = siteText(site.node);
    const shift = paragraph.text.trimEnd().length - text.length;
    // Character ranges of the site's text taken by a law reference, in order.
    const ranges: { from: number; to: number; link: LawLink }[] = [];
    let cursor = 0;
    for (const link of paragraph.links) {
      const words = link.words.trim();
      if (!words) continue;
      const lead = link.words.length - link.words.trimStart().length;
      const own = link.offset + lead - shift;
      const from = own >= cursor && text.startsWith(words, own) ? own : text.indexOf(words, cursor);
      if (from < 0) continue;
      ranges.push({ from, to: from + words.length, link: { ...link, words } });
      cursor = from + words.length;
    }
    if (ranges.length) {
      site.node.content = split(site.node.content ?? [], ranges);
      found.linked += site.node.content.filter((n) => n.type === "lawReference").length;
    }
  }
}

/** The nodes with each range of their text (unmarked text only) turned into a lawReference node. */
function split(nodes: Json[], ranges: readonly { from: number; to: number; link: LawLink }[]): Json[] {
  const out: Json[] = [];
  let at = 0;
  let r = 0;
  for (const node of nodes) {
    const text = node.text ?? "";
    const end = at + text.length;
    // A range that began in an earlier node (marked, or across two) is left as text.
    while (r < ranges.length && ranges[r]!.from < at) r++;
    if (node.type !== "text" || node.marks || r >= ranges.length || ranges[r]!.from >= end) {
      out.push(node);
      at = end;
      continue;
    }
    let from = at;
    while (r < ranges.length && ranges[r]!.to <= end && ranges[r]!.from >= from) {
      const { from: start, to, link } = ranges[r]!;
      if (start > from) out.push({ type: "text", text: text.slice(from - at, start - at) });
      out.push({ type: "lawReference", attrs: { law: link.law, article: link.article, member: link.member, words: link.words } });
      from = to;
      r++;
    }
    // A range across two nodes (a term and its text) is left as text.
    while (r < ranges.length && ranges[r]!.from < end) r++;
    if (from < end) out.push({ type: "text", text: text.slice(from - at) });
    at = end;
  }
  return out;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * "artikel 4 van de Huisvestingswet 2014", "artikel 10:3, derde lid, van de Algemene wet bestuursrecht", "artikel 13,
 * eerste lid, onderdeel a, van de Wet op de huurtoeslag", "artikel 149 Gemeentewet": one article of a known law.
 * The longest names first, so that no name stops short at a shorter one it begins with.
 */
const citation = new RegExp(
  String.raw`\b[Aa]rtikel\s+(\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*)(?:,\s+(${ordinalPattern})\s+lid)?(?:,\s+onderdeel\s+[a-z]{1,2}(?:,\s+onder\s+\d+°)?)?,?\s+(?:van\s+(?:de|het)\s+)?(${[...knownLaws]
    .sort((a, b) => b.name.length - a.name.length)
    .map((l) => escaped(l.name))
    .join("|")})(?![\p{L}\d])`,
  "gu",
);

/** Citations in words of an article of a law known to Modelwerk become law references; other laws stay text. */
export function linkCitedLaws(sites: readonly TextSite[], found: { linked: number }): void {
  for (const site of new Set(sites.map((s) => s.node))) {
    const text = siteText(site);
    const ranges = [...text.matchAll(citation)].map((m) => {
      const ordinal = m[2] ? ordinalNumber(m[2]) : null;
      const link: LawLink = { law: knownLaws.find((l) => l.name === m[3])!.id, article: m[1]!, member: ordinal ? String(ordinal) : null, words: m[0], offset: m.index! };
      return { from: m.index!, to: m.index! + m[0].length, link };
    });
    if (!ranges.length) continue;
    const before = (site.content ?? []).filter((n) => n.type === "lawReference").length;
    site.content = split(site.content ?? [], ranges);
    found.linked += site.content.filter((n) => n.type === "lawReference").length - before;
  }
}
