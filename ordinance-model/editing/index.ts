// Pure editing operations on the ordinance document: ProseMirror commands and helpers with no DOM,
// shared by the editor (app/editor) and its tests.

export { changedRanges, onlyWithinTextblocks, repairIds, derivedId, isValidId } from "./ids";
export { ancestorOf, ancestorsAt } from "./context";
export { enterFromHeading } from "./navigation";
export { enterInItem, enterInMember, joinWithPrevious, newParagraphInMember } from "./keys";
export { insertChapter, insertArticle, insertMember, insertItem, insertSubItem, moveArticle } from "./structure";
export { provisionTargets, searchTargets, insertReference, type ProvisionTarget } from "./references";
export { editArticleNote } from "./notes";
export { cycleListKind } from "./list-kind";
export {
  slotDefinitions,
  checkSlotAttrs,
  keyFromLabel,
  saveSlotDefinition,
  insertSlotValue,
  currentProvision,
  setProvisionCondition,
  type SlotAttrs,
  type SlotErrors,
} from "./slots";
export { saveLawReference, selectedLawReference, lawReferenceAttrs, type LawReferenceErrors } from "./law-references";
