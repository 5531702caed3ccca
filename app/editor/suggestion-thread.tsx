import { useEffect, useRef } from "react";
import { useFetcher } from "@remix-run/react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { PostView } from "../consultation/views";
import type { FieldState } from "../components/text-field";
import { ReplyForm, ThreadPosts } from "../components/thread-posts";

/** The form field that tells the editor page's action a post in a suggestion's thread from a report of decisions. */
export const THREAD_INTENT = "bespreken";

interface Props {
  suggestionId: string;
  /** What the suggestion is, in words: names the thread for screen readers. */
  about: string;
  posts: readonly PostView[];
  headingId: string;
}

/**
 * The discussion of one suggestion, opened from the side panel. Posting goes through a fetcher, so the editor and its
 * connection stay as they are; the page's data reloads after it, and so does every thread.
 */
export function SuggestionThread({ suggestionId, about, posts, headingId }: Props) {
  const fetcher = useFetcher<FieldState & { posted?: number }>({ key: `bespreking-${suggestionId}` });
  const formRef = useRef<HTMLDivElement>(null);
  const posted = fetcher.state === "idle" ? fetcher.data?.posted : undefined;
  // Emptied only once the post is stored: on a refusal the message stands beside the field, with the text kept.
  useEffect(() => {
    if (posted !== undefined) formRef.current?.querySelector("form")?.reset();
  }, [posted]);
  const state = fetcher.state === "idle" && fetcher.data && !fetcher.data.posted ? fetcher.data : undefined;
  return (
    <section className="mw-suggestion-thread" aria-labelledby={headingId} data-testid="bespreking">
      <h3 id={headingId}>Bespreking van {about}</h3>
      {posts.length === 0 ? <Paragraph>Nog geen berichten over dit voorstel.</Paragraph> : <ThreadPosts posts={posts} label="Berichten over dit voorstel" />}
      <div ref={formRef}>
        <ReplyForm as={fetcher.Form} hidden={{ intent: THREAD_INTENT, suggestionId }} label="Uw bericht" submitLabel="Bericht plaatsen" state={state} />
      </div>
    </section>
  );
}
