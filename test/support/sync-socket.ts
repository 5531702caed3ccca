import type { Page, WebSocketRoute } from "playwright-core";

/**
 * Routes a page's sync socket through the test, which can cut it off: "offline" while the pages themselves still
 * load, as when the sync server is unreachable behind a proxy. Set up before the page opens the editor.
 */
export async function cuttableSyncSocket(page: Page): Promise<{ cut(): Promise<void>; restore(): void }> {
  let offline = false;
  const open = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/collab$/, (socket) => {
    if (offline) return void socket.close();
    socket.connectToServer();
    open.add(socket);
    socket.onClose(() => open.delete(socket));
  });
  return {
    async cut() {
      offline = true;
      for (const socket of open) await socket.close();
    },
    restore() {
      offline = false;
    },
  };
}
