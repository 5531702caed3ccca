// A model of `copies` × the Twente model's articles for the load benchmarks: the body and the article notes are
// repeated, each copy with its own node ids and its own local slots (keys suffixed), so the text, the slots and the
// choices page all grow with the copies. Automatic slots (the municipality's name) stay shared.
import { twenteModel } from "../db/seed/twente-model";

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const part = (doc: Node, type: string): Node => {
  const found = (node: Node): Node | undefined => (node.type === type ? node : node.content?.map(found).find(Boolean));
  return found(doc)!;
};

export function largeModel(copies: number): object {
  const doc = clone(twenteModel) as Node;
  const slots = part(doc, "slots").content!;
  const automatic = new Set(slots.filter((s) => s.attrs!.kind === "automatic").map((s) => s.attrs!.key as string));
  const renamed = (suffix: string) => {
    const key = (k: unknown) => (typeof k === "string" && !automatic.has(k) ? `${k}${suffix}` : k);
    const walk = (node: Node): Node => {
      const attrs = node.attrs && { ...node.attrs };
      if (attrs) {
        // A law reference's `article` is an article of the law it cites, not of this text: it keeps its number.
        const own = node.type === "lawReference" ? ["id"] : ["id", "target", "article"];
        for (const name of own) if (typeof attrs[name] === "string") attrs[name] = `${attrs[name]}${suffix}`;
        if (node.type === "slotValue") attrs.slot = key(attrs.slot);
        const condition = attrs.condition as { slot: string } | null | undefined;
        if (condition) attrs.condition = { ...condition, slot: key(condition.slot) };
      }
      return { ...node, ...(attrs && { attrs }), ...(node.content && { content: node.content.map(walk) }) };
    };
    return walk;
  };
  const body = part(doc, "body");
  const notes = part(doc, "articleNotes");
  const original = { body: [...body.content!], notes: [...notes.content!], slots: slots.filter((s) => !automatic.has(s.attrs!.key as string)) };
  for (let n = 1; n < copies; n++) {
    const walk = renamed(`X${n}`);
    body.content!.push(...original.body.map(walk));
    notes.content!.push(...original.notes.map(walk));
    slots.push(...original.slots.map((s) => ({ ...s, attrs: { ...s.attrs, key: `${s.attrs!.key as string}X${n}` } })));
  }
  return doc;
}
