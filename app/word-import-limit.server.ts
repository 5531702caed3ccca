import { MAX_DOCX_BYTES } from "../word-import/docx";

// The body limits of the Word upload on /modellen/nieuw, apart from the page's module so server.ts loads little.

/** The file and the form's few fields; a larger body is refused by the route itself, with its message beside the field. */
export const MAX_IMPORT_BODY_BYTES = MAX_DOCX_BYTES + 64 * 1024;

/** The upload route reads bodies up to this before refusing them, so server.ts lets them through to it. */
export function wordImportBodyLimit(path: string): number | null {
  return /^\/modellen\/nieuw(\.data)?$/.test(path) ? 64 * 1024 * 1024 : null;
}
