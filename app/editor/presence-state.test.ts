import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { colourFor, isPaletteColour } from "./presence-colours";
import { readPresence } from "./presence-state";

// Another client's awareness state is untrusted input: what the editor draws from it must be well-formed, whatever
// arrives, and reading it must never throw.

const doc = new Y.Doc();
const fragment = doc.getXmlFragment("ordinance");
fragment.insert(0, [new Y.XmlText("abc")]);
const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(fragment, 0));
const valid = { user: { name: "Wim Werkgroep", colour: colourFor(1) }, cursor: { anchor: position, head: position } };

describe("remote presence", () => {
  it("reads a well-formed state", () => {
    expect(readPresence(valid, 7)).toEqual({ user: valid.user, cursor: valid.cursor });
  });

  it("ignores malformed states", () => {
    const malformed = [
      { ...valid, cursor: { anchor: null, head: null } },
      { ...valid, cursor: { anchor: 3, head: 4 } },
      { ...valid, cursor: { anchor: position, head: "x" } },
      { ...valid, cursor: { anchor: { item: { client: "1", clock: 0 } }, head: position } },
      { ...valid, cursor: { anchor: {}, head: position } },
      { ...valid, user: { name: { first: "Wim" }, colour: colourFor(1) } },
      { ...valid, user: "Wim" },
      { ...valid, user: { name: "   " } },
      { ...valid, cursor: null },
      null,
      42,
      "state",
    ];
    for (const state of malformed) expect(readPresence(state, 7), JSON.stringify(state)).toBeNull();
  });

  it("takes colours only from the palette and names only as plain, short text", () => {
    const styled = readPresence({ ...valid, user: { name: "Eva", colour: "red;background-image:url(https://example.org/x)" } }, 7)!;
    expect(styled.user.colour).toBe(colourFor(7));
    expect(readPresence({ ...valid, user: { name: "x".repeat(500), colour: 5 } }, 3)!.user).toEqual({ name: "x".repeat(80), colour: colourFor(3) });
  });

  it("never throws, and whatever it accepts Yjs can read (any input)", () => {
    const cursorish = fc.oneof(fc.anything(), fc.record({ type: fc.anything(), tname: fc.anything(), item: fc.anything(), assoc: fc.anything() }, { requiredKeys: [] }));
    const state = fc.record({ user: fc.oneof(fc.anything(), fc.record({ name: fc.anything(), colour: fc.anything() })), cursor: fc.oneof(fc.anything(), fc.record({ anchor: cursorish, head: cursorish })) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), state), fc.integer(), (input, clientId) => {
        const presence = readPresence(input, clientId);
        if (!presence) return;
        expect(isPaletteColour(presence.user.colour)).toBe(true);
        expect(typeof presence.user.name).toBe("string");
        expect(() => [Y.createRelativePositionFromJSON(presence.cursor.anchor), Y.createRelativePositionFromJSON(presence.cursor.head)]).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
