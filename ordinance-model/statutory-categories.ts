// The groups every urgency scheme must give priority to under the Wvrv (docs: /work/shared/DOMAIN.md,
// "Statutory urgency categories"). A category counts as present when one paragraph of the body
// matches it. The patterns run on lower-cased text without diacritics, and list the common ways
// Dutch ordinances name each group, so a reworded model still passes.

export interface StatutoryCategory {
  readonly key: string;
  /** Dutch, for lint messages. */
  readonly label: string;
  readonly matches: (normalisedParagraph: string) => boolean;
}

const any = (...patterns: RegExp[]) => (text: string) => patterns.some((p) => p.test(text));

export const statutoryCategories: readonly StatutoryCategory[] = [
  { key: "mantelzorg", label: "mantelzorgers en mantelzorgontvangers", matches: any(/mantelzorg/) },
  {
    key: "medisch",
    label: "ernstige, chronische medische redenen",
    matches: any(/medisch/, /(lichamelijke|verstandelijke|zintuiglijke) beperking/, /psychische kwetsbaarheid/, /gezondheidsreden/),
  },
  { key: "maatschappelijkeOpvang", label: "uitstroom uit de maatschappelijke opvang", matches: any(/maatschappelijke opvang/, /daklozenopvang/) },
  { key: "beschermdWonen", label: "uitstroom uit beschermd wonen", matches: any(/beschermd wonen/, /beschermde woonvorm/) },
  {
    key: "klinischeGgz",
    label: "uitstroom uit een klinische ggz-instelling",
    matches: any(/\bggz\b/, /ggz-/, /geestelijke gezondheidszorg/, /klinische (opname|behandeling) .*psych/),
  },
  { key: "vrouwenopvang", label: "uitstroom uit de vrouwenopvang en slachtoffers van mensenhandel", matches: any(/vrouwenopvang/, /mensenhandel/, /blijf[- ]van[- ]m(ij|')?n[- ]lijf/) },
  { key: "jeugdzorg", label: "uitstroom uit een jeugdzorginstelling", matches: any(/jeugdzorg/, /jeugdhulp/, /jeugdinstelling/) },
  {
    key: "detentie",
    label: "uitstroom uit (jeugd)detentie en forensische zorg",
    matches: any(/detentie/, /justitiele (jeugd)?inrichting/, /penitentiaire inrichting/, /forensisch/, /gevangenis/),
  },
  { key: "sekswerk", label: "sekswerkers die uitstappen", matches: any(/sekswerk/, /prostitutie/, /prostituee/, /uitstapprogramma/) },
  {
    key: "daklozeGezinnen",
    label: "dakloze gezinnen met minderjarige kinderen",
    matches: (text) => /(dak|thuis)loze gezin/.test(text) || (/(dak|thuis)(loos|loze)/.test(text) && /minderjarig|kinderen/.test(text)),
  },
];

/** Lower case, no diacritics, single spaces: "Justitiële  Jeugdinrichting" → "justitiele jeugdinrichting". */
export function normaliseForMatching(text: string): string {
  // Text in ASCII has no diacritics to take off (most paragraphs): decomposing it would change nothing.
  const bare = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return bare.toLowerCase().replace(/\s+/g, " ");
}

/** The categories no paragraph matches. */
export function missingCategories(paragraphs: readonly string[]): StatutoryCategory[] {
  const normalised = paragraphs.map(normaliseForMatching);
  return statutoryCategories.filter((category) => !normalised.some((p) => category.matches(p)));
}
