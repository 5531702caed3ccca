// The public API of the ordinance domain: pure functions over the ProseMirror document described
// in docs/ordinance-document.md. No I/O, no React.

export { schema, contractSchema, contractAccepts, preambleRoles, numberingStyles, definitionStyles, listKinds, type PreambleRole, type NumberingStyle, type DefinitionStyle, type ListKind, type NodeName } from "./schema";
export type { Condition } from "./condition";
export {
  slotKinds,
  automaticSources,
  type SlotKind,
  type AutomaticSource,
  type Duration,
  type DurationUnit,
  type SlotValue,
  type SlotOption,
  type SlotConstraints,
  type SlotDefinition,
  type InlineJSON,
} from "./slot-definition";
export { checkSlotValue, formatSlotValue, type SlotValueIssue, type SlotValueProblem } from "./slot-value";
export { formatAmount, formatDate, formatDuration, formatInteger, formatList } from "./format";
export type { OrdinanceModel } from "./model";
export { ModelError } from "./model-error";
export { parseModel, parseLiveModel } from "./parse";
export { structureProblems, type StructureProblem } from "./structure-problems";
export { computeNumbering, type Numbering, type NumberEntry, type NumberedKind, type NumberInForce, type NumberingOptions } from "./numbering";
export { referenceInWords, placeInWords, innermostNumbered, ordinalWord, danglingReferences, type ReferenceSite } from "./references";
export type { Municipality } from "./municipality";
export { validateChoices, effectiveValues, ChoicesError, type Choices, type ChoiceError, type ChoiceProblem } from "./choices";
export { resolve, toResolvedOrdinance, ResolveError, type ResolvedOrdinance, type OpenSlot } from "./resolve";
export { lint, lintDrafting, type LintError, type LintCode } from "./lint";
export { statutoryCategories, type StatutoryCategory } from "./statutory-categories";
export { renderHtml, escapeHtml, type HtmlOptions } from "./render-html";
export { renderText, type TextOptions } from "./render-text";
export { renderJson, renderOutline, type Outline, type OutlineNode } from "./render-json";
export { articleHeadings, type RenderSource } from "./render-source";
export { resolveAndLintAll, type MunicipalityResult } from "./batch";
export { decideSave, sameValue, type SaveDecision, type StoredChoiceVersion } from "./concurrency";
export { detectImpact, isLocalChoice, type ImpactKind, type SlotImpact, type StoredChoice } from "./impact";
export { provisions, type Provision, type ProvisionKind } from "./provisions";
export { diffVersions, wordDiff, type VersionDiff, type ArticleDiff, type ArticleChange, type SlotDiff, type WordPart } from "./version-diff";
export { applyAmendments, amendableProvisions, type CouncilAmendment, type AmendmentChange, type AmendmentProblem, type AmendableProvision } from "./council-amendments";
