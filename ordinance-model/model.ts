import type { Node } from "prosemirror-model";
import type { Numbering } from "./numbering";
import type { SlotDefinition } from "./slot-definition";

/** A model ordinance that passed parseModel: the document, its slot registry and its (variant-aware) numbering. */
export interface OrdinanceModel {
  readonly kind: "model";
  readonly doc: Node;
  /** In document order. */
  readonly slots: ReadonlyMap<string, SlotDefinition>;
  readonly numbering: Numbering;
}
