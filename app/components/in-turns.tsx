import type { ReactNode } from "react";

/**
 * A long list (the 251 slot forms of a 310-article model, the matrix's rows) that the server renders in slices of
 * `size` items, each slice in a turn of the event loop of its own, so that rendering the page never holds up other
 * requests and the sync socket for its whole length (about 130 ms at 310 articles). The markup is the same as a plain
 * list's: a slice waits by suspending outside any Suspense boundary, so React keeps it in the shell, in order, and the
 * page is sent when the last slice is done (no streamed fallback, nothing that needs JavaScript).
 * In the browser the list renders as one, so an item never moves to another slice (and loses what was typed in it)
 * when the list changes.
 */
export function InTurns<T>({ items, size, children }: { items: readonly T[]; size: number; children: (item: T) => ReactNode }) {
  if (typeof document !== "undefined") return <>{items.map(children)}</>;
  return <Slice items={items} from={0} size={size} render={children} gate={null} />;
}

/** A slice's wait for the next turn: created while the slice before it renders, so slices follow each other. */
interface Gate {
  open: boolean;
  opening: Promise<void>;
}

function nextTurnGate(): Gate {
  const gate: Gate = { open: false, opening: Promise.resolve() };
  gate.opening = new Promise((resolve) =>
    setImmediate(() => {
      gate.open = true;
      resolve();
    })
  );
  return gate;
}

function Slice<T>({ items, from, size, render, gate }: { items: readonly T[]; from: number; size: number; render: (item: T) => ReactNode; gate: Gate | null }) {
  // React's server renderer retries this element once the promise settles, in a later turn (see above).
  if (gate && !gate.open) throw gate.opening;
  const to = Math.min(from + size, items.length);
  return (
    <>
      {items.slice(from, to).map(render)}
      {to < items.length && <Slice items={items} from={to} size={size} render={render} gate={nextTurnGate()} />}
    </>
  );
}
