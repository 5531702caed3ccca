import { numberInWords, formatList } from "../format";
import type { Numbering, NumberEntry } from "../numbering";
import { ordinalWord, placeInWords } from "../references";
import { childrenOf } from "../tree";
import type { DraftStep } from "./draft";
import type { Instruction } from "./instructions";
import { numberingInForce, parentNode, parentOf, type Parent, type TextInForce } from "./text-in-force";
import { wordsForm } from "./words";

// The words of each instruction, per the drafting conventions for amending regulations (Aanwijzingen 6.x):
// "Artikel 4 komt te luiden:", "In artikel 7, tweede lid, wordt “zes maanden” vervangen door “twaalf maanden”.",
// "Na artikel 12 wordt een artikel ingevoegd, luidende:", "Artikel 15, derde lid, vervalt, onder vernummering van
// het vierde lid tot derde lid." Places are computed from the numbering in force just before the instruction,
// new numbers from the one just after it.

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "artikel 7, tweede lid" is set off by commas inside a sentence; "artikel 7" is not. */
const inSentence = (place: string) => (place.includes(", ") ? `${place},` : place);

const nouns: Record<string, [string, string]> = {
  chapter: ["hoofdstuk", "hoofdstukken"],
  section: ["paragraaf", "paragrafen"],
  article: ["artikel", "artikelen"],
  member: ["lid", "leden"],
  item: ["onderdeel", "onderdelen"],
  subItem: ["subonderdeel", "subonderdelen"],
};

function nounOf(entry: NumberEntry): string {
  return entry.kind === "item" && entry.depth === 2 ? "subItem" : entry.kind;
}

function counted(n: number, noun: string): string {
  const [one, many] = nouns[noun]!;
  return n === 1 ? `een ${one}` : `${numberInWords(n)} ${many}`;
}

interface Texts {
  readonly before: Numbering;
  readonly after: Numbering;
}

function place(numbering: Numbering, id: string): string {
  return placeInWords(numbering, id) ?? "de verordening";
}

/** A sibling as named beside its owner: "het tweede lid", "onderdeel b", "subonderdeel 2°". */
function siblingName(entry: NumberEntry): string {
  if (entry.kind === "member") return `het ${ordinalWord(entry.ordinal!)} lid`;
  return `${nouns[nounOf(entry)]![0]} ${entry.designation}`;
}

/** "onder vernummering van het vierde en vijfde lid tot derde en vierde lid"; null when nothing is renumbered. */
function renumbering(texts: Texts, before: TextInForce, parent: Parent): string | null {
  const siblings = childrenOf(parentNode(before.doc, parent)).map((n) => String(n.attrs.id));
  const changed = siblings.filter((id) => texts.after.has(id) && texts.before.get(id)!.designation !== texts.after.get(id)!.designation);
  if (changed.length === 0) return null;
  const [olds, news] = [changed.map((id) => texts.before.get(id)!), changed.map((id) => texts.after.get(id)!)];
  const kind = nounOf(olds[0]!);
  if (kind === "member") {
    const words = (entries: NumberEntry[]) => formatList(entries.map((e) => ordinalWord(e.ordinal!)));
    return `onder vernummering van het ${words(olds)} lid tot ${words(news)} lid`;
  }
  const verb = kind === "item" ? "verlettering" : "vernummering";
  const [one, many] = nouns[kind]!;
  const list = (entries: NumberEntry[]) => formatList(entries.map((e) => e.designation!));
  return changed.length === 1 ? `onder ${verb} van ${one} ${list(olds)} tot ${one} ${list(news)}` : `onder ${verb} van de ${many} ${list(olds)} tot ${list(news)}`;
}

/** The first numbered child of a parent, to say where something goes at its start. */
function firstChild(text: TextInForce, parent: Parent): string | null {
  const first = childrenOf(parentNode(text.doc, parent)).find((n) => typeof n.attrs.id === "string");
  return first ? String(first.attrs.id) : null;
}

type Insert = Extract<Instruction, { kind: "insert" }>;

function insertSentence(step: DraftStep, instruction: Insert, texts: Texts): string {
  const firstNew = texts.after.get(String(instruction.nodes[0]!.attrs.id))!;
  const noun = nounOf(firstNew);
  const what = counted(instruction.nodes.length, noun);
  const verb = instruction.nodes.length === 1 ? "wordt" : "worden";
  if (firstNew.kind === "chapter" || firstNew.kind === "section" || firstNew.kind === "article") {
    if (instruction.after !== null) return `Na ${place(texts.before, instruction.after)} ${verb} ${what} ingevoegd, luidende:`;
    const next = firstChild(step.before, instruction.parent);
    return next ? `Voor ${place(texts.before, next)} ${verb} ${what} ingevoegd, luidende:` : `In ${place(texts.before, instruction.parent.id!)} ${verb} ${what} ingevoegd, luidende:`;
  }
  const owner = place(texts.before, instruction.parent.id!);
  const shifted = renumbering(texts, step.before, instruction.parent);
  if (shifted === null && instruction.after !== null) return `Aan ${inSentence(owner)} ${verb} ${what} toegevoegd, luidende:`;
  const where = instruction.after === null ? `voor ${siblingName(texts.before.get(firstChild(step.before, instruction.parent)!)!)}` : `na ${siblingName(texts.before.get(instruction.after)!)}`;
  return `In ${owner} ${verb}${shifted ? `, ${shifted},` : ""} ${where} ${what} ingevoegd, luidende:`;
}

/** The sentence of one drafted instruction. */
export function sentence(step: DraftStep): string {
  const texts: Texts = { before: numberingInForce(step.before), after: numberingInForce(step.after) };
  const instruction = step.instruction;
  switch (instruction.kind) {
    case "replace":
      return `${capital(inSentence(place(texts.before, instruction.id)))} komt te luiden:`;
    case "heading":
      return `Het opschrift van ${place(texts.before, instruction.id)} komt te luiden: “${instruction.heading.textContent}”.`;
    case "words": {
      const where = `In ${inSentence(place(texts.before, instruction.id))}`;
      const form = wordsForm(instruction.old, instruction.new);
      if (form.form === "insert") return `${where} wordt na “${form.after}” ingevoegd “${form.words}”.`;
      if (form.form === "delete") return `${where} vervalt “${form.words}”.`;
      return `${where} wordt “${instruction.old}” vervangen door “${instruction.new}”.`;
    }
    case "insert":
      return insertSentence(step, instruction, texts);
    case "delete": {
      const shifted = renumbering(texts, step.before, parentOf(step.before.doc, instruction.id));
      const what = capital(inSentence(place(texts.before, instruction.id)));
      return shifted ? `${what}${what.includes(", ") ? "" : ","} vervalt, ${shifted}.` : `${what} vervalt.`;
    }
    case "move": {
      const where = instruction.after !== null ? `na ${place(texts.before, instruction.after)}` : `voor ${place(texts.before, firstChild(step.before, instruction.parent)!)}`;
      const was = place(texts.before, instruction.id);
      const now = place(texts.after, instruction.id);
      return was === now ? `${capital(was)} wordt geplaatst ${where}.` : `${capital(was)} wordt, onder vernummering tot ${now}, geplaatst ${where}.`;
    }
  }
}
