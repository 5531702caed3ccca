import { Schema, type ContentMatch, type Fragment, type MarkSpec, type NodeSpec, type Node, type TagParseRule } from "prosemirror-model";
import { lawReferenceUrl, type LawReference } from "./law-references";
import { suggestionAttr, suggestionMarks } from "./suggestions/marks";

// The ProseMirror schema of a model ordinance, as docs/ordinance-document.md describes it.
// Numbers are deliberately absent: they follow from the structure (numbering.ts).
//
// Two content rules per node. `schema` (bound to Yjs, used by the editor and every reader) only says which children may
// stand where, with `*`: two writers who each make a valid edit (both delete a member of a two-member article) can
// merge into an article without members, and y-prosemirror deletes for everyone a node its schema refuses
// (docs/collab-caveats.md). The contract ("an article has a member", `contractContent`) is checked by parseModel for
// stored documents and reported as a structure problem for the live text (structure-problems.ts); the text stays.
// toDOM/parseDOM use `data-node` plus data attributes so that a copy/paste round trip through
// the editor keeps ids and conditions; the read views use render-html.ts instead.

type DomElement = { getAttribute(name: string): string | null };

function conditionFromDom(dom: DomElement): unknown {
  const raw = dom.getAttribute("data-condition");
  if (raw === null || raw === "") return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // A mangled attribute on paste must not kill the paste: the node simply loses its condition.
    return null;
  }
}

function domAttrs(node: Node, name: string): Record<string, string> {
  const attrs: Record<string, string> = { "data-node": name };
  if (typeof node.attrs.id === "string") attrs["data-id"] = node.attrs.id;
  if (node.attrs.condition != null) attrs["data-condition"] = JSON.stringify(node.attrs.condition);
  return attrs;
}

function rule(tag: string, name: string, extra?: (dom: DomElement) => Record<string, unknown>): TagParseRule {
  return {
    tag: `${tag}[data-node="${name}"]`,
    getAttrs: (dom) => {
      const el = dom as unknown as DomElement;
      const attrs: Record<string, unknown> = {};
      const id = el.getAttribute("data-id");
      if (id !== null) attrs.id = id;
      if (el.getAttribute("data-condition") !== null) attrs.condition = conditionFromDom(el);
      return { ...attrs, ...(extra ? extra(el) : {}) };
    },
  };
}

function structural(name: string, tag: string, content: string, opts: { id?: boolean; condition?: boolean; extraAttrs?: NodeSpec["attrs"] } = {}): NodeSpec {
  const attrs: NonNullable<NodeSpec["attrs"]> = { ...(opts.extraAttrs ?? {}) };
  // Null by default only because ProseMirror must be able to generate nodes in required positions
  // (createAndFill); parseModel refuses a missing id and the editor assigns one.
  if (opts.id) attrs.id = { default: null };
  if (opts.condition) attrs.condition = { default: null };
  return {
    content,
    attrs,
    defining: true,
    toDOM: (node) => [tag, domAttrs(node, name), 0],
    parseDOM: [rule(tag, name)],
  };
}

const PREAMBLE_ROLES = ["council", "read", "considering", "legalBasis", "decision"] as const;
export type PreambleRole = (typeof PREAMBLE_ROLES)[number];
export const preambleRoles: readonly PreambleRole[] = PREAMBLE_ROLES;

const NUMBERING_STYLES = ["consecutive", "perChapter"] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
export const numberingStyles: readonly NumberingStyle[] = NUMBERING_STYLES;

const DEFINITION_STYLES = ["lettered", "unlettered"] as const;
export type DefinitionStyle = (typeof DEFINITION_STYLES)[number];
/** Whether the definition list letters its items (a., b.) or not: ordinance.definitions. */
export const definitionStyles: readonly DefinitionStyle[] = DEFINITION_STYLES;

const LIST_KINDS = ["cumulative", "alternative"] as const;
export type ListKind = (typeof LIST_KINDS)[number];
/** The kinds of enumeration (itemList.kind): cumulative ends its last-but-one item in "; en", alternative in "; of". */
export const listKinds: readonly ListKind[] = LIST_KINDS;

/** The attrs of a slotDefinition node, in the order the contract lists them. */
export const slotDefinitionAttrNames = ["key", "kind", "label", "guidance", "fixed", "default", "constraints", "options", "source"] as const;

