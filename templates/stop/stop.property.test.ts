import fc from "fast-check";
import { expect, test } from "vitest";
import { parseModel, resolve } from "../../ordinance-model/index";
import { arbitraryChoices } from "../../ordinance-model/testing/arbitrary-choices";
import { twenteModel } from "../../db/seed/twente-model";
import { CBS_CODES } from "../../db/seed/regions";
import { validateStop } from "../../test/support/stop-schema";
import { checkStop, stopBesluit } from "./index";

// Whatever a municipality chooses, its STOP XML is valid and follows the numbering: the choices change which articles,
// members and items there are, and so every number and eId after them.

const model = parseModel(twenteModel as object);
const twente = Object.entries(CBS_CODES).slice(0, 14);

test("for any valid choices of any Twente municipality, the STOP XML validates and our checks hold", () => {
  fc.assert(
    fc.property(arbitraryChoices(model), fc.constantFrom(...twente), (choices, [name, cbsCode]) => {
      const ordinance = resolve(model, choices, { name, slug: name.toLowerCase() });
      const { xml } = stopBesluit({ ordinance, decision: { municipality: { name, cbsCode }, date: "2027-03-01", decisionNumber: "2027-1", chair: "De Burgemeester", clerk: "De Griffier" } });
      expect(checkStop(xml)).toEqual([]);
      expect(validateStop(xml).ok).toBe(true);
    }),
    { numRuns: 25 },
  );
});
