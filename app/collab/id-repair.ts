import * as Y from "yjs";
import { derivedId, isValidId } from "../../ordinance-model/editing/index";
import { idNodeNames } from "../../ordinance-model/schema";

// Ids stay unique under concurrent edits. Two writers can each make a valid edit that together leave two nodes with
// one id: both move the same article (a delete and a copy each), an undo restores a node that another writer copied,
// two pastes of one selection. The repair is a pure function of the shared document, run by every client and by the
// server after each update: of the elements that share an id, the one whose Yjs identity sorts first keeps it (so
// comments and choices stay anchored to it), and every other one gets an id derived from its own Yjs identity. Two
// parties repairing the same element therefore write the same value, and a party that saw only some of the
// duplicates never renames the one that keeps the id.

/** The origin of a repair transaction: observers skip it, and the server stores it as its own change. */
export const ID_REPAIR_ORIGIN = "modelwerk-id-repair";

const identity = (element: Y.XmlElement) => element._item!.id;
const sortsFirst = (a: Y.XmlElement, b: Y.XmlElement) => {
  const x = identity(a);
  const y = identity(b);
  return x.client !== y.client ? x.client < y.client : x.clock < y.clock;
};

function structuralElements(parent: Y.XmlFragment | Y.XmlElement, out: Y.XmlElement[] = []): Y.XmlElement[] {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (idNodeNames.has(child.nodeName)) out.push(child);
    structuralElements(child, out);
  }
  return out;
}

/** The new id of every element that needs one: a missing or invalid id, or a duplicate that does not keep it. */
export function idRepairs(fragment: Y.XmlFragment): Map<Y.XmlElement, string> {
  const keepers = new Map<string, Y.XmlElement>();
  const repairs = new Map<Y.XmlElement, string>();
  const rename = (element: Y.XmlElement) => {
    const { client, clock } = identity(element);
    const id = derivedId(element.nodeName, client, clock);
    // Already its own derived id (it is a copy's original): writing it again would repair nothing, forever.
    if (element.getAttribute("id") !== id) repairs.set(element, id);
  };
  for (const element of structuralElements(fragment)) {
    const id = element.getAttribute("id");
    if (!isValidId(id)) {
      rename(element);
      continue;
    }
    const keeper = keepers.get(id);
    if (!keeper) keepers.set(id, element);
    else if (sortsFirst(element, keeper)) {
      keepers.set(id, element);
      rename(keeper);
    } else rename(element);
  }
  return repairs;
}

/** Applies the repairs in one transaction; returns how many elements got a new id. */
export function repairIds(doc: Y.Doc, fragment: Y.XmlFragment): number {
  const repairs = idRepairs(fragment);
  if (repairs.size > 0) doc.transact(() => repairs.forEach((id, element) => element.setAttribute("id", id)), ID_REPAIR_ORIGIN);
  return repairs.size;
}

/** Whether a transaction can have made a duplicate: it changed an element or the fragment, not only text. */
export const changedStructure = (transaction: Y.Transaction) =>
  transaction.origin !== ID_REPAIR_ORIGIN && [...transaction.changed.keys()].some((type) => !(type instanceof Y.XmlText));
