import { useCallback, useEffect, useRef, useState } from "react";
import { NodeSelection, TextSelection, type EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import {
  ancestorsAt,
  checkSlotAttrs,
  currentProvision,
  insertReference,
  insertSlotValue,
  provisionTargets,
  saveLawReference,
  saveSlotDefinition,
  selectedLawReference,
  setProvisionCondition,
  slotDefinitions,
  type SlotAttrs,
  type SlotErrors,
} from "../../ordinance-model/editing/index";
import type { LawReference } from "../../ordinance-model/law-references";
import { LawDialog } from "./law-dialog";
import type { DialogName, EditorAction } from "./actions";
import { ORDINANCE_ATTRS, connect, type Collab, type ConnectionState, type PresenceUser } from "./collab";
import { DefinitionsSetting } from "./definitions-setting";
import { ConnectionStatus, UnsentCount } from "./connection-status";
import { DECIDING, createView } from "./create-view";
import { innermostNumbered, placeInWords, type DefinitionStyle } from "../../ordinance-model/index";
import { decideSuggestions, listSuggestions, type Decision, type Suggester, type SuggestionFilter } from "../../ordinance-model/suggestions/index";
import { SuggestionPanel, type ListedSuggestion } from "./suggestion-panel";
import type { SuggestionThreads } from "../consultation/views";
import { ModeSwitch, type EditingMode } from "./mode-switch";
import { summarise, type EditorSummary } from "./editor-summary";
import { numberingOf } from "./numbering-plugin";
import { suggestionsUntouched } from "./suggestion-plugin";
import { PresenceOutline } from "./presence-outline";
import { ReferenceDialog } from "./reference-dialog";
import { SlotDialog } from "./slot-dialog";
import { Toolbar } from "./toolbar";

export interface OrdinanceEditorProps {
  modelId: number;
  title: string;
  editable: boolean;
  /** The redactie chooses the settings of the whole text; the sync server refuses anyone else's change. */
  canChangeSettings: boolean;
  /** Bewerken and Voorstellen: whether this account may edit directly and decide suggestions, and who it is. */
  suggesting: { canEdit: boolean; canDecide: boolean; author: { id: number; name: string } };
  /** The suggestions' threads, for those who may discuss them (decision 066). */
  threads: SuggestionThreads | null;
  /** The address of the Word file of pending suggestions, for those who may download it. */
  suggestionsFile: string | null;
  user: PresenceUser;
  /** The read-only text shown until the shared document has arrived. */
  fallback: React.ReactNode;
}

type OpenDialog = { name: "reference" } | { name: "law"; initial: LawReference | null } | { name: "slot"; title: string; editing: string | null; initial: Partial<SlotAttrs> };

/** The definition attrs of slot `key` in the current document. */
function definitionOf(state: EditorState, key: string): SlotAttrs | undefined {
  return slotDefinitions(state.doc).find((d) => d.node.attrs.key === key)?.node.attrs as SlotAttrs | undefined;
}

/** The dialog an action opens, filled from the state (the slot under the cursor, the provision's condition). */
function dialogFor(name: DialogName, state: EditorState): OpenDialog {
  if (name === "reference") return { name };
  if (name === "law") return { name, initial: selectedLawReference(state) };
  const { selection } = state;
  if (name === "slot" && selection instanceof NodeSelection && selection.node.type.name === "slotValue") {
    const key = String(selection.node.attrs.slot);
    return { name: "slot", title: "Keuzemogelijkheid wijzigen", editing: key, initial: definitionOf(state, key) ?? { key } };
  }
  if (name === "optional") {
    const condition = currentProvision(state)?.node.attrs.condition as { slot: string } | null | undefined;
    const existing = condition ? definitionOf(state, condition.slot) : undefined;
    if (existing?.kind === "optional") return { name: "slot", title: "Optionele bepaling wijzigen", editing: condition!.slot, initial: existing };
    return { name: "slot", title: "Bepaling optioneel maken", editing: null, initial: { kind: "optional", default: true } };
  }
  return { name: "slot", title: "Keuzemogelijkheid invoegen", editing: null, initial: { kind: "text" } };
}

/** The pending suggestions with their place in words, for the side panel. */
function listed(state: EditorState): ListedSuggestion[] {
  const { numbering } = numberingOf(state);
  return listSuggestions(state.doc).map((s) => ({
    ...s,
    article: s.articleId ? (placeInWords(numbering, s.articleId) ?? "een artikel").replace(/^a/, "A") : "buiten de artikelen",
    place: (s.provisionId && placeInWords(numbering, s.provisionId)) || "de tekst buiten de artikelen",
  }));
}

export function OrdinanceEditor({ modelId, title, editable, canChangeSettings, suggesting, threads, suggestionsFile, user, fallback }: OrdinanceEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const collabRef = useRef<Collab | null>(null);
  const [definitions, setDefinitions] = useState<DefinitionStyle>("lettered");
  const [summary, setSummary] = useState<EditorSummary | null>(null);
  const [connection, setConnection] = useState<ConnectionState>("connecting");
  const [unsent] = useState(() => new UnsentCount());
  const [missing, setMissing] = useState(false);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [suggestions, setSuggestions] = useState<ListedSuggestion[]>([]);
  const [mode, setMode] = useState<EditingMode>(suggesting.canEdit ? "edit" : "suggest");
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [refusedEdit, setRefusedEdit] = useState<string | null>(null);
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const { name: userName, colour: userColour } = user;
  const { id: authorId, name: authorName } = suggesting.author;
  const { canDecide } = suggesting;

  const openDialog = (name: DialogName) => setDialog(dialogFor(name, viewRef.current!.state));

  useEffect(() => {
    let latest: EditorSummary | null = null;
    const collab: Collab = connect(modelId, { name: userName, colour: userColour }, editable, {
      onState: setConnection,
      onUnsent: unsent.set,
      onSynced: () => {
        if (viewRef.current) return;
        // The server seeds the document; an empty one means it has none to give, and the client must not invent it.
        if (collab.fragment.length === 0) return setMissing(true);
        const suggester = (): Suggester | null =>
          modeRef.current === "suggest" ? { author: authorId, authorName, now: () => new Date(), newId: () => `voorstel-${crypto.randomUUID().slice(0, 8)}` } : null;
        const undecided = canDecide ? null : { id: authorId, name: authorName };
        const view = createView(mountRef.current!, { collab, editable, label: `Tekst van ${title}`, openDialog, onState: update, suggester, undecided, onRefused: setRefusedEdit });
        viewRef.current = view;
        update(view.state);
        const settings = collab.ydoc.getMap(ORDINANCE_ATTRS);
        const showSettings = () => setDefinitions(view.state.doc.attrs.definitions as DefinitionStyle);
        settings.observe(showSettings);
        showSettings();
      },
    });
    // Only a changed summary reaches React (see editor-summary): typing re-renders nothing around the text.
    let listedKey = "";
    const update = (state: EditorState) => {
      const next = summarise(state, collab.provider.awareness!, latest);
      if (next !== latest) setSummary((latest = next));
      // The list changes only with a suggestion or with the numbering (its places in words).
      const same = lastState && (state.doc === lastState.doc || (numberingOf(state).numbering === numberingOf(lastState).numbering && suggestionsUntouched(lastState, state)));
      lastState = state;
      if (same) return;
      const list = listed(state);
      const key = JSON.stringify(list);
      if (key !== listedKey) setSuggestions(((listedKey = key), list));
    };
    let lastState: EditorState | null = null;
    // The own cursor is in awareness too; only the others' changes alter what the outline shows.
    const onAwareness = ({ added, updated, removed }: Record<"added" | "updated" | "removed", number[]>) => {
      const others = [...added, ...updated, ...removed].some((client) => client !== collab.provider.awareness!.clientID);
      if (others && viewRef.current) update(viewRef.current.state);
    };
    collab.provider.awareness?.on("change", onAwareness);
    collabRef.current = collab;
    return () => {
      collabRef.current = null;
      collab.provider.awareness?.off("change", onAwareness);
      viewRef.current?.destroy();
      viewRef.current = null;
      collab.destroy();
    };
  }, [modelId, editable, title, userName, userColour, authorId, authorName, canDecide, unsent]);

  /** Accepts or rejects in the shared text, then reports what was decided for the history. */
  const decide = useCallback(
    (decision: Decision, filter: SuggestionFilter) => {
      const view = viewRef.current;
      if (!view) return;
      const decided = listSuggestions(view.state.doc).filter(filter);
      view.dispatch(decideSuggestions(view.state.tr, decision, filter).setMeta(DECIDING, true));
      const body = decided.map((s) => ({ suggestionId: s.id, kind: s.kind, structural: s.structural, articleId: s.articleId, text: s.text, authorId: s.author, authorName: s.authorName, proposedAt: s.at, decision }));
      // The route's single-fetch URL: the action's data and status, not a re-render of the whole page.
      void fetch(`/modellen/${modelId}/bewerken.data`, { method: "POST", body: new URLSearchParams({ decisions: JSON.stringify(body) }) })
        .then((response) => setDecisionError(response.ok ? null : "Het besluit staat in de tekst, maar kon niet in de geschiedenis worden bewaard."))
        .catch(() => setDecisionError("Het besluit staat in de tekst, maar kon niet in de geschiedenis worden bewaard."));
    },
    [modelId],
  );

  // Back to the text once the dialog has left the DOM; focusing earlier would be undone by its removal.
  const refocus = useRef(false);
  useEffect(() => {
    if (dialog || !refocus.current) return;
    refocus.current = false;
    viewRef.current?.focus();
  }, [dialog]);

  const closeDialog = () => {
    refocus.current = true;
    setDialog(null);
  };

  const runAction = useCallback((action: EditorAction) => {
    const view = viewRef.current;
    if (!view) return;
    if (action.command) {
      action.command(view.state, view.dispatch);
      view.focus();
    } else setDialog(dialogFor(action.dialog!, view.state));
  }, []);

  const saveSlot = (open: Extract<OpenDialog, { name: "slot" }>) => (attrs: SlotAttrs): SlotErrors => {
    const v = viewRef.current!;
    const { errors } = checkSlotAttrs(v.state.doc, attrs, open.editing);
    if (Object.keys(errors).length) return errors;
    saveSlotDefinition(attrs, open.editing)(v.state, v.dispatch);
    const key = String(attrs.key);
    if (attrs.kind === "optional") setProvisionCondition({ slot: key })(v.state, v.dispatch);
    else if (open.editing === null) insertSlotValue(key)(v.state, v.dispatch);
    closeDialog();
    return {};
  };

  /** From the outline: the cursor into the article's heading, and the article scrolled to the top of the window. */
  const goTo = useCallback((id: string) => {
    const view = viewRef.current;
    if (!view) return;
    let target: number | null = null;
    view.state.doc.descendants((node, pos) => {
      if (target === null && node.attrs.id === id) target = pos;
      return target === null;
    });
    if (target === null) return;
    // Focus first: ProseMirror only scrolls to a selection that is in the focused editor.
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(target + 2))));
    (view.nodeDOM(target) as HTMLElement | null)?.scrollIntoView({ block: "start" });
    // Not under the toolbar, which stays at the top of the window.
    const tools = view.dom.closest(".mw-editor")?.querySelector(".mw-editor-tools");
    if (tools) window.scrollBy(0, -tools.getBoundingClientRect().height);
  }, []);

  const state = summary && viewRef.current ? viewRef.current.state : null;
  return (
    <div className="mw-editor">
      <ConnectionStatus connection={connection} synced={state !== null} editable={editable} unsent={unsent} />
      {missing && <p role="alert">De gedeelde tekst van dit model is nog niet beschikbaar op de server. Probeer het later opnieuw.</p>}
      {editable && summary && <ModeSwitch mode={mode} canEdit={suggesting.canEdit} onChange={setMode} />}
      {editable && summary && <Toolbar enabled={summary.enabled} onAction={runAction} />}
      {editable && canChangeSettings && summary && <DefinitionsSetting value={definitions} onChange={(value) => collabRef.current?.ydoc.getMap(ORDINANCE_ATTRS).set("definitions", value)} />}
      {decisionError && <p role="alert">{decisionError}</p>}
      {refusedEdit && <p role="alert">{refusedEdit}</p>}
      <div className="mw-editor-layout">
        <div className="mw-editor-main">
          {!summary && fallback}
          <div ref={mountRef} hidden={!summary} />
        </div>
        {summary && (
          <div>
            <SuggestionPanel suggestions={suggestions} canDecide={suggesting.canDecide} threads={threads} suggestionsFile={suggestionsFile} onDecide={decide} onGoTo={goTo} />
            <PresenceOutline outline={summary.outline} present={summary.present} currentArticle={summary.currentArticle} onGoTo={goTo} />
          </div>
        )}
      </div>
      {dialog?.name === "reference" && state && (
        <ReferenceDialog
          targets={provisionTargets(state.doc, numberingOf(state).numbering, innermostNumbered(ancestorsAt(state.selection.$from), numberingOf(state).numbering))}
          onPick={(id) => {
            const v = viewRef.current!;
            insertReference(id)(v.state, v.dispatch);
            closeDialog();
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.name === "law" && (
        <LawDialog
          initial={dialog.initial}
          onSave={(attrs) => {
            const v = viewRef.current!;
            if (!saveLawReference(attrs)(v.state, v.dispatch)) return { words: "Hier kan geen verwijzing staan; zet de cursor in de tekst van een bepaling." };
            closeDialog();
            return {};
          }}
          onClose={closeDialog}
        />
      )}
      {dialog?.name === "slot" && <SlotDialog title={dialog.title} initial={dialog.initial} editing={dialog.editing !== null} takenKeys={state ? slotDefinitions(state.doc).map((d) => String(d.node.attrs.key)) : []} onSave={saveSlot(dialog)} onClose={closeDialog} />}
    </div>
  );
}
