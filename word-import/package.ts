import { Unzip, UnzipInflate } from "fflate";

// Unpacking a Word file without trusting it: the zip is fed in small pieces and every wanted part is cut off at a
// size limit and at a packing ratio, so a zip bomb stops after a few kilobytes of work. Parts not asked for are never
// unpacked; their names are kept, so a caller can see macros (vbaProject.bin) without reading them. Pure: bytes in,
// bytes out, nothing fetched (external relationships are only targets in a .rels part, which nobody here follows).

/** XML packs about 10:1; a zip bomb packs 1,000:1. */
export const MAX_PACKING_RATIO = 100;
/** The zip is fed in pieces this small, so no single step can unpack more than about 1,000 times it. */
const FEED_BYTES = 4096;

export const CONTENT_TYPES = "[Content_Types].xml";

export interface PackageLimits {
  /** The largest unpacked size of any one wanted part. */
  readonly maxPartBytes: number;
}

export type Unpacked = { parts: Record<string, Uint8Array>; names: string[] } | "notZip" | "tooLarge";

/** The wanted parts of a zip, each unpacked under the limits, and the names of all its entries. */
export function unpackParts(zip: Uint8Array, wanted: ReadonlySet<string>, limits: PackageLimits): Unpacked {
  const parts: Record<string, Uint8Array> = {};
  const names: string[] = [];
  let tooLarge = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    names.push(file.name);
    if (!wanted.has(file.name)) return;
    const limit = Math.min(limits.maxPartBytes, (file.size ?? zip.length) * MAX_PACKING_RATIO);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error || tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        return file.terminate();
      }
      chunks.push(chunk);
      if (final) parts[file.name] = Buffer.concat(chunks);
    };
    file.start();
  };
  try {
    for (let at = 0; at < zip.length && !tooLarge; at += FEED_BYTES) unzip.push(zip.subarray(at, at + FEED_BYTES), at + FEED_BYTES >= zip.length);
  } catch {
    return "notZip";
  }
  return tooLarge ? "tooLarge" : { parts, names };
}

/** A DOCTYPE is where external and expanding entities live; no Word part needs one, so any part with one is refused. */
export const hasDoctype = (xml: string): boolean => /<!DOCTYPE/i.test(xml);
