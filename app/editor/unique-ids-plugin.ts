import { Plugin } from "prosemirror-state";
import { ySyncPluginKey } from "y-prosemirror";
import { changedRanges, onlyWithinTextblocks, repairIds } from "../../ordinance-model/editing/index";

// New, pasted and split nodes get fresh ids. Only this user's own changes are repaired: remote changes
// were repaired by their author, and two clients repairing the same node would race each other.

const isRemote = (tr: { getMeta(key: unknown): unknown }) => (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;

export const uniqueIdsPlugin = new Plugin({
  appendTransaction(transactions, _old, state) {
    if (!transactions.some((tr) => tr.docChanged && !isRemote(tr))) return null;
    const ranges = changedRanges(transactions);
    // The check walks the whole document; plain typing needs none (a keystroke's cost must not grow with the text).
    if (onlyWithinTextblocks(state.doc, ranges)) return null;
    const tr = state.tr;
    return repairIds(tr, ranges) ? tr : null;
  },
});
