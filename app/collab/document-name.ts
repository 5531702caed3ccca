/** The Hocuspocus document of a model ordinance is named `model:<modelId>`; the editor and the sync server share this. */
const PREFIX = "model:";

export const modelDocumentName = (modelId: number): string => `${PREFIX}${modelId}`;

/** The model id in a document name, or null for any other name (which the server refuses). */
export function modelIdFromDocumentName(name: string): number | null {
  const id = name.startsWith(PREFIX) ? name.slice(PREFIX.length) : "";
  return /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : null;
}
