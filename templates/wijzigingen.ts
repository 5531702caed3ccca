import { DeletedTextRun, InsertedTextRun, TextRun, type FileChild, type ParagraphChild } from "docx";
import { diffArrays, diffWordsWithSpace } from "diff";
import type { RenderSource } from "../ordinance-model/index";
import { block, blockText, paragraphOf, paragraphs, type Block } from "./blocks";
import { buildDocx, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { table } from "./parts";

// The changes between two texts as real Word revisions (w:ins / w:del), so a council member can accept or reject each
// one in Word: accepting all gives exactly the new text, rejecting all exactly the old one. The texts are compared by
// the provisions' node ids, not by position: a block of an inserted member, item or article is one insertion (its
// paragraph mark tracked too), a deleted one one deletion, a changed one is compared word by word (a new number is a
// change of the number only), and an article whose place among the others changed is deleted where it stood and
// inserted where it stands now. Blocks without an id (preamble, notes) line up by their text. An overview per article
// comes first.

export interface RevisionAuthor {
  readonly name: string;
  /** ISO timestamp. */
  readonly date: string;
}

export interface ChangesData {
  readonly title: string;
  readonly organisation: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly before: RenderSource;
  readonly after: RenderSource;
  /** Who made the change of an article (by article id), and when. */
  readonly authors: (articleId: string | null) => RevisionAuthor;
  /** Who made this one change, where it is known per change (pending suggestions); else `authors` decides. */
  readonly authorOfChange?: (articleId: string | null, kind: "insertion" | "deletion", text: string) => RevisionAuthor | undefined;
  readonly houseStyle?: HouseStyle;
}

class Revisions {
  private id = 0;
  constructor(
    private readonly authors: ChangesData["authors"],
    private readonly authorOfChange: ChangesData["authorOfChange"],
  ) {}

  private mark(b: Block, kind: "insertion" | "deletion", text: string) {
    const article = b.article ?? null;
    const who = this.authorOfChange?.(article, kind, text) ?? this.authors(article);
    return { id: ++this.id, author: who.name, date: who.date };
  }

  inserted = (b: Block, text: string) => new InsertedTextRun({ ...this.mark(b, "insertion", text), text });
  deleted = (b: Block, text: string) => new DeletedTextRun({ ...this.mark(b, "deletion", text), text });

  /** A block that exists only in the new text: its runs and its paragraph mark are one insertion. */
  insertedBlock = (b: Block) => paragraphOf(b, [this.inserted(b, blockText(b))], { run: { insertion: this.mark(b, "insertion", blockText(b)) } });
  deletedBlock = (b: Block) => paragraphOf(b, [this.deleted(b, blockText(b))], { run: { deletion: this.mark(b, "deletion", blockText(b)) } });

  /** One block in both texts: its words compared, unchanged words plain. */
  changedBlock(before: Block, after: Block) {
    const children: ParagraphChild[] = diffWordsWithSpace(blockText(before), blockText(after)).map((part) =>
      part.added ? this.inserted(after, part.value) : part.removed ? this.deleted(after, part.value) : new TextRun(part.value),
    );
    return paragraphOf(after, children);
  }
}

/** Same provision (by id), or for blocks without one the same style and text. */
const same = (a: Block, b: Block) => (a.key !== undefined || b.key !== undefined ? a.key === b.key : a.style === b.style && blockText(a) === blockText(b));

function changedParagraphs(before: readonly Block[], after: readonly Block[], revisions: Revisions): FileChild[] {
  const byKey = (blocks: readonly Block[]) => new Map(blocks.filter((b) => b.key !== undefined).map((b) => [b.key!, b]));
  const [oldByKey, newByKey] = [byKey(before), byKey(after)];
  const out: FileChild[] = [];
  let removed: Block[] = [];
  const flush = (added: readonly Block[]) => {
    // Blocks without an id removed directly before ones added: pairs of one changed block each, compared word by word.
    const loose = (list: readonly Block[]) => list.filter((b) => b.key === undefined);
    const pairs = Math.min(loose(removed).length, loose(added).length);
    const [oldLoose, newLoose] = [loose(removed).slice(0, pairs), loose(added).slice(0, pairs)];
    for (const b of removed) if (!oldLoose.includes(b)) out.push(revisions.deletedBlock(b));
    for (const b of added) {
      const i = newLoose.indexOf(b);
      out.push(i >= 0 ? revisions.changedBlock(oldLoose[i]!, b) : revisions.insertedBlock(b));
    }
    removed = [];
  };
  for (const change of diffArrays([...before], [...after], { comparator: same })) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) flush(change.value);
    else {
      flush([]);
      // Matched: the same provision (perhaps reworded or renumbered), or a block without id of the same text.
      for (const b of change.value) {
        const [old, now] = b.key === undefined ? [b, b] : [oldByKey.get(b.key)!, newByKey.get(b.key)!];
        out.push(blockText(old) === blockText(now) ? paragraphOf(now) : revisions.changedBlock(old, now));
      }
    }
  }
  flush([]);
  return out;
}

