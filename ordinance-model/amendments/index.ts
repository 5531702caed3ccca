// Model changes as amending ordinances (issue 15): numbers in force, drafted instructions, their sentences, apply.
export { textInForce, numberingInForce, findById, parentNode, AmendmentError, type TextInForce, type Parent } from "./text-in-force";
export type { Instruction } from "./instructions";
export { apply, applyInstruction } from "./apply";
export { draftInstructions, defaultRewriteThreshold, type DraftOptions, type DraftStep } from "./draft";
export { sentence } from "./sentences";
export { amendingOrdinance, renderAmendingOrdinanceText, closingArticles, decisionClause, type AmendingOrdinance, type AmendingOptions, type AmendmentPart } from "./amending-ordinance";
export { carryOverAmendments, type CarriedOver } from "./carry-over";
