import { strToU8, zipSync } from "fflate";
import { Packer, type Document } from "docx";

// docx compiles a document into its parts and zips them in one go. Two parts need finishing before they are zipped
// (stable link ids, an uploaded styles.xml); done on the finished file, that meant unzipping it and compressing it all
// a second time, a tenth of the time a document takes. docx's compiler is private in its types (docx is pinned at an
// exact version; a change there fails every template test at once), so this one module reaches it, and then zips as
// docx does: fflate, the same parts in the same order, DEFLATE at fflate's default level.

type Part = string | Uint8Array | ArrayBuffer;
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly Override[]): Map<string, Part>;
}
export interface Override {
  readonly path: string;
  readonly data: string;
}

const compiler = (Packer as unknown as { compiler: Compiler }).compiler;

const bytesOf = (data: Uint8Array | ArrayBuffer) => (ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data));

/** The .docx of a document, with `overrides` as parts of their own, after `finish` has seen and changed its XML parts. */
export function packDocx(document: Document, overrides: readonly Override[], finish: (xml: Map<string, string>) => void): Uint8Array {
  const parts = compiler.compile(document, undefined, overrides);
  const xml = new Map([...parts].filter((part): part is [string, string] => typeof part[1] === "string"));
  finish(xml);
  return zipSync(Object.fromEntries([...parts].map(([path, data]) => [path, typeof data === "string" ? strToU8(xml.get(path)!) : bytesOf(data)])));
}
