import { amendmentRaadsbesluit, amendmentRaadsvoorstel } from "../../templates/amendment";
import type { AmendmentDraft } from "./draft.server";

// The Word files of a draft amending ordinance: its raadsbesluit and the raadsvoorstel with the ordinance as appendix,
// marked concept (they are drafts until the college proposes them).

export type AmendmentDocumentKind = "raadsbesluit" | "raadsvoorstel";

export const AMENDMENT_DOCUMENTS: Record<AmendmentDocumentKind, string> = { raadsbesluit: "Raadsbesluit", raadsvoorstel: "Raadsvoorstel" };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : undefined);

/** `councilDate`: the meeting that is to adopt the amending ordinance, once known. */
export async function amendmentDocument(draft: AmendmentDraft, kind: AmendmentDocumentKind, decisions: Record<string, unknown>, councilDate?: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const meta = { mark: "Concept", versionLabel: `Modelversie ${draft.to.number}` };
  // Only the signatories carry over from the first decision; dates and numbers are the amending ordinance's own.
  const data = { mayor: text(decisions.mayor), clerk: text(decisions.clerk), ...(councilDate && { councilDate }) };
  const slug = draft.ordinance.municipality.slug;
  if (kind === "raadsbesluit") return { bytes: await amendmentRaadsbesluit({ ordinance: draft.ordinance, data, meta }), filename: `wijzigingsverordening-raadsbesluit-${slug}.docx` };
  const bytes = await amendmentRaadsvoorstel({
    ordinance: draft.ordinance,
    meta,
    data: {
      ...data,
      from: `Modelversie ${draft.from.number}`,
      to: `Modelversie ${draft.to.number}`,
      impacts: draft.impacts.map((i) => `${i.label}: ${i.message}`),
      superseded: draft.superseded.map((a) => `Amendement ${a.number} (“${a.title}”): de nieuwe versie van het model herschrijft de bepaling die het wijzigde; de tekst van het model geldt daar.`),
    },
  });
  return { bytes, filename: `wijzigingsverordening-raadsvoorstel-${slug}.docx` };
}
