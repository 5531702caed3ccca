import type { CommentType, Disposition, Role } from "../../db/schema";
import type { WordPart } from "../../ordinance-model/index";

// The shape of comments as the pages receive them (built by threads.server.ts), shared with the components.

export interface CommentView {
  id: number;
  phaseId: number;
  type: CommentType | null;
  /** Plain text split into paragraphs at blank lines; React prints each as text. */
  paragraphs: string[];
  quote: string | null;
  /** The node id of the provision in the comment's version (null for a reply). */
  anchor: string | null;
  /** For a tekstvoorstel: the proposed wording against the wording of the version. */
  proposal: WordPart[] | null;
  /** "artikel 4, vierde lid (Aanvraag)", in the numbering of the version the comment was made on. */
  place: string | null;
  /** The article it stands in, e.g. "artikel 4 (Aanvraag)": what the overview counts by. */
  article: string | null;
  authorName: string;
  onBehalfOf: string;
  roleLabel: string;
  role: Role;
  municipalityName: string | null;
  createdAt: string;
  own: boolean;
}

/** One post as a thread shows it: who wrote it, for whom, when, and its paragraphs (suggestion threads have only these). */
export type PostView = Pick<CommentView, "id" | "paragraphs" | "authorName" | "onBehalfOf" | "roleLabel" | "createdAt">;

/** The threads of a model's suggestions: their posts by suggestion id (suggestion-threads.server.ts). */
export type SuggestionThreads = Record<string, PostView[]>;

export interface AnswerView {
  disposition: Disposition;
  /** Who last answered, and when it was published (or last saved, for a draft). */
  answeredBy: string | null;
  answeredAt: string;
  answer: string[];
  changedInVersion: { id: number; name: string } | null;
  published: boolean;
}

export interface ThreadView extends CommentView {
  answer: AnswerView | null;
  replies: CommentView[];
}
