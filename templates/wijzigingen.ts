import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from "docx";
import { diffArrays, diffWordsWithSpace } from "diff";
import type { RenderSource } from "../ordinance-model/index";
import { block, blockText, paragraphOf, paragraphs, type Block } from "./blocks";
import { buildDocx } from "./layout";
import { ordinanceBlocks } from "./ordinance";

// The changes between two texts as real Word revisions (w:ins / w:del), so a council member can accept or reject
// each one in Word. The texts line up block by block (a paragraph in its style); a block that changed is compared
// word by word, and blocks that only exist on one side are inserted or deleted whole.

export interface ChangesData {
  readonly title: string;
  readonly organisation: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  readonly before: RenderSource;
  readonly after: RenderSource;
  /** ISO timestamp of the revisions. */
  readonly date: string;
}

const author = "Modelwerk";

class Revisions {
  private id = 0;
  constructor(private readonly date: string) {}

  inserted = (text: string) => new InsertedTextRun({ id: ++this.id, author, date: this.date, text });
  deleted = (text: string) => new DeletedTextRun({ id: ++this.id, author, date: this.date, text });

  /** One block that changed: its words compared, unchanged words plain. */
  words(before: Block, after: Block): ParagraphChild[] {
    return diffWordsWithSpace(blockText(before), blockText(after)).map((part) =>
      part.added ? this.inserted(part.value) : part.removed ? this.deleted(part.value) : new TextRun(part.value),
    );
  }
}

function changedParagraphs(before: readonly Block[], after: readonly Block[], date: string) {
  const revisions = new Revisions(date);
  const out = [];
  let removed: Block[] = [];
  const flush = (added: readonly Block[]) => {
    // Removed blocks directly followed by added ones are pairs of one changed block each, compared word by word.
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) out.push(paragraphOf(added[i]!, revisions.words(removed[i]!, added[i]!)));
    for (const b of removed.slice(pairs)) out.push(paragraphOf(b, [revisions.deleted(blockText(b))]));
    for (const b of added.slice(pairs)) out.push(paragraphOf(b, [revisions.inserted(blockText(b))]));
    removed = [];
  };
  const same = (a: Block, b: Block) => a.style === b.style && blockText(a) === blockText(b);
  for (const change of diffArrays([...before], [...after], { comparator: same })) {
    const blocks = change.value;
    if (change.removed) removed.push(...blocks);
    else if (change.added) flush(blocks);
    else {
      flush([]);
      out.push(...paragraphs(blocks));
    }
  }
  flush([]);
  return out;
}

export function wijzigingen(data: ChangesData): Promise<Uint8Array> {
  return buildDocx({ title: data.title, organisation: data.organisation }, [
    ...paragraphs([
      block("title", data.title),
      block("normal", `Wijzigingen van ${data.fromLabel} naar ${data.toLabel}, als bijgehouden wijzigingen: in Word kunt u elke wijziging accepteren of weigeren.`),
    ]),
    ...changedParagraphs(ordinanceBlocks(data.before), ordinanceBlocks(data.after), data.date),
  ]);
}
