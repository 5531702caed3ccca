import { memo, useId, useState } from "react";
import { Button } from "@nl-design-system-candidate/button-react";
import type { Decision, SuggestionEntry, SuggestionFilter } from "../../ordinance-model/suggestions/index";
import { suggestionById, suggestionsByAuthor, suggestionsInArticle } from "../../ordinance-model/suggestions/index";
import { formatMoment } from "../consultation/labels";
import { colourFor } from "./presence-colours";

/** A pending suggestion as the side panel shows it: with its article and place in words. */
export interface ListedSuggestion extends SuggestionEntry {
  readonly article: string;
  readonly place: string;
}

interface PanelProps {
  suggestions: readonly ListedSuggestion[];
  canDecide: boolean;
  onDecide: (decision: Decision, filter: SuggestionFilter) => void;
  onGoTo: (id: string) => void;
}

const what = (s: ListedSuggestion) =>
  s.structural ? (s.kind === "insertion" ? "Nieuwe bepaling" : "Bepaling schrappen") : s.kind === "insertion" ? "Invoegen" : "Schrappen";

/** The pending suggestions, filtered by author and by article, with the redactie's buttons to decide them. */
export const SuggestionPanel = memo(function SuggestionPanel({ suggestions, canDecide, onDecide, onGoTo }: PanelProps) {
  const [author, setAuthor] = useState("");
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
              <li key={`${s.id}-${s.kind}-${s.structural}`} style={{ ["--mw-suggestion-colour" as string]: colourFor(s.author) }} data-suggestion={s.id}>
                <strong>{what(s)}</strong> in {s.place}: “{s.text.length > 120 ? `${s.text.slice(0, 120)}…` : s.text}”
                <br />
                {s.authorName}, <time dateTime={s.at}>{formatMoment(s.at)}</time>{" "}
                <button type="button" className="mw-editor-outline__link" onClick={() => onGoTo(s.provisionId ?? s.articleId ?? "")}>
                  Naar de plek
                </button>
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
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
