import { expect, test } from "vitest";
import { resolveAndLintAll } from "./batch";
import { fixtureModel } from "./testing/fixture-model";
import { twenteMunicipalities } from "./testing/municipalities";

test("resolves and lints every municipality with its own choices", () => {
  const results = resolveAndLintAll(fixtureModel(), twenteMunicipalities, (m) => (m.slug === "losser" ? {} : { naamOudeRegeling: `Regeling ${m.name}` }));
  expect(results).toHaveLength(14);
  expect(results.map((r) => r.resolved.values.get("gemeentenaam"))).toEqual(twenteMunicipalities.map((m) => m.name));
  expect(results.filter((r) => r.errors.length).map((r) => [r.municipality.slug, r.errors.map((e) => e.code)])).toEqual([["losser", ["open-slot"]]]);
});
