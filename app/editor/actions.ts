import type { Command, EditorState } from "prosemirror-state";
import { NodeSelection } from "prosemirror-state";
import { sharedRedo, sharedUndo } from "./shared-order";
import {
  currentProvision,
  cycleListKind,
  editArticleNote,
  insertArticle,
  insertChapter,
  insertItem,
  insertMember,
  insertReference,
  insertSlotValue,
  insertSubItem,
  moveArticle,
  saveLawReference,
  selectedLawReference,
  setProvisionCondition,
} from "../../ordinance-model/editing/index";

// Every toolbar button with its keyboard shortcut, in one list: the toolbar and the keymap are both built from it,
// so a button and its shortcut can never disagree.

export type DialogName = "reference" | "law" | "slot" | "optional";

export interface EditorAction {
  readonly id: string;
  readonly label: string;
  /** In prosemirror-keymap notation; "Mod" is Ctrl (Cmd on a Mac). */
  readonly key: string;
  /** Either a command run directly, or a dialog the editor opens. */
  readonly command?: Command;
  readonly dialog?: DialogName;
  readonly available: (state: EditorState) => boolean;
}

const applies = (command: Command) => (state: EditorState) => command(state);

const onSlotValue = (state: EditorState) => state.selection instanceof NodeSelection && state.selection.node.type.name === "slotValue";

/** A provision that is a variant of an alternatives or multiselect slot (a condition with an option) stays one. */
const isPlainOrOptional = (state: EditorState) => {
  const provision = currentProvision(state);
  return provision !== null && !(provision.node.attrs.condition as { option?: string } | null)?.option;
};

const isOptional = (state: EditorState) => {
  const condition = currentProvision(state)?.node.attrs.condition as { slot: string; option?: string } | null | undefined;
  return Boolean(condition && condition.option === undefined);
};

const direct = (id: string, label: string, key: string, command: Command): EditorAction => ({ id, label, key, command, available: applies(command) });

export const editorActions: readonly EditorAction[] = [
  direct("hoofdstuk", "Nieuw hoofdstuk", "Mod-Alt-h", insertChapter),
  direct("artikel", "Nieuw artikel", "Mod-Alt-a", insertArticle),
  direct("lid", "Nieuw lid", "Mod-Alt-l", insertMember),
  direct("onderdeel", "Opsomming of onderdeel", "Mod-Alt-o", insertItem),
  direct("subonderdeel", "Subonderdeel", "Mod-Alt-u", insertSubItem),
  direct("opsomming-soort", "Opsomming: en / of", "Mod-Alt-e", cycleListKind),
  direct("omhoog", "Artikel omhoog", "Mod-Alt-ArrowUp", moveArticle(-1)),
  direct("omlaag", "Artikel omlaag", "Mod-Alt-ArrowDown", moveArticle(1)),
  { id: "verwijzing", label: "Verwijzing invoegen", key: "Mod-Alt-v", dialog: "reference", available: applies(insertReference("x")) },
  {
    id: "wet",
    label: "Verwijzing naar een wet",
    key: "Mod-Alt-w",
    dialog: "law",
    // A selected citation is changed; elsewhere one is inserted where text may stand.
    available: (s) => selectedLawReference(s) !== null || saveLawReference({ law: "BWBR0000000", article: "1", member: null, words: "x" })(s),
  },
  { id: "keuze", label: "Keuzemogelijkheid", key: "Mod-Alt-k", dialog: "slot", available: (s) => onSlotValue(s) || insertSlotValue("x")(s) },
  { id: "optioneel", label: "Optioneel maken", key: "Mod-Alt-p", dialog: "optional", available: isPlainOrOptional },
  { id: "niet-optioneel", label: "Niet meer optioneel", key: "Mod-Alt-Shift-p", command: setProvisionCondition(null), available: isOptional },
  direct("toelichting", "Toelichting bij artikel", "Mod-Alt-t", editArticleNote),
  direct("ongedaan", "Ongedaan maken", "Mod-z", sharedUndo),
  direct("opnieuw", "Opnieuw", "Mod-Shift-z", sharedRedo),
];

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod-Alt-ArrowUp" → "Control+Alt+ArrowUp", the notation of aria-keyshortcuts. */
export function ariaShortcut(key: string): string {
  return key
    .split("-")
    .map((part) => (part === "Mod" ? (isMac() ? "Meta" : "Control") : part.length === 1 ? part.toUpperCase() : part))
    .join("+");
}

const spoken: Record<string, string> = { Control: "Ctrl", Meta: "Cmd", ArrowUp: "Pijl omhoog", ArrowDown: "Pijl omlaag", Shift: "Shift", Alt: "Alt" };

/** "Mod-Alt-ArrowUp" → "Ctrl+Alt+Pijl omhoog", for the button's title. */
export const shortcutText = (key: string): string =>
  ariaShortcut(key)
    .split("+")
    .map((part) => spoken[part] ?? part)
    .join("+");
