import type { OrdinanceModel } from "../ordinance-model/index";
import { block, paragraphs } from "./blocks";
import { buildDocx, type DocumentMeta } from "./layout";
import { guidanceBlocks, ordinanceBlocks } from "./ordinance";
import { withContents } from "./toc";

// The model met varianten, as the working group and the lawyers read it: every slot a highlighted placeholder,
// every variant announced, and the guidance per slot at the end. The only document with open slots.

export function modelDocument(model: OrdinanceModel, data: { readonly title: string; readonly regionName: string; readonly meta: DocumentMeta }): Promise<Uint8Array> {
  const title = `${data.title} (model met varianten)`;
  const { contents, blocks } = withContents([...ordinanceBlocks(model, { includeTitle: false }), ...guidanceBlocks(model.slots.values())], 3);
  return buildDocx({ title, organisation: `Regio ${data.regionName}`, meta: data.meta }, [
    ...paragraphs([block("title", title), block("normal", data.meta.versionLabel), block("normal", "Gemarkeerd tussen [haken]: wat elke gemeente zelf kiest. Een kader kondigt varianten en optionele bepalingen aan.")]),
    ...contents,
    ...paragraphs(blocks),
  ]);
}
