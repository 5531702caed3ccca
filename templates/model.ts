import type { OrdinanceModel } from "../ordinance-model/index";
import { TableOfContents } from "docx";
import { block, paragraphs } from "./blocks";
import { buildDocx } from "./layout";
import { guidanceBlocks, ordinanceBlocks } from "./ordinance";

// The model met varianten, as the working group and the lawyers read it: every slot a highlighted placeholder,
// every variant announced, and the guidance per slot at the end. The only document with open slots.

export function modelDocument(model: OrdinanceModel, data: { readonly title: string; readonly regionName: string }): Promise<Uint8Array> {
  const title = `${data.title} (model met varianten)`;
  return buildDocx({ title, organisation: `Regio ${data.regionName}`, tableOfContents: true }, [
    ...paragraphs([block("title", title), block("normal", "Gemarkeerd tussen [haken]: wat elke gemeente zelf kiest. Een kader kondigt varianten en optionele bepalingen aan.")]),
    new TableOfContents("Inhoud", { hyperlink: true, headingStyleRange: "1-3" }),
    ...paragraphs([...ordinanceBlocks(model, { includeTitle: false }), ...guidanceBlocks(model.slots.values())]),
  ]);
}
