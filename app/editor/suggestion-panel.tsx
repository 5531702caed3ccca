import { memo, useId, useState } from "react";
import { Button } from "@nl-design-system-candidate/button-react";
import type { Decision, SuggestionEntry, SuggestionFilter } from "../../ordinance-model/suggestions/index";
import { suggestionById, suggestionsByAuthor, suggestionsInArticle } from "../../ordinance-model/suggestions/index";
import { formatMoment } from "../consultation/labels";
import { colourFor } from "./presence-colours";
import { SuggestionThread } from "./suggestion-thread";
import type { SuggestionThreads } from "../consultation/views";

/** A pending suggestion as the side panel shows it: with its article and place in words. */
export interface ListedSuggestion extends SuggestionEntry {
  readonly article: string;
  readonly place: string;
}

interface PanelProps {
  suggestions: readonly ListedSuggestion[];
  canDecide: boolean;
  /** Each suggestion's thread by its id, for those who may discuss (decision 066); null for everyone else. */
  threads: SuggestionThreads | null;
  /** Where the Word file of the pending suggestions is, for those who may download it. */
  suggestionsFile: string | null;
  onDecide: (decision: Decision, filter: SuggestionFilter) => void;
  onGoTo: (id: string) => void;
}

/** One suggestion can stand in the list twice (its insertion and its deletion); only one of them opens its thread. */
const threadKey = (s: ListedSuggestion) => `${s.id}-${s.kind}-${s.structural}`;

const what = (s: ListedSuggestion) =>
  s.structural ? (s.kind === "insertion" ? "Nieuwe bepaling" : "Bepaling schrappen") : s.kind === "insertion" ? "Invoegen" : "Schrappen";

/** The pending suggestions, filtered by author and by article, with the redactie's buttons to decide them. */
export const SuggestionPanel = memo(function SuggestionPanel({ suggestions, canDecide, threads, suggestionsFile, onDecide, onGoTo }: PanelProps) {
  const [author, setAuthor] = useState("");
  const [openThread, setOpenThread] = useState<string | null>(null);
  const [article, setArticle] = useState("");
  const id = useId();
  const authors = [...new Map(suggestions.map((s) => [String(s.author), s.authorName])).entries()];
  const articles = [...new Map(suggestions.filter((s) => s.articleId).map((s) => [s.articleId!, s.article])).entries()];
  const shown = suggestions.filter((s) => (author === "" || String(s.author) === author) && (article === "" || s.articleId === article));
  return (
    <section aria-labelledby={`${id}-kop`} className="mw-suggestions">
      <h2 id={`${id}-kop`}>Voorstellen ({suggestions.length})</h2>
      {suggestions.length === 0 ? (
        <p>Er zijn geen openstaande voorstellen.</p>
      ) : (
        <>
          {suggestionsFile && (
            <p>
              <a href={suggestionsFile} download>
                Voorstellen downloaden (Word, bijgehouden wijzigingen)
              </a>
            </p>
          )}
          <label htmlFor={`${id}-auteur`}>Van</label>{" "}
          <select id={`${id}-auteur`} value={author} onChange={(e) => setAuthor(e.target.value)}>
            <option value="">iedereen</option>
            {authors.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>{" "}
          <label htmlFor={`${id}-artikel`}>In</label>{" "}
          <select id={`${id}-artikel`} value={article} onChange={(e) => setArticle(e.target.value)}>
            <option value="">alle artikelen</option>
            {articles.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </select>
          {canDecide && author !== "" && (
            <p>
              <Button type="button" purpose="secondary" onClick={() => onDecide("accept", suggestionsByAuthor(Number(author)))}>
                Alle voorstellen van {authors.find(([value]) => value === author)?.[1]} aanvaarden
              </Button>
            </p>
          )}
          {canDecide && article !== "" && (
            <p>
              <Button type="button" purpose="secondary" onClick={() => onDecide("accept", suggestionsInArticle(article))}>
                Alle voorstellen in {articles.find(([value]) => value === article)?.[1]} aanvaarden
              </Button>
            </p>
          )}
          <ul aria-label="Openstaande voorstellen">
            {shown.map((s) => (
              <li key={threadKey(s)} style={{ ["--mw-suggestion-colour" as string]: colourFor(s.author) }} data-suggestion={s.id}>
                <strong>{what(s)}</strong> in {s.place}: “{s.text.length > 120 ? `${s.text.slice(0, 120)}…` : s.text}”
                <br />
                {s.authorName}, <time dateTime={s.at}>{formatMoment(s.at)}</time>{" "}
                <button type="button" className="mw-editor-outline__link" onClick={() => onGoTo(s.provisionId ?? s.articleId ?? "")}>
                  Naar de plek
                </button>
                {threads && (
                  <>
                    {" "}
                    <button
                      type="button"
                      className="mw-editor-outline__link"
                      aria-expanded={openThread === threadKey(s)}
                      aria-controls={openThread === threadKey(s) ? `${id}-draad` : undefined}
                      onClick={() => setOpenThread(openThread === threadKey(s) ? null : threadKey(s))}
                    >
                      Bespreken ({threads[s.id]?.length ?? 0})
                    </button>
                  </>
                )}
                {canDecide && (
                  <span>
                    {" "}
                    <Button type="button" purpose="secondary" onClick={() => onDecide("accept", suggestionById(s.id))}>
                      Aanvaarden
                    </Button>{" "}
                    <Button type="button" purpose="secondary" onClick={() => onDecide("reject", suggestionById(s.id))}>
                      Afwijzen
                    </Button>
                  </span>
                )}
                {threads && openThread === threadKey(s) && (
                  <div id={`${id}-draad`}>
                    <SuggestionThread suggestionId={s.id} about={`${what(s).toLowerCase()} in ${s.place}`} posts={threads[s.id] ?? []} headingId={`${id}-draad-kop`} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
