import type { ConnectionState } from "./collab";

function statusText(connection: ConnectionState, synced: boolean, editable: boolean): string {
  if (!synced) return connection === "offline" ? "Geen verbinding met de server; de tekst hieronder is de laatst opgeslagen versie." : "Verbinden met de server…";
  if (!editable) return connection === "connected" ? "Alleen lezen — wijzigingen van anderen verschijnen direct" : "Alleen lezen — geen verbinding met de server";
  return connection === "connected" ? "Verbonden" : "Offline — uw wijzigingen worden bewaard en samengevoegd zodra de verbinding terug is";
}

/** The connection as a live region, so screen-reader users hear when it drops and returns. */
export function ConnectionStatus({ connection, synced, editable }: { connection: ConnectionState; synced: boolean; editable: boolean }) {
  return (
    <p role="status" className="mw-editor-status" data-connection={synced ? connection : "connecting"}>
      {statusText(connection, synced, editable)}
    </p>
  );
}
