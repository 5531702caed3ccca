import type { Node } from "prosemirror-model";
import type { Command } from "prosemirror-state";
import { z } from "zod";
import type { Condition } from "../condition";
import { schema, slotDefinitionAttrNames } from "../schema";
import { normaliseSlotDefinition, slotDefinitionSchema, slotKinds, type SlotDefinition } from "../slot-definition";
import { checkSlotValue } from "../slot-value";
import { currentOf } from "./context";

// Variant slots from the editor: the slot dialog writes a slotDefinition into the `slots` registry,
// checked by the same zod schema and value check as parseModel, and inserts a slotValue or sets a condition.

export type SlotAttrs = Record<(typeof slotDefinitionAttrNames)[number], unknown>;
/** Dutch problems per attribute name ("key", "default", "options", ...). */
export type SlotErrors = Partial<Record<(typeof slotDefinitionAttrNames)[number], string>>;

const dutchErrors = z.locales.nl().localeError;

export function slotDefinitions(doc: Node): { node: Node; pos: number }[] {
  const found: { node: Node; pos: number }[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === "slotDefinition") found.push({ node, pos });
    return node.type.name === "slots" || node.type.name === "ordinance";
  });
  return found;
}

/** Checks a definition as parseModel would; `editing` is the key of the slot being changed, if any. */
export function checkSlotAttrs(doc: Node, attrs: SlotAttrs, editing: string | null): { definition: SlotDefinition | null; errors: SlotErrors } {
  const errors: SlotErrors = {};
  if (!(slotKinds as readonly unknown[]).includes(attrs.kind)) return { definition: null, errors: { kind: "Kies een soort keuzemogelijkheid." } };
  if (attrs.key !== editing && slotDefinitions(doc).some((d) => d.node.attrs.key === attrs.key)) errors.key = "Deze sleutel bestaat al; kies een andere.";
  const result = slotDefinitionSchema.safeParse(attrs, { error: dutchErrors });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "key") as keyof SlotErrors;
      errors[field] ??= issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    }
    return { definition: null, errors };
  }
  const definition = normaliseSlotDefinition(result.data);
  if (definition.default !== null) {
    const issue = checkSlotValue(definition, definition.default);
    if (issue) errors.default = `Ongeldige standaardwaarde: ${issue.message}`;
  }
  return { definition: Object.keys(errors).length ? null : definition, errors };
}

/** Writes the definition into the registry: replaces the one with `editing` as key, else appends it. */
export function saveSlotDefinition(attrs: SlotAttrs, editing: string | null): Command {
  return (state, dispatch) => {
    const definitions = slotDefinitions(state.doc);
    const existing = definitions.find((d) => d.node.attrs.key === (editing ?? attrs.key));
    if (dispatch) {
      const node = schema.nodes.slotDefinition!.create(attrs);
      if (existing) dispatch(state.tr.replaceWith(existing.pos, existing.pos + existing.node.nodeSize, node));
      else {
        const last = definitions.at(-1);
        const slotsEnd = state.doc.content.size - 1;
        dispatch(state.tr.insert(last ? last.pos + last.node.nodeSize : slotsEnd, node));
      }
    }
    return true;
  };
}

/** Replaces the selection with a slotValue for `key`, where inline content may stand. */
export function insertSlotValue(key: string): Command {
  return (state, dispatch) => {
    const type = schema.nodes.slotValue!;
    const { $from } = state.selection;
    if (!$from.parent.inlineContent || !$from.parent.canReplaceWith($from.index(), $from.index(), type)) return false;
    dispatch?.(state.tr.replaceSelectionWith(type.create({ slot: key }), false).scrollIntoView());
    return true;
  };
}

/** The provision "mark optional" acts on: the innermost item, member or article around the cursor. */
export const currentProvision = (state: Parameters<Command>[0]) => currentOf(state, "item", "member", "article");

/** Sets (or, with null, clears) the condition of the current provision. */
export function setProvisionCondition(condition: Condition): Command {
  return (state, dispatch) => {
    const provision = currentProvision(state);
    if (!provision) return false;
    dispatch?.(state.tr.setNodeAttribute(provision.pos, "condition", condition));
    return true;
  };
}

/**
 * A key for a slot or an option value, derived from its label: "Wachttijd in weken" → "wachttijdInWeken", accents
 * dropped, a number appended when `taken` already has it. Matches the slot key pattern; "keuze" when nothing is left.
 */
export function keyFromLabel(label: string, taken: Iterable<string> = []): string {
  const words = label.normalize("NFD").replace(/[\u0300-\u036f]/g, "").split(/[^A-Za-z0-9]+/).filter(Boolean);
  let key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
  if (!/^[a-z]/.test(key)) key = `keuze${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const used = new Set(taken);
  let candidate = key;
  for (let n = 2; used.has(candidate); n++) candidate = `${key}${n}`;
  return candidate;
}
