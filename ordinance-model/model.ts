import type { Node } from "prosemirror-model";
import type { Numbering } from "./numbering";
import type { SlotDefinition } from "./slot-definition";
import type { StructureProblem } from "./structure-problems";

/** A model ordinance that passed parseModel: the document, its slot registry and its (variant-aware) numbering. */
export interface OrdinanceModel {
  readonly kind: "model";
  readonly doc: Node;
  /** In document order. */
  readonly slots: ReadonlyMap<string, SlotDefinition>;
  readonly numbering: Numbering;
  /** What concurrent edits broke in the live text (parseLiveModel); always empty for a stored document. */
  readonly problems: readonly StructureProblem[];
}
