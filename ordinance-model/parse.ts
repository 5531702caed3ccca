import type { ContentMatch, NodeType } from "prosemirror-model";
import { z } from "zod";
import type { OrdinanceModel } from "./model";
import { lawReferenceProblems } from "./law-references";
import { ModelError } from "./model-error";
import { computeNumbering } from "./numbering";
import { contractSchema, definitionStyles, idNodeNames, listKinds, numberingStyles, preambleRoles, referenceTargetNames, schema, slotDefinitionAttrNames } from "./schema";
import { structureProblems } from "./structure-problems";
import { normaliseSlotDefinition, scalarKinds, slotDefinitionSchema, slotKinds, type SlotDefinition } from "./slot-definition";
import { checkSlotValue } from "./slot-value";
import { inReadingOrder } from "./article-order";
import { withoutPendingSuggestions } from "./suggestions/pending";

// parseModel: the gate between stored JSON and the rest of the domain. It checks everything it
// can before building anything, and throws a ModelError naming the JSON path of the first fault,
// so a broken seed or a corrupt stored document never reaches resolve or a renderer half-valid.
//
// The live text is read leniently (`parseLiveModel`): the faults two valid concurrent edits can produce (an article
// without members, a reference to a deleted article, a duplicate id) are not thrown but reported as structure problems
// naming their place in words, and the text is kept. Everything else is refused the same way in both modes.

/** `contract`: a stored or imported document, every rule holds. `live`: the co-edited text, see above. */
type Mode = "contract" | "live";

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

const topLevelNames = ["title", "preamble", "body", "notes", "slots"];
const nodeKeys = new Set(["type", "attrs", "content", "text", "marks"]);
/** Attrs the schema defaults to null (so ProseMirror can generate nodes) but the contract requires. */
const contractRequiredAttrs = new Set(["id", "role"]);
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function formatPath(path: Path): string {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}

function fail(path: Path, detail: string): never {
  throw new ModelError(formatPath(path), detail);
}

/** Top-level parts are named by their role ("body.content[2]…") so paths read like the contract. */
function childPath(path: Path, parentType: string, index: number, child: unknown): Path {
  if (parentType === "ordinance" && isObject(child) && child.type === topLevelNames[index]) return [...path, topLevelNames[index]!];
  return [...path, "content", index];
}

function expectedAt(match: ContentMatch): string {
  const names: string[] = [];
  for (let i = 0; i < match.edgeCount; i++) names.push(`"${match.edge(i).type.name}"`);
  return names.length ? names.join(" of ") : "niets meer";
}

function attrSpecs(type: NodeType): Record<string, { default?: unknown }> {
  return (type.spec.attrs ?? {}) as Record<string, { default?: unknown }>;
}

function checkCondition(value: unknown, path: Path): void {
  if (value === null || value === undefined) return;
  if (!isObject(value)) fail(path, 'een voorwaarde is null of een object { "slot": …, "option"?: … }');
  for (const key of Object.keys(value)) if (key !== "slot" && key !== "option") fail([...path, key], `onbekend veld "${key}" in een voorwaarde`);
  if (typeof value.slot !== "string" || value.slot === "") fail([...path, "slot"], "een voorwaarde noemt de sleutel van een keuzemogelijkheid");
  if (value.option !== undefined && (typeof value.option !== "string" || value.option === "")) fail([...path, "option"], "option is een niet-lege tekst");
}

