import type { Db } from "../../db/client";
import { listArticleEdits } from "../../db/queries/article-edits";
import type { RevisionAuthor } from "../../templates/wijzigingen";

// Who a tracked change in the wijzigingen is attributed to: the last person the edit attribution saw changing the
// article between the freezing of the two versions, at that minute; otherwise whoever froze the newer version, at that time.

export function revisionAuthors(db: Db, modelId: number, fallback: RevisionAuthor, since: Date): (articleId: string | null) => RevisionAuthor {
  const until = new Date(fallback.date);
  const latest = new Map<string, RevisionAuthor>();
  // Newest first: the first edit seen per article is its last one.
  for (const edit of listArticleEdits(db, modelId, 10_000)) {
    if (edit.minute < since || edit.minute > until || latest.has(edit.articleId)) continue;
    latest.set(edit.articleId, { name: edit.userName, date: edit.minute.toISOString() });
  }
  return (articleId) => (articleId && latest.get(articleId)) || fallback;
}
