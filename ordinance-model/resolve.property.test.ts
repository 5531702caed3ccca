import fc from "fast-check";
import { expect, test } from "vitest";
import { validateChoices } from "./choices";
import { lint } from "./lint";
import { renderHtml } from "./render-html";
import { resolve } from "./resolve";
import { arbitraryChoices } from "./testing/arbitrary-choices";
import { fixtureModel } from "./testing/fixture-model";
import { twenteMunicipalities } from "./testing/municipalities";

const model = fixtureModel();
const municipality = fc.constantFrom(...twenteMunicipalities);

test("arbitraryChoices only produces valid choices", () => {
  fc.assert(
    fc.property(arbitraryChoices(model), (choices) => {
      expect(validateChoices(model, choices)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test("for any valid choices, the resolved ordinance lints clean", () => {
  fc.assert(
    fc.property(arbitraryChoices(model), municipality, (choices, m) => {
      const resolved = resolve(model, choices, m);
      expect(lint(resolved)).toEqual([]);
      expect(resolved.danglingReferences).toEqual([]);
      expect(renderHtml(resolved)).not.toContain("mw-variant");
    }),
    { numRuns: 300 },
  );
});