function checkAttrs(type: NodeType, attrs: unknown, path: Path): void {
  if (attrs !== undefined && !isObject(attrs)) fail(path, "attrs is een object");
  const given = attrs ?? {};
  const specs = attrSpecs(type);
  for (const key of Object.keys(given)) if (!(key in specs)) fail([...path, key], `onbekend attribuut "${key}" bij "${type.name}"`);
  for (const [name, spec] of Object.entries(specs)) {
    const mandatory = !("default" in spec) || contractRequiredAttrs.has(name);
    if (mandatory && (given[name] === undefined || given[name] === null)) fail([...path, name], `attribuut "${name}" ontbreekt bij "${type.name}"`);
  }
  if (type.name === "slotDefinition") return; // checked as a whole by zod in parseSlots
  for (const [name, value] of Object.entries(given)) {
    const at = [...path, name];
    switch (name) {
      case "id":
        if (typeof value !== "string" || !idPattern.test(value)) fail(at, "een id is een korte tekst van letters, cijfers, - en _");
        break;
      case "condition":
        checkCondition(value, at);
        break;
      case "role":
        if (!(preambleRoles as readonly unknown[]).includes(value)) fail(at, `role is een van ${preambleRoles.join(", ")}`);
        break;
      case "numbering":
        if (!(numberingStyles as readonly unknown[]).includes(value)) fail(at, `numbering is een van ${numberingStyles.join(", ")}`);
        break;
      case "definitions":
        if (!(definitionStyles as readonly unknown[]).includes(value)) fail(at, `definitions is een van ${definitionStyles.join(", ")}`);
        break;
      case "kind":
        if (value !== null && !(listKinds as readonly unknown[]).includes(value)) fail(at, `kind is een van ${listKinds.join(", ")}`);
        break;
      case "order":
        // Any text: one the editor cannot use reads as no key (article-order.ts) and is given a new one there.
        if (value !== null && typeof value !== "string") fail(at, "order is null of een tekst");
        break;
      case "target":
      case "slot":
      case "article":
        if (typeof value !== "string" || value === "") fail(at, `${name} is een niet-lege tekst`);
        break;
    }
  }
}

function checkMarks(marks: unknown, path: Path, parent: NodeType | null, nodeType: NodeType): void {
  if (marks === undefined) return;
  if (!Array.isArray(marks)) fail(path, "marks is een lijst");
  if (marks.length && !nodeType.isInline) fail(path, `"${nodeType.name}" kan geen opmaak dragen`);
  marks.forEach((mark, i) => {
    const at = [...path, i];
    if (!isObject(mark) || typeof mark.type !== "string") fail(at, "een markering is een object met een type");
    const markType = schema.marks[mark.type];
    if (!markType) fail([...at, "type"], `onbekende markering "${mark.type}"`);
    if (parent && !parent.allowsMarkType(markType)) fail([...at, "type"], `"${mark.type}" is niet toegestaan in "${parent.name}"`);
    if (mark.attrs !== undefined && !(isObject(mark.attrs) && Object.keys(mark.attrs).length === 0)) fail([...at, "attrs"], "deze markering heeft geen attributen");
  });
}

/** Shape, attrs and content expression of a node and its descendants. */
function checkNode(json: unknown, path: Path, parent: NodeType | null, mode: Mode = "contract"): NodeType {
  if (!isObject(json)) fail(path, "verwacht een knoop: een object met een type");
  for (const key of Object.keys(json)) if (!nodeKeys.has(key)) fail([...path, key], `onbekend veld "${key}"`);
  if (typeof json.type !== "string") fail([...path, "type"], "type ontbreekt");
  const type = schema.nodes[json.type];
  if (!type) fail([...path, "type"], `onbekend knooptype "${json.type}"`);
  checkMarks(json.marks, [...path, "marks"], parent, type);
  if (type.isText) {
    if (typeof json.text !== "string" || json.text === "") fail([...path, "text"], "een tekstknoop heeft een niet-lege text");
    if (json.content !== undefined || json.attrs !== undefined) fail(path, "een tekstknoop heeft alleen text en marks");
    return type;
  }
  if (json.text !== undefined) fail([...path, "text"], `alleen tekstknopen hebben text, dit is "${type.name}"`);
  checkAttrs(type, json.attrs, [...path, "attrs"]);
  if (json.content !== undefined && !Array.isArray(json.content)) fail([...path, "content"], "content is een lijst");
  const content = (json.content ?? []) as unknown[];
  if (type.isLeaf && content.length) fail([...path, "content"], `"${type.name}" heeft geen inhoud`);
  let match: ContentMatch = (mode === "contract" ? contractSchema.nodes[type.name]! : type).contentMatch;
  content.forEach((child, i) => {
    const at = childPath(path, type.name, i, child);
    const childType = checkNode(child, at, type, mode);
    const next = match.matchType(mode === "contract" ? contractSchema.nodes[childType.name]! : childType);
    if (!next) fail(at, `"${childType.name}" mag hier niet staan in "${type.name}"; verwacht: ${expectedAt(match)}`);
    match = next;
  });
  if (!match.validEnd) fail([...path, "content"], `"${type.name}" is onvolledig; verwacht nog: ${expectedAt(match)}`);
  return type;
}

interface NodeVisit {
  readonly json: Json;
  readonly path: Path;
  readonly ancestors: readonly string[];
}

