import type { ElementType } from "react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { FormFieldTextarea } from "@utrecht/component-library-react";
import type { PostView } from "../consultation/views";
import type { FieldState } from "./text-field";

// The parts every thread shares: a consultation comment's replies and a suggestion's discussion. Posts are plain text
// from other users, printed as React text, never as HTML.

export function PostAuthor({ post }: { post: PostView }) {
  return (
    <p className="mw-comment__author">
      {post.authorName} namens {post.onBehalfOf} ({post.roleLabel}) · {post.createdAt}
    </p>
  );
}

export function ThreadPosts({ posts, label }: { posts: readonly PostView[]; label: string }) {
  return (
    <ol className="mw-comment__replies" aria-label={label}>
      {posts.map((post) => (
        <li key={post.id} className="mw-comment__reply">
          <PostAuthor post={post} />
          {post.paragraphs.map((p, i) => (
            <Paragraph key={i}>{p}</Paragraph>
          ))}
        </li>
      ))}
    </ol>
  );
}

interface ReplyFormProps {
  /** Remix's Form, or a fetcher's Form where the page must not navigate. */
  as: ElementType;
  hidden: Record<string, string>;
  label: string;
  submitLabel: string;
  state?: FieldState;
}

/** A post in a thread: one text field, whose server message (or the form's) stands beside it, what was typed kept. */
export function ReplyForm({ as: FormElement, hidden, label, submitLabel, state }: ReplyFormProps) {
  const error = state?.errors?.body ?? state?.errors?.form ?? state?.errors?.suggestionId;
  return (
    <FormElement method="post" className="mw-stack" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormFieldTextarea name="body" label={label} rows={3} defaultValue={state?.values?.body ?? ""} invalid={Boolean(error)} errorMessage={error} />
      <Button type="submit" purpose="secondary">
        {submitLabel}
      </Button>
    </FormElement>
  );
}