/** Per article what changed, in the order of the new text (removed articles last). */
export function changeOverview(before: readonly Block[], after: readonly Block[]): [string, string][] {
  const heads = (blocks: readonly Block[]) => blocks.filter((b) => b.style === "article" && b.key === b.article);
  const [oldHeads, newHeads] = [heads(before), heads(after)];
  const oldOrder = oldHeads.map((b) => b.key!);
  const shared = newHeads.map((b) => b.key!).filter((id) => oldOrder.includes(id));
  const kept = new Set(diffArrays(oldOrder.filter((id) => shared.includes(id)), shared).filter((p) => !p.added && !p.removed).flatMap((p) => p.value));
  const textOf = (blocks: readonly Block[], article: string) => blocks.filter((b) => b.article === article && b.key !== article).map(blockText).join("\n");
  const number = (b: Block) => blockText(b).split(" ").slice(0, 2).join(" ");
  const rows: [string, string][] = [];
  for (const head of newHeads) {
    const old = oldHeads.find((b) => b.key === head.key);
    if (!old) {
      rows.push([blockText(head), "ingevoegd"]);
      continue;
    }
    const what = [
      ...(kept.has(head.key!) ? [] : [`verplaatst (was ${number(old).toLowerCase()})`]),
      ...(kept.has(head.key!) && number(old) !== number(head) ? [`vernummerd (was ${number(old).toLowerCase()})`] : []),
      ...(blockText(old).replace(number(old), "") !== blockText(head).replace(number(head), "") ? ["opschrift gewijzigd"] : []),
      ...(textOf(before, head.key!) !== textOf(after, head.key!) ? ["tekst gewijzigd"] : []),
    ];
    if (what.length) rows.push([blockText(head), what.join("; ")]);
  }
  for (const old of oldHeads) if (!newHeads.some((b) => b.key === old.key)) rows.push([blockText(old), "vervallen"]);
  return rows;
}

export function wijzigingen(data: ChangesData): Promise<Uint8Array> {
  const [before, after] = [ordinanceBlocks(data.before), ordinanceBlocks(data.after)];
  const overview = changeOverview(before, after);
  return buildDocx({ title: data.title, organisation: data.organisation, houseStyle: data.houseStyle }, [
    ...paragraphs([
      block("title", data.title),
      block("normal", `Wijzigingen van ${data.fromLabel} naar ${data.toLabel}, als bijgehouden wijzigingen: in Word kunt u elke wijziging accepteren of weigeren.`),
      block("heading1", "Overzicht van de wijzigingen"),
    ]),
    ...(overview.length ? [table(["Artikel", "Wat veranderde"], overview)] : paragraphs([block("normal", "De artikelen zijn niet gewijzigd.")])),
    ...paragraphs([{ ...block("heading1", "Tekst met wijzigingen"), pageBreakBefore: true }]),
    ...changedParagraphs(before, after, new Revisions(data.authors, data.authorOfChange)),
  ]);
}
