import * as Y from "yjs";
import { IndexeddbPersistence } from "y-indexeddb";

// The writer's copy of the text in this browser (y-indexeddb), so that edits made offline survive a reload.
// y-indexeddb writes every update in an IndexedDB transaction of its own, at once: on every keystroke, between the
// key and the frame that shows it (decision 076). This copy gathers the updates and the values beside them and writes
// them together, a moment later, or at once when the page is hidden, closed or reloaded.

/** How long an edit waits at most before it is in the browser's copy. */
export const WRITE_DELAY_MS = 500;

type Value = string | number;

export class LocalCopy extends IndexeddbPersistence {
  private updates: Uint8Array[] = [];
  private readonly values = new Map<string, Value>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly storeNow: (update: Uint8Array, origin: unknown) => void;

  constructor(name: string, doc: Y.Doc) {
    super(name, doc);
    // y-indexeddb listens with `_storeUpdate` and stops listening with it on destroy: it is swapped for the gathering
    // one, and the original writes what was gathered.
    this.storeNow = this._storeUpdate;
    doc.off("update", this.storeNow);
    this._storeUpdate = (update, origin) => {
      if (origin === this) return;
      this.updates.push(update);
      this.writeSoon();
    };
    doc.on("update", this._storeUpdate);
    // Before the page goes: "beforeunload" is the last moment with time to spare (its question waits for the user).
    addEventListener("beforeunload", this.write);
    addEventListener("pagehide", this.write);
    document.addEventListener("visibilitychange", this.write);
  }

  /** Stores `value` under `key` beside the text, with the next write. */
  keep(key: string, value: Value): void {
    this.values.set(key, value);
    this.writeSoon();
  }

  /** Writes what was gathered now. */
  readonly write = (): void => {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.updates.length > 0) this.storeNow(Y.mergeUpdates(this.updates), null);
    this.updates = [];
    for (const [key, value] of this.values) void this.set(key, value);
    this.values.clear();
  };

  override destroy(): Promise<void> {
    this.write();
    removeEventListener("beforeunload", this.write);
    removeEventListener("pagehide", this.write);
    document.removeEventListener("visibilitychange", this.write);
    return super.destroy();
  }

  private writeSoon(): void {
    this.timer ??= setTimeout(this.write, WRITE_DELAY_MS);
  }
}
