import { MAX_DOCX_BYTES } from "../word-import/docx";

// The body limit of the Word upload on /modellen/nieuw; server.ts lets such bodies through (app/uploads.server.ts).

/** The file and the form's few fields; a larger body is refused by the route itself, with its message beside the field. */
export const MAX_IMPORT_BODY_BYTES = MAX_DOCX_BYTES + 64 * 1024;

