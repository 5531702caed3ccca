import { describe, expect, it } from "vitest";
import { enterFromHeading } from "./navigation";
import { cursorIn, fixtureState, run } from "./test-state";

describe("Enter in a heading", () => {
  it("moves into the first text of the provision instead of splitting the heading", () => {
    const state = cursorIn(fixtureState(), "art-reikwijdte");
    expect(state.selection.$from.parent.type.name).toBe("heading");
    const next = run(state, enterFromHeading);
    expect(next.doc.eq(state.doc)).toBe(true);
    expect(next.selection.$from.parent.type.name).toBe("paragraph");
    expect(next.selection.$from.node(next.selection.$from.depth - 1).attrs.id).toBe("art-reikwijdte-lid");
  });

  it("does nothing outside a heading", () => {
    expect(enterFromHeading(cursorIn(fixtureState(), "art-reikwijdte-lid"))).toBe(false);
  });
});
