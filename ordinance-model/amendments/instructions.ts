import type { Node } from "prosemirror-model";
import type { Parent } from "./text-in-force";

// The instructions of an amending ordinance (Artikel I, A, B, C …), as data. Each addresses the text as the
// instructions before it left it, the way an amending ordinance is read; ids name the provisions, and the words
// are computed from the numbering at that point (sentences.ts).

export type Instruction =
  /** "Artikel 4 komt te luiden:" (also a member or an item). */
  | { readonly kind: "replace"; readonly id: string; readonly node: Node }
  /** "Het opschrift van artikel 4 komt te luiden: “…”." (also a chapter or section). */
  | { readonly kind: "heading"; readonly id: string; readonly heading: Node }
  /**
   * "In artikel 7, tweede lid, wordt “zes maanden” vervangen door “twaalf maanden”." The old words occur once in the
   * provision. Added words are old → old + words ("wordt na “…” ingevoegd “…”"), removed words old → "" ("vervalt “…”").
   */
  | { readonly kind: "words"; readonly id: string; readonly old: string; readonly new: string }
  /** "Na artikel 12 wordt een artikel ingevoegd, luidende: …" (articles, chapters, sections, members, items). `after` null: at the start. */
  | { readonly kind: "insert"; readonly parent: Parent; readonly after: string | null; readonly nodes: readonly Node[] }
  /** "Artikel 15 vervalt." */
  | { readonly kind: "delete"; readonly id: string }
  /** "Artikel 5 wordt, onder vernummering tot artikel 12a, geplaatst na artikel 12." Articles only. */
  | { readonly kind: "move"; readonly id: string; readonly parent: Parent; readonly after: string | null };
