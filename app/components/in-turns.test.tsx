import { PassThrough } from "node:stream";
import type { ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import fc from "fast-check";
import { expect, test } from "vitest";
import { InTurns } from "./in-turns";

// Rendered on the server as a page is (renderToPipeableStream, sent once the shell is ready), with a note of every turn
// of the event loop that other work got while the list rendered.
async function serverRender(page: ReactNode): Promise<{ html: string; turnsBetween: number }> {
  let rendering = true;
  let turnsBetween = 0;
  const countTurns = () =>
    setImmediate(() => {
      if (!rendering) return;
      turnsBetween++;
      countTurns();
    });
  countTurns();
  const html = await new Promise<string>((resolve, reject) => {
    const { pipe } = renderToPipeableStream(page, {
      onShellReady() {
        const body = new PassThrough();
        let out = "";
        body.on("data", (chunk: Buffer) => (out += chunk.toString()));
        body.on("end", () => resolve(out));
        pipe(body);
      },
      onShellError: reject,
      onError: reject,
    });
  });
  rendering = false;
  return { html, turnsBetween };
}

const item = (n: number) => <li key={n}>item {n}</li>;
const inTurns = (items: number[], size: number) => (
  <ul>
    <InTurns items={items} size={size}>
      {item}
    </InTurns>
    <li>after the list</li>
  </ul>
);
const plain = (items: number[]) => (
  <ul>
    {items.map(item)}
    <li>after the list</li>
  </ul>
);

test("the markup is that of the plain list, in order and in one piece, for any length and slice size", async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 25 }), async (length, size) => {
      const items = Array.from({ length }, (_, i) => i);
      const { html } = await serverRender(inTurns(items, size));
      expect(html).toBe((await serverRender(plain(items))).html);
      // No streamed segment or script that swaps content in: the page reads the same without JavaScript.
      expect(html).not.toMatch(/<template|<script|<!--\$/);
    }),
    { numRuns: 40 }
  );
});

test("other work gets the event loop between two slices", async () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  expect((await serverRender(inTurns(items, 10))).turnsBetween).toBeGreaterThanOrEqual(9);
  // A list that fits in one slice renders in one go.
  expect((await serverRender(inTurns(items.slice(0, 10), 10))).turnsBetween).toBeLessThanOrEqual(1);
});