const nodes: Record<string, NodeSpec> = {
  ordinance: {
    content: "title preamble body notes slots",
    // definitions: "lettered" (a., b.) or "unlettered" definition lists, a model setting.
    attrs: { numbering: { default: "consecutive" }, definitions: { default: "lettered" } },
    toDOM: (node) => ["div", { "data-node": "ordinance", "data-numbering": String(node.attrs.numbering), "data-definitions": String(node.attrs.definitions) }, 0],
    parseDOM: [
      {
        tag: 'div[data-node="ordinance"]',
        getAttrs: (dom) => ({
          numbering: (dom as unknown as DomElement).getAttribute("data-numbering") ?? "consecutive",
          definitions: (dom as unknown as DomElement).getAttribute("data-definitions") ?? "lettered",
        }),
      },
    ],
  },
  title: structural("title", "p", "inline*"),
  preamble: structural("preamble", "div", "preambleClause*"),
  preambleClause: {
    content: "inline*",
    attrs: { id: { default: null }, role: { default: null } },
    toDOM: (node) => ["p", { ...domAttrs(node, "preambleClause"), "data-role": String(node.attrs.role) }, 0],
    parseDOM: [rule("p", "preambleClause", (dom) => ({ role: dom.getAttribute("data-role") }))],
  },
  body: structural("body", "div", "(chapter | article)*"),
  chapter: structural("chapter", "section", "heading (section | article)*", { id: true }),
  section: structural("section", "section", "heading article*", { id: true }),
  heading: structural("heading", "p", "inline*"),
  // order: the article's place among its siblings, a key that a move sets (article-order.ts, decision 063).
  article: structural("article", "section", "heading member*", { id: true, condition: true, extraAttrs: { order: { default: null }, ...suggestionAttr } }),
  member: structural("member", "div", "(paragraph | itemList)*", { id: true, condition: true, extraAttrs: suggestionAttr }),
  itemList: {
    ...structural("itemList", "ol", "item*"),
    // Whether the list is cumulative ("; en") or alternative ("; of"), set in the editor; null leaves it to the text.
    attrs: { kind: { default: null } },
    toDOM: (node) => ["ol", { "data-node": "itemList", ...(node.attrs.kind ? { "data-kind": String(node.attrs.kind) } : {}) }, 0],
    parseDOM: [rule("ol", "itemList", (dom) => ({ kind: dom.getAttribute("data-kind") }))],
  },
  item: structural("item", "li", "(paragraph | itemList)*", { id: true, condition: true, extraAttrs: suggestionAttr }),
  paragraph: {
    content: "inline*",
    attrs: { condition: { default: null } },
    toDOM: (node) => ["p", domAttrs(node, "paragraph"), 0],
    // Plain pasted paragraphs become paragraphs too, hence the low-priority bare `p` rule.
    parseDOM: [rule("p", "paragraph"), { tag: "p", priority: 10 }],
  },
  notes: structural("notes", "div", "generalNotes articleNotes"),
  generalNotes: structural("generalNotes", "div", "(noteHeading | paragraph)*"),
  noteHeading: structural("noteHeading", "p", "inline*"),
  articleNotes: structural("articleNotes", "div", "articleNote*"),
  articleNote: {
    content: "paragraph*",
    attrs: { id: {}, article: {}, condition: { default: null } },
    toDOM: (node) => ["div", { ...domAttrs(node, "articleNote"), "data-article": String(node.attrs.article) }, 0],
    parseDOM: [rule("div", "articleNote", (dom) => ({ article: dom.getAttribute("data-article") }))],
  },
  slots: structural("slots", "div", "slotDefinition*"),
  slotDefinition: {
    atom: true,
    selectable: true,
    attrs: {
      key: {},
      kind: {},
      label: {},
      guidance: { default: "" },
      fixed: { default: false },
      default: { default: null },
      constraints: { default: null },
      options: { default: null },
      source: { default: null },
    },
    toDOM: (node) => ["div", { "data-node": "slotDefinition", "data-key": String(node.attrs.key), "data-definition": JSON.stringify(node.attrs) }],
    parseDOM: [
      {
        tag: 'div[data-node="slotDefinition"]',
        getAttrs: (dom) => {
          const raw = (dom as unknown as DomElement).getAttribute("data-definition");
          if (!raw) return false;
          try {
            return JSON.parse(raw) as Record<string, unknown>;
          } catch {
            return false;
          }
        },
      },
    ],
  },
  text: { group: "inline" },
  reference: {
    inline: true,
    group: "inline",
    atom: true,
    attrs: { target: {}, ...suggestionAttr },
    toDOM: (node) => ["a", { "data-node": "reference", "data-target": String(node.attrs.target), href: `#${String(node.attrs.target)}`, class: "mw-reference" }],
    parseDOM: [{ tag: 'a[data-node="reference"]', getAttrs: (dom) => ({ target: (dom as unknown as DomElement).getAttribute("data-target") }) }],
  },
  // A citation of national law: the law's BWB id, the article and member, and the words as written (law-references.ts).
  lawReference: {
    inline: true,
    group: "inline",
    atom: true,
    attrs: { law: {}, article: {}, member: { default: null }, words: {}, ...suggestionAttr },
    // Its words are text for every reader of textContent (titles, the drafting checks), as they are on paper.
    leafText: (node) => String(node.attrs.words),
    toDOM: (node) => [
      "a",
      {
        "data-node": "lawReference",
        "data-law": String(node.attrs.law),
        "data-article": String(node.attrs.article),
        ...(node.attrs.member ? { "data-member": String(node.attrs.member) } : {}),
        href: lawReferenceUrl(node.attrs as LawReference),
        class: "mw-law-reference",
      },
      String(node.attrs.words),
    ],
    parseDOM: [
      {
        tag: 'a[data-node="lawReference"]',
        getAttrs: (dom) => {
          const el = dom as unknown as DomElement & { textContent: string | null };
          return { law: el.getAttribute("data-law"), article: el.getAttribute("data-article"), member: el.getAttribute("data-member"), words: el.textContent ?? "" };
        },
      },
    ],
  },
  slotValue: {
    inline: true,
    group: "inline",
    atom: true,
    attrs: { slot: {}, ...suggestionAttr },
    toDOM: (node) => ["span", { "data-node": "slotValue", "data-slot": String(node.attrs.slot), class: "mw-slot" }],
    parseDOM: [{ tag: 'span[data-node="slotValue"]', getAttrs: (dom) => ({ slot: (dom as unknown as DomElement).getAttribute("data-slot") }) }],
  },
};

