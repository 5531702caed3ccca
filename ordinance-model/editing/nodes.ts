import type { Node } from "prosemirror-model";
import { schema } from "../schema";
import { freshId } from "./ids";

// Empty provisions as the structure commands insert them, each with a fresh id.

const { nodes } = schema;
const paragraph = () => nodes.paragraph!.create();
const heading = () => nodes.heading!.create();

export const newItem = (): Node => nodes.item!.create({ id: freshId("item") }, paragraph());
export const newItemList = (): Node => nodes.itemList!.create(null, newItem());
export const newMember = (): Node => nodes.member!.create({ id: freshId("member") }, paragraph());
export const newArticle = (): Node => nodes.article!.create({ id: freshId("article") }, [heading(), newMember()]);
export const newChapter = (): Node => nodes.chapter!.create({ id: freshId("chapter") }, [heading(), newArticle()]);
export const newArticleNote = (articleId: string): Node => nodes.articleNote!.create({ id: freshId("articleNote"), article: articleId }, paragraph());
