import { useEffect, useRef } from "react";
import type { ConnectionState } from "./collab";

const changes = (n: number) => (n === 1 ? "1 wijziging" : `${n} wijzigingen`);

function statusText(connection: ConnectionState, synced: boolean, editable: boolean, unsent: number): string {
  if (!synced) return connection === "offline" ? "Geen verbinding met de server; de tekst hieronder is de laatst opgeslagen versie." : "Verbinden met de server…";
  if (!editable) return connection === "connected" ? "Alleen lezen — wijzigingen van anderen verschijnen direct" : "Alleen lezen — geen verbinding met de server";
  if (connection === "connected") return unsent === 0 ? "Verbonden" : `Verbonden — ${changes(unsent)} worden naar de server gestuurd…`;
  if (unsent === 0) return "Offline — uw wijzigingen worden bewaard en samengevoegd zodra de verbinding terug is";
  return `Offline — ${changes(unsent)} nog niet op de server; ze blijven in deze browser bewaard en worden samengevoegd zodra de verbinding terug is`;
}

/**
 * How many changes the server does not have yet. It changes with every keystroke, so the status line shows it without
 * React: a React commit while the caret is in the editor measures the selection over the whole text (React DOM's
 * getSelectionInformation), a few milliseconds per keystroke on a large model.
 */
export class UnsentCount {
  private value = 0;
  private readonly shows = new Set<() => void>();

  get(): number {
    return this.value;
  }

  readonly set = (count: number): void => {
    this.value = count;
    for (const show of this.shows) show();
  };

  subscribe(show: () => void): () => void {
    this.shows.add(show);
    return () => this.shows.delete(show);
  }
}

/**
 * While connected, a count shows once changes have waited this long for the server. The server confirms a keystroke
 * within milliseconds: a line that changed twice on every key would be announced by a screen reader on every key,
 * and it would cost the page a second frame per key (decision 076). Offline, the count shows at once.
 */
export const UNSENT_SHOWN_AFTER_MS = 1000;

/** The connection as a live region, so screen-reader users hear when it drops and returns. */
export function ConnectionStatus({ connection, synced, editable, unsent }: { connection: ConnectionState; synced: boolean; editable: boolean; unsent: UnsentCount }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // After every commit (no dependencies): a render may have read a count that changed before its commit.
  useEffect(() => {
    const line = ref.current!;
    const write = () => {
      const count = String(unsent.get());
      const text = statusText(connection, synced, editable, unsent.get());
      // Rewriting the same text would still make the browser lay the page out again.
      if (line.textContent === text && line.dataset.unsent === count) return;
      line.dataset.unsent = count;
      // React renders the text as the element's text content, so replacing it here keeps React's own updates working.
      line.textContent = text;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      // The first change the server has not confirmed yet: shown only if it is still waiting after a moment.
      if (connection === "connected" && unsent.get() > 0 && line.dataset.unsent === "0") {
        timer ??= setTimeout(() => ((timer = undefined), write()), UNSENT_SHOWN_AFTER_MS);
        return;
      }
      clearTimeout(timer);
      timer = undefined;
      write();
    };
    show();
    const unsubscribe = unsent.subscribe(show);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  });
  return (
    <p ref={ref} role="status" className="mw-editor-status" data-connection={synced ? connection : "connecting"} data-unsent={unsent.get()}>
      {statusText(connection, synced, editable, unsent.get())}
    </p>
  );
}
