import { Form } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { FormFieldTextarea } from "@utrecht/component-library-react";
import type { AnswerView, ThreadView } from "../consultation/views";
import { COMMENT_TYPE_LABELS, DISPOSITION_LABELS } from "../consultation/labels";
import type { FieldState } from "./text-field";
import { SelectField } from "./select-field";
import { WordDiff } from "./word-diff";
import { PostAuthor, ReplyForm, ThreadPosts } from "./thread-posts";

// Comments are plain text from other users: everything below prints them as React text, never as HTML.

interface Props {
  thread: ThreadView;
  modelId: number;
  canReply: boolean;
  /** Versions to link an answer to, when the reader may answer. */
  dispose?: { versions: { value: string; label: string }[]; state?: FieldState; /** From another page: the phase page's address, and where to come back. */ via?: { action: string; redirectTo: string } };
  replyState?: FieldState;
  headingLevel?: 2 | 3;
}

function Answer({ answer, modelId }: { answer: AnswerView; modelId: number }) {
  return (
    <div className="mw-comment__answer" data-testid="antwoord">
      <p>
        <strong>Afhandeling: {DISPOSITION_LABELS[answer.disposition]}</strong>
        {!answer.published && " (concept, nog niet gepubliceerd)"}
      </p>
      <p className="mw-comment__author">
        {answer.published ? "Beantwoord" : "Opgeslagen"}
        {answer.answeredBy ? ` door ${answer.answeredBy}` : ""} · {answer.answeredAt}
      </p>
      {answer.answer.map((p, i) => (
        <Paragraph key={i}>{p}</Paragraph>
      ))}
      {answer.changedInVersion && (
        <Paragraph>
          De tekst is gewijzigd in <Link href={`/modellen/${modelId}/versies`}>versie “{answer.changedInVersion.name}”</Link>.
        </Paragraph>
      )}
    </div>
  );
}

function DispositionForm({ thread, versions, state, via }: NonNullable<Props["dispose"]> & { thread: ThreadView }) {
  const errors = state?.errors ?? {};
  const values = state?.values ?? {
    disposition: thread.answer?.disposition ?? "open",
    answer: thread.answer?.answer.join("\n\n") ?? "",
    changedInVersionId: thread.answer?.changedInVersion ? String(thread.answer.changedInVersion.id) : "",
  };
  return (
    <details className="mw-comment__dispose" open={Boolean(state)}>
      <summary>Afhandelen en beantwoorden</summary>
      <Form method="post" action={via?.action} className="mw-stack" noValidate>
        <input type="hidden" name="intent" value="dispose" />
        {via && <input type="hidden" name="redirectTo" value={via.redirectTo} />}
        <input type="hidden" name="commentId" value={thread.id} />
        <SelectField name="disposition" label="Afhandeling" options={Object.entries(DISPOSITION_LABELS).map(([value, label]) => ({ value, label }))} state={{ values, errors }} />
        <FormFieldTextarea name="answer" label="Antwoord" rows={4} defaultValue={values.answer} invalid={Boolean(errors.answer)} errorMessage={errors.answer} />
        <SelectField name="changedInVersionId" label="Tekst gewijzigd in versie" placeholder="Geen tekstwijziging" options={versions} state={{ values, errors }} />
        <Button type="submit" purpose="secondary">
          Antwoord opslaan als concept
        </Button>
      </Form>
    </details>
  );
}

/** One comment with its answer, its replies and (for those who may) the forms to reply and to answer. */
export function CommentThread({ thread, modelId, canReply, dispose, replyState, headingLevel = 3 }: Props) {
  return (
    <article className={`mw-comment${thread.own ? " mw-comment--own" : ""}`} aria-labelledby={`reactie-${thread.id}`} data-testid="reactie">
      <Heading level={headingLevel} id={`reactie-${thread.id}`} className="mw-comment__heading">
        {thread.type ? COMMENT_TYPE_LABELS[thread.type] : "Reactie"} bij {thread.place ?? "de tekst"}
      </Heading>
      <PostAuthor post={thread} />
      {thread.quote && <blockquote className="mw-comment__quote">{thread.quote}</blockquote>}
      <div className="mw-comment__body">
        {thread.paragraphs.map((p, i) => (
          <Paragraph key={i}>{p}</Paragraph>
        ))}
      </div>
      {thread.proposal && (
        <div className="mw-comment__proposal">
          <p>
            <strong>Voorgestelde tekst</strong>, tegen de tekst van de versie:
          </p>
          <p>
            <WordDiff parts={thread.proposal} />
          </p>
        </div>
      )}
      {thread.answer ? <Answer answer={thread.answer} modelId={modelId} /> : <p className="mw-comment__pending">Nog niet beantwoord.</p>}
      {thread.replies.length > 0 && <ThreadPosts posts={thread.replies} label="Antwoorden in deze draad" />}
      {canReply && (
        <details className="mw-comment__reply-form" open={Boolean(replyState)}>
          <summary>Reageren in deze draad</summary>
          <ReplyForm as={Form} hidden={{ intent: "reply", parentId: String(thread.id) }} label="Uw antwoord" submitLabel="Antwoord plaatsen" state={replyState} />
        </details>
      )}
      {dispose && <DispositionForm thread={thread} {...dispose} />}
    </article>
  );
}
