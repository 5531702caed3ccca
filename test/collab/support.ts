import NodeWebSocket from "crossws/websocket";
import * as Y from "yjs";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { modelDocumentName } from "../../app/collab/document-name";
import { ORDINANCE_FRAGMENT } from "../../app/collab/ordinance-ydoc.server";
import { readDb } from "../support/db";

/** A WebSocket class for the provider that sends the headers a browser would: the session cookie and the Origin. */
export function webSocketWithHeaders(headers: Record<string, string>) {
  return class extends (NodeWebSocket as unknown as new (url: string, protocols: undefined, options: { headers: Record<string, string> }) => WebSocket) {
    constructor(url: string) {
      super(url, undefined, { headers });
    }
  };
}

export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server is done; rejects when the server refuses the document. */
  synced: Promise<void>;
  /** Every close code the socket saw. */
  closeCodes: number[];
  destroy(): void;
}

export function collabClient(baseUrl: string, cookie: string | null, modelId = 1, options: { origin?: string } = {}): CollabClient {
  const headers: Record<string, string> = { origin: options.origin ?? baseUrl };
  if (cookie) headers.cookie = cookie;
  const closeCodes: number[] = [];
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `${baseUrl.replace(/^http/, "ws")}/collab`,
    WebSocketPolyfill: webSocketWithHeaders(headers),
    // Tests decide themselves when to reconnect.
    maxAttempts: 1,
    onClose: ({ event }) => void closeCodes.push(event.code),
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ websocketProvider, name: modelDocumentName(modelId), document: doc });
  const synced = new Promise<void>((resolve, reject) => {
    provider.on("synced", () => resolve());
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => reject(new Error(`geweigerd: ${reason}`)));
  });
  synced.catch(() => {});
  provider.attach();
  return {
    doc,
    provider,
    synced,
    closeCodes,
    destroy() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

/** The first paragraph's text node of the article with this id: where the tests type. */
export function articleText(doc: Y.Doc, articleId: string): Y.XmlText {
  const article = findElement(doc.getXmlFragment(ORDINANCE_FRAGMENT), (e) => e.nodeName === "article" && e.getAttribute("id") === articleId);
  if (!article) throw new Error(`Artikel ${articleId} niet gevonden`);
  const paragraph = findElement(article, (e) => e.nodeName === "paragraph");
  const text = paragraph?.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
  if (!text) throw new Error(`Geen tekst in artikel ${articleId}`);
  return text;
}

function findElement(parent: Y.XmlFragment | Y.XmlElement, match: (e: Y.XmlElement) => boolean): Y.XmlElement | undefined {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (match(child)) return child;
    const found = findElement(child, match);
    if (found) return found;
  }
  return undefined;
}

export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Niet binnen ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The Yjs state stored for a model (snapshot + log), straight from the database file. */
export function storedDoc(databasePath: string, modelId = 1): Y.Doc {
  const parts = readDb(databasePath, (db) => {
    const snapshot = db.prepare("SELECT state FROM model_snapshots WHERE model_id = ?").get(modelId) as { state: Buffer } | undefined;
    const from = (db.prepare("SELECT up_to_update_id AS id FROM model_snapshots WHERE model_id = ?").get(modelId) as { id: number } | undefined)?.id ?? 0;
    const tail = db.prepare("SELECT \"update\" FROM model_updates WHERE model_id = ? AND id > ? ORDER BY id").all(modelId, from) as { update: Buffer }[];
    return [...(snapshot ? [snapshot.state] : []), ...tail.map((r) => r.update)];
  });
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

export const updateCount = (databasePath: string, modelId = 1): number =>
  readDb(databasePath, (db) => (db.prepare("SELECT count(*) AS n FROM model_updates WHERE model_id = ?").get(modelId) as { n: number }).n);
