import type { ConnectionState } from "./collab";

const changes = (n: number) => (n === 1 ? "1 wijziging" : `${n} wijzigingen`);

function statusText(connection: ConnectionState, synced: boolean, editable: boolean, unsent: number): string {
  if (!synced) return connection === "offline" ? "Geen verbinding met de server; de tekst hieronder is de laatst opgeslagen versie." : "Verbinden met de server…";
  if (!editable) return connection === "connected" ? "Alleen lezen — wijzigingen van anderen verschijnen direct" : "Alleen lezen — geen verbinding met de server";
  if (connection === "connected") return unsent === 0 ? "Verbonden" : `Verbonden — ${changes(unsent)} worden naar de server gestuurd…`;
  if (unsent === 0) return "Offline — uw wijzigingen worden bewaard en samengevoegd zodra de verbinding terug is";
  return `Offline — ${changes(unsent)} nog niet op de server; ze blijven in deze browser bewaard en worden samengevoegd zodra de verbinding terug is`;
}

/** The connection as a live region, so screen-reader users hear when it drops and returns. */
export function ConnectionStatus({ connection, synced, editable, unsent }: { connection: ConnectionState; synced: boolean; editable: boolean; unsent: number }) {
  return (
    <p role="status" className="mw-editor-status" data-connection={synced ? connection : "connecting"} data-unsent={unsent}>
      {statusText(connection, synced, editable, unsent)}
    </p>
  );
}