const marks: Record<string, MarkSpec> = {
  em: { toDOM: () => ["em", 0], parseDOM: [{ tag: "em" }, { tag: "i" }] },
  strong: { toDOM: () => ["strong", 0], parseDOM: [{ tag: "strong" }, { tag: "b" }] },
  term: { toDOM: () => ["dfn", { class: "mw-term" }, 0], parseDOM: [{ tag: "dfn" }] },
  // Pending suggestions (suggestions/): shown in the editor, read "as if rejected" everywhere else.
  ...suggestionMarks,
};

export const schema = new Schema({ nodes, marks, topNode: "ordinance" });

/** What a finished ordinance holds, where it is stricter than `schema`: the rules concurrent edits can break. */
export const contractContent: Readonly<Record<string, string>> = {
  preamble: "preambleClause+",
  body: "chapter+ | article+",
  chapter: "heading (section+ | article+)",
  section: "heading article+",
  article: "heading member+",
  member: "(paragraph | itemList)+",
  itemList: "item+",
  item: "paragraph itemList?",
  generalNotes: "(noteHeading | paragraph)+",
  articleNote: "paragraph+",
};

/** The same nodes under the contract's content rules: parseModel checks stored documents against it. */
export const contractSchema = new Schema({
  nodes: Object.fromEntries(Object.entries(nodes).map(([name, spec]) => [name, name in contractContent ? { ...spec, content: contractContent[name] } : spec])),
  marks,
  topNode: "ordinance",
});

/** Whether `content` (nodes of `schema`) is what the contract allows in a node of this type. */
export function contractAccepts(typeName: string, content: Fragment): boolean {
  let match: ContentMatch | null = contractSchema.nodes[typeName]!.contentMatch;
  content.forEach((child) => {
    match = match?.matchType(contractSchema.nodes[child.type.name]!) ?? null;
  });
  return match?.validEnd ?? false;
}

export type NodeName =
  | "ordinance" | "title" | "preamble" | "preambleClause" | "body" | "chapter" | "section" | "heading" | "article"
  | "member" | "itemList" | "item" | "paragraph" | "notes" | "generalNotes" | "noteHeading" | "articleNotes"
  | "articleNote" | "slots" | "slotDefinition" | "text" | "reference" | "lawReference" | "slotValue";

/** Node types that carry an `id` attribute (the contract's "structural nodes"). */
export const idNodeNames: ReadonlySet<string> = new Set(["preambleClause", "chapter", "section", "article", "member", "item", "articleNote"]);

/** Node types a `reference` may point at. */
export const referenceTargetNames: ReadonlySet<string> = new Set(["article", "member", "item"]);
