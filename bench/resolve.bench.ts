import fc from "fast-check";
import { bench, describe } from "vitest";
import { parseModel, resolveAndLintAll } from "../ordinance-model";
import { arbitraryChoices } from "../ordinance-model/testing/arbitrary-choices";
import { twenteMunicipalities } from "../ordinance-model/testing/municipalities";
import { twenteModel as modelJson } from "../db/seed/twente-model";

// Parse once, as the server does when a model version is loaded; then every iteration resolves
// and lints the whole region, each municipality with its own (random but fixed) valid choices.
const model = parseModel(modelJson);
const choices = fc.sample(arbitraryChoices(model), { numRuns: twenteMunicipalities.length, seed: 20260701 });
const choicesBySlug = new Map(twenteMunicipalities.map((m, i) => [m.slug, choices[i]!]));

describe("regional model", () => {
  bench(`resolve + lint ${twenteMunicipalities.length} municipalities`, () => {
    resolveAndLintAll(model, twenteMunicipalities, (m) => choicesBySlug.get(m.slug) ?? {});
  });
});
