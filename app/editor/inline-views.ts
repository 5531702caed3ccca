import type { Node } from "prosemirror-model";
import type { Decoration, NodeView, NodeViewConstructor } from "prosemirror-view";
import type { InlineText } from "./numbering-plugin";

// References and slot values are atoms; their visible text comes from the numbering plugin's decoration,
// so it changes whenever the structure changes, while the document keeps only the target id or slot key.

class ComputedTextView implements NodeView {
  readonly dom: HTMLElement;

  constructor(
    private node: Node,
    decorations: readonly Decoration[],
    private readonly className: string,
  ) {
    this.dom = document.createElement("span");
    this.render(decorations);
  }

  private render(decorations: readonly Decoration[]): void {
    const spec = decorations.find((d) => (d.spec as Partial<InlineText>).text !== undefined)?.spec as InlineText | undefined;
    this.dom.className = spec?.missing ? `${this.className} ${this.className}--missing` : this.className;
    this.dom.textContent = spec?.text ?? "";
    if (this.node.type.name === "reference") this.dom.dataset.target = String(this.node.attrs.target);
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(decorations);
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }
}

export const inlineViews: Record<string, NodeViewConstructor> = {
  reference: (node, _view, _getPos, decorations) => new ComputedTextView(node, decorations, "mw-reference"),
  slotValue: (node, _view, _getPos, decorations) => new ComputedTextView(node, decorations, "mw-slot"),
};
