// Citations of national law (a `lawReference` node): the law's BWB id, the article and, if any, the member, and the
// words the text reads ("artikel 4 van de Huisvestingswet 2014"). The words are the drafter's: a citation of national
// law is written in the text as the drafter words it, while the ids make it a link (JCI, resolvable at
// wetten.overheid.nl) in HTML, Word and STOP.

export interface LawReference {
  /** The BWB id of the law: "BWBR0035303". */
  readonly law: string;
  /** The article as the law numbers it: "4", "2:3", "1.1.1", "273f". */
  readonly article: string;
  /** The member ("lid"), or null for the whole article. */
  readonly member: string | null;
  /** What the text reads where the citation stands. */
  readonly words: string;
}

/** Laws the Twente model cites, for the editor's list; the ids were checked against public citations of wetten.overheid.nl. */
export const knownLaws: readonly {
  readonly id: string;
  readonly name: string;
  readonly article: "de" | "het";
}[] = [
  { id: "BWBR0005537", name: "Algemene wet bestuursrecht", article: "de" },
  { id: "BWBR0005416", name: "Gemeentewet", article: "de" },
  { id: "BWBR0035303", name: "Huisvestingswet 2014", article: "de" },
  { id: "BWBR0034925", name: "Jeugdwet", article: "de" },
  { id: "BWBR0011823", name: "Vreemdelingenwet 2000", article: "de" },
  { id: "BWBR0008659", name: "Wet op de huurtoeslag", article: "de" },
  {
    id: "BWBR0035362",
    name: "Wet maatschappelijke ondersteuning 2015",
    article: "de",
  },
  { id: "BWBR0001854", name: "Wetboek van Strafrecht", article: "het" },
  { id: "BWBR0005181", name: "Woningwet", article: "de" },
];

const lawPattern = /^BWBR\d{7}$/;
/** Article numbers of Dutch law: "4", "12a", "2:3", "1.1.1", "7:13", "10:3". */
const articlePattern = /^\d+[a-z]{0,3}(?:[.:]\d+[a-z]{0,3})*$/;
const memberPattern = /^\d+[a-z]?$/;

/** The JCI 1.3 identifier of the cited article (and member): "jci1.3:c:BWBR0035303&artikel=4&lid=1". */
export function jci(
  ref: Pick<LawReference, "law" | "article" | "member">
): string {
  return `jci1.3:c:${ref.law}&artikel=${ref.article}${
    ref.member ? `&lid=${ref.member}` : ""
  }`;
}

/** Where a reader follows the citation: the JCI resolved by wetten.overheid.nl. */
export function lawReferenceUrl(
  ref: Pick<LawReference, "law" | "article" | "member">
): string {
  return `https://wetten.overheid.nl/${jci(ref)}`;
}

export type LawReferenceField = "law" | "article" | "member" | "words";

/** What is wrong with a citation's attributes, per field, in Dutch; empty when it is right. */
export function lawReferenceProblems(
  attrs: Partial<Record<LawReferenceField, unknown>>
): Partial<Record<LawReferenceField, string>> {
  const problems: Partial<Record<LawReferenceField, string>> = {};
  if (typeof attrs.law !== "string" || !lawPattern.test(attrs.law))
    problems.law =
      "Een BWB-id is BWBR gevolgd door zeven cijfers, bijvoorbeeld BWBR0035303.";
  if (typeof attrs.article !== "string" || !articlePattern.test(attrs.article))
    problems.article = "Een artikelnummer zoals 4, 12a, 2:3 of 1.1.1.";
  if (
    attrs.member != null &&
    (typeof attrs.member !== "string" || !memberPattern.test(attrs.member))
  )
    problems.member =
      "Een lid is een nummer, zoals 1 of 2; laat het leeg voor het hele artikel.";
  if (typeof attrs.words !== "string" || attrs.words.trim() === "")
    problems.words =
      "Schrijf de woorden die in de tekst staan, bijvoorbeeld “artikel 4 van de Huisvestingswet 2014”.";
  return problems;
}

/** The words a new citation reads by default: "artikel 4, eerste lid, van de Huisvestingswet 2014". */
export function suggestedWords(
  ref: Pick<LawReference, "law" | "article" | "member">,
  ordinal: (n: number) => string
): string {
  const law = knownLaws.find((l) => l.id === ref.law);
  const member =
    ref.member && /^\d+$/.test(ref.member)
      ? `, ${ordinal(Number(ref.member))} lid,`
      : ref.member
      ? `, lid ${ref.member},`
      : "";
  return `artikel ${ref.article}${member}${
    law ? ` van ${law.article} ${law.name}` : ""
  }`;
}