function forEachNode(json: Json, path: Path, visit: (v: NodeVisit) => void, ancestors: string[] = []): void {
  visit({ json, path, ancestors });
  const content = (json.content ?? []) as Json[];
  ancestors.push(String(json.type));
  content.forEach((child, i) => forEachNode(child, childPath(path, String(json.type), i, child), visit, ancestors));
  ancestors.pop();
}

function attrsOf(json: Json): Json {
  return (json.attrs ?? {}) as Json;
}

interface IdSite {
  readonly type: string;
  readonly path: Path;
}

function collectIds(root: Json, mode: Mode): Map<string, IdSite> {
  const ids = new Map<string, IdSite>();
  forEachNode(root, [], ({ json, path }) => {
    if (!idNodeNames.has(String(json.type))) return;
    const id = String(attrsOf(json).id);
    const first = ids.get(id);
    if (first && mode === "contract") fail([...path, "attrs", "id"], `id "${id}" komt al voor op ${formatPath(first.path)}`);
    if (!first) ids.set(id, { type: String(json.type), path });
  });
  return ids;
}

interface ParsedSlot {
  readonly def: SlotDefinition;
  readonly path: Path;
}

const dutchErrors = z.locales.nl().localeError;

function parseSlots(root: Json): Map<string, ParsedSlot> {
  const slots = new Map<string, ParsedSlot>();
  const slotsNode = (root.content as Json[])[4]!;
  ((slotsNode.content ?? []) as Json[]).forEach((json, i) => {
    const path: Path = ["slots", "content", i];
    const given = attrsOf(json);
    const specs = attrSpecs(schema.nodes.slotDefinition!);
    const attrs = Object.fromEntries(slotDefinitionAttrNames.map((name) => [name, name in given ? given[name] : specs[name]!.default]));
    // zod's discriminated union only says "Ongeldige invoer" for an unknown kind; name the kinds instead.
    if (!(slotKinds as readonly unknown[]).includes(attrs.kind)) fail([...path, "attrs", "kind"], `kind is een van ${slotKinds.join(", ")}`);
    // Without zod's compiled fast path: compiling it costs more than checking a model's few dozen slots without it,
    // and a model is parsed once per version (a CLI run parses one).
    const result = slotDefinitionSchema.safeParse(attrs, { error: dutchErrors, jitless: true });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail([...path, "attrs", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))], issue.message);
    }
    const def = normaliseSlotDefinition(result.data);
    const first = slots.get(def.key);
    if (first) fail([...path, "attrs", "key"], `sleutel "${def.key}" komt al voor op ${formatPath(first.path)}`);
    if (def.default !== null) {
      const issue = checkSlotValue(def, def.default);
      if (issue) fail([...path, "attrs", "default"], `ongeldige standaardwaarde: ${issue.message}`);
    }
    def.options.forEach((option, j) =>
      option.content?.forEach((inline, k) => {
        const at = [...path, "attrs", "options", j, "content", k];
        const type = checkNode(inline, at, null);
        if (!type.isInline) fail([...at, "type"], `de inhoud van een optie is inline; "${type.name}" is dat niet`);
      }),
    );
    slots.set(def.key, { def, path });
  });
  return slots;
}

