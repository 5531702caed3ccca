import type { Choices } from "./choices";
import { lint, type LintError } from "./lint";
import type { OrdinanceModel } from "./model";
import type { Municipality } from "./municipality";
import { resolve, type ResolvedOrdinance } from "./resolve";

export interface MunicipalityResult {
  readonly municipality: Municipality;
  readonly resolved: ResolvedOrdinance;
  readonly errors: readonly LintError[];
}

/** Every municipality's own ordinance with its lint errors: the region-wide check before a phase. */
export function resolveAndLintAll(
  model: OrdinanceModel,
  municipalities: readonly Municipality[],
  choicesOf: (municipality: Municipality) => Choices = () => ({}),
): MunicipalityResult[] {
  return municipalities.map((municipality) => {
    const resolved = resolve(model, choicesOf(municipality), municipality);
    return { municipality, resolved, errors: lint(resolved) };
  });
}
