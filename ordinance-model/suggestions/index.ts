// Suggestions (voorstellen tot wijziging): marks and attributes in the schema, deciding them, and how the rest of the
// domain reads a text that has them.
export * from "./marks";
export * from "./operations";
export { withoutPendingSuggestions, withPendingSuggestions } from "./pending";
export { suggestingTransaction, type Suggester } from "./suggest";
export { takesAwayOthersSuggestion } from "./keep";
