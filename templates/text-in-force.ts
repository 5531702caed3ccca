import type { ResolvedOrdinance } from "../ordinance-model/index";
import { block, paragraphs } from "./blocks";
import { buildDocx, type DocumentMeta, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { withContents } from "./toc";

// An adopted ordinance as a reader looks it up (issue 15): the text as the council adopted it, amendments included,
// headed by the decision it was adopted by and the model version it follows, with its toelichting. No aanhef or
// slotformulier: those belong to the raadsbesluit.

export interface TextInForceData {
  readonly resolved: ResolvedOrdinance;
  /** "Vastgesteld bij besluit van de raad van 26 november 2026, nummer 2026-112, zoals geamendeerd." */
  readonly adoptedBy: string;
  /** "Geldende tekst" for the text in force, "Eerder vastgestelde tekst (…)" for an earlier one. */
  readonly status: string;
  readonly meta: DocumentMeta;
  readonly houseStyle?: HouseStyle;
}

export function textInForceDocument(input: TextInForceData): Promise<Uint8Array> {
  const title = input.resolved.doc.firstChild!.textContent;
  const { contents, blocks } = withContents(ordinanceBlocks(input.resolved, { includeTitle: false, includePreamble: false }), 3);
  return buildDocx({ title, organisation: `Gemeente ${input.resolved.municipality.name}`, meta: input.meta, houseStyle: input.houseStyle }, [
    ...paragraphs([block("title", title), block("normal", input.status), block("normal", input.adoptedBy), block("normal", input.meta.versionLabel)]),
    ...contents,
    ...paragraphs(blocks),
  ]);
}
