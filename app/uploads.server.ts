import { unstable_parseMultipartFormData as parseMultipartFormData } from "@remix-run/node";

// Forms that take files. Such a route answers a file that is too large itself, beside its field and with the other
// fields kept; so the server's global body limit (which answers with a bare 413) lets its bodies through, up to a
// ceiling, and the route reads the body as a stream, keeping each file only up to its own limit.

/** The routes that take files: the house style, the decision data with the received advice letters, the Word import. */
const UPLOAD_ROUTES = [/^\/modellen\/\d+\/documenten\/huisstijl\/[^/]+?$/, /^\/modellen\/\d+\/gemeenten\/[^/]+\/besluitvorming$/, /^\/modellen\/nieuw$/];
const UPLOAD_CEILING_BYTES = 64 * 1024 * 1024;

export function ownBodyLimit(path: string): number | null {
  // A fetcher or a Remix form with JavaScript posts to the route's ".data" URL (single fetch).
  const route = path.replace(/\.data$/, "");
  return UPLOAD_ROUTES.some((r) => r.test(route)) ? UPLOAD_CEILING_BYTES : null;
}

export interface UploadedFile {
  readonly field: string;
  readonly fileName: string;
  readonly data: Uint8Array;
}

export interface UploadForm {
  readonly values: Record<string, string>;
  readonly files: readonly UploadedFile[];
  /** Fields whose file was larger than the limit: read to the end and dropped. */
  readonly tooLarge: readonly string[];
}

/** A text field longer than this is no form field of ours; it is dropped like an oversized file. */
const MAX_FIELD_BYTES = 256 * 1024;

async function collect(data: AsyncIterable<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read to the end even past the limit: the parser needs the part consumed to reach the next field.
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size <= limit) chunks.push(chunk);
  }
  return size <= limit ? Buffer.concat(chunks) : null;
}

/** A multipart form read as a stream: text fields, files up to maxFileBytes each, and the names of those above it. */
export async function readUploadForm(request: Request, maxFileBytes: number): Promise<UploadForm> {
  const values: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const tooLarge: string[] = [];
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    for (const [key, value] of await request.formData()) if (typeof value === "string") values[key] = value;
    return { values, files, tooLarge };
  }
  await parseMultipartFormData(request, async ({ name, filename, data }) => {
    const bytes = await collect(data, filename === undefined ? MAX_FIELD_BYTES : maxFileBytes);
    if (filename === undefined) {
      if (bytes) values[name] = new TextDecoder().decode(bytes);
    } else if (!bytes) tooLarge.push(name);
    // A file input left empty sends a part without a name and without content.
    else if (bytes.length > 0 || filename) files.push({ field: name, fileName: filename, data: bytes });
    return undefined;
  });
  return { values, files, tooLarge };
}