function checkSemantics(root: Json, ids: Map<string, IdSite>, slots: Map<string, ParsedSlot>, mode: Mode): void {
  const strict = mode === "contract";
  const slotAt = (key: string, at: Path): SlotDefinition => slots.get(key)?.def ?? fail(at, `onbekende keuzemogelijkheid "${key}"`);

  const checkInline = (json: Json, path: Path, insideOption: boolean): void => {
    const attrs = attrsOf(json);
    if (json.type === "reference") {
      const target = String(attrs.target);
      const site = ids.get(target);
      if (!site) {
        if (strict) fail([...path, "attrs", "target"], `verwijzing naar onbekende id "${target}"`);
      } else if (!referenceTargetNames.has(site.type)) fail([...path, "attrs", "target"], `een verwijzing wijst naar een artikel, lid of onderdeel; "${target}" is een "${site.type}"`);
    }
    if (json.type === "lawReference") {
      const problem = Object.entries(lawReferenceProblems(attrs))[0];
      if (problem) fail([...path, "attrs", problem[0]], problem[1]);
    }
    if (json.type === "slotValue") {
      const at = [...path, "attrs", "slot"];
      const def = slotAt(String(attrs.slot), at);
      if (def.kind === "optional") fail(at, `"${def.key}" is van soort optional en kan niet als waarde in de tekst staan; gebruik een voorwaarde`);
      if (insideOption && !scalarKinds.has(def.kind)) fail(at, `de inhoud van een optie kan geen keuze van soort ${def.kind} bevatten`);
      if (def.kind === "alternatives") {
        const slot = slots.get(def.key)!;
        def.options.forEach((option, j) => {
          if (!option.content) fail([...slot.path, "attrs", "options", j, "content"], `ontbreekt: "${def.key}" staat als waarde in de tekst (${formatPath(path)}), dus elke optie heeft inhoud nodig`);
        });
      }
    }
  };

  forEachNode(root, [], ({ json, path, ancestors }) => {
    const attrs = attrsOf(json);
    checkInline(json, path, false);
    if (attrs.condition != null) {
      const condition = attrs.condition as { slot: string; option?: string };
      const at = [...path, "attrs", "condition"];
      const def = slotAt(condition.slot, [...at, "slot"]);
      if (condition.option === undefined) {
        if (def.kind !== "optional") fail([...at, "slot"], `een voorwaarde zonder option past bij een keuzemogelijkheid van soort optional; "${def.key}" is van soort ${def.kind}`);
      } else {
        if (def.kind !== "alternatives" && def.kind !== "multiselect") fail([...at, "option"], `een voorwaarde met option past bij alternatives of multiselect; "${def.key}" is van soort ${def.kind}`);
        if (!def.options.some((o) => o.value === condition.option)) fail([...at, "option"], `"${condition.option}" is geen optie van "${def.key}"`);
      }
    }
    if (json.type === "articleNote") {
      const article = String(attrs.article);
      if (strict && ids.get(article)?.type !== "article") fail([...path, "attrs", "article"], `"${article}" is geen artikel in dit model`);
    }
    if (strict && json.type === "itemList" && ancestors.filter((a) => a === "itemList").length >= 2) {
      fail(path, "onderdelen gaan hooguit twee niveaus diep (a., 1°)");
    }
  });

  for (const { def, path } of slots.values()) {
    def.options.forEach((option, j) =>
      option.content?.forEach((inline, k) => checkInline(inline as Json, [...path, "attrs", "options", j, "content", k], true)),
    );
  }

  const body = (root.content as Json[])[2]!;
  if (strict && attrsOf(root).numbering === "perChapter" && (body.content as Json[] | undefined)?.[0]?.type !== "chapter") {
    fail(["attrs", "numbering"], "nummering per hoofdstuk vraagt om hoofdstukken");
  }
}

/**
 * Checks model JSON against the contract (docs/ordinance-document.md) and returns the model.
 * Throws a ModelError naming the JSON path of the first fault; nothing is returned half-checked.
 */
export function parseModel(json: unknown): OrdinanceModel {
  return parseIn(json, "contract");
}

/**
 * Reads the co-edited live text: like parseModel, except that what concurrent edits can break is reported in
 * `problems` (structure-problems.ts) instead of thrown. Throws a ModelError for anything no valid edit produces.
 */
export function parseLiveModel(json: unknown): OrdinanceModel {
  return parseIn(json, "live");
}

function parseIn(given: unknown, mode: Mode): OrdinanceModel {
  // Pending suggestions are read as if rejected (suggestions/pending.ts).
  const json = withoutPendingSuggestions(given);
  if (isObject(json) && typeof json.type === "string" && json.type !== "ordinance") fail(["type"], `het model begint met "ordinance", niet met "${json.type}"`);
  checkNode(json, [], null, mode);
  const root = json as Json;
  const ids = collectIds(root, mode);
  const slots = parseSlots(root);
  checkSemantics(root, ids, slots, mode);
  let doc;
  try {
    // Articles read in the order of their keys, whatever their place in the JSON (article-order.ts).
    doc = inReadingOrder(schema.nodeFromJSON(root));
    doc.check();
  } catch (error) {
    // Everything ProseMirror checks was checked above; reaching this is a gap in those checks.
    throw new ModelError("", `ProseMirror weigert het document: ${(error as Error).message}`);
  }
  const slotMap = new Map([...slots.values()].map(({ def }) => [def.key, def] as const));
  const numbering = computeNumbering(doc);
  // In contract mode every rule was checked above, so there is nothing left to report.
  const problems = mode === "live" ? structureProblems(doc, numbering) : [];
  return Object.freeze({ kind: "model" as const, doc, slots: slotMap, numbering, problems });
}
