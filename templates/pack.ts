import { deflateRawSync } from "node:zlib";
import { strToU8, Zip, ZipPassThrough } from "fflate";
import { Packer, type Document } from "docx";
import { writeSharedParagraphs } from "./shared-paragraphs";

// docx compiles a document into its parts and zips them in one go. Two parts need finishing before they are zipped
// (stable link ids, an uploaded styles.xml); done on the finished file, that meant unzipping it and compressing it all
// a second time. docx's compiler is private in its types (docx is pinned at an exact version; a change there fails
// every template test at once), so this one module reaches it. The parts are zipped in docx's order with fflate's
// streaming Zip, each compressed by Node's own zlib (DEFLATE, level 6, as docx's), which takes less than half the
// time of fflate's DEFLATE in JavaScript and needs no warming up: a document's contents stay the same to the byte,
// the compressed bytes differ (docs/decisions/071-cli-start-up.md).

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

/** A part compressed by zlib: the streaming Zip's documented way to bring one's own DEFLATE. */
class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }
  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, deflateRawSync(chunk), final);
  }
}

/** The .docx of a document, with `overrides` as parts of their own, after `finish` has seen and changed its XML parts. */
export function packDocx(document: Document, overrides: readonly Override[], finish: (xml: Map<string, string>) => void): Uint8Array {
  const parts = compiler.compile(document, undefined, overrides);
  const xml = new Map([...parts].filter((part): part is [string, string] => typeof part[1] === "string"));
  writeSharedParagraphs(document, xml);
  finish(xml);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [path, data] of parts) {
    const file = new NativeDeflate(path);
    zip.add(file);
    file.push(typeof data === "string" ? strToU8(xml.get(path)!) : bytesOf(data), true);
  }
  zip.end();
  const docx = Buffer.concat(chunks);
  return new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength);
}
