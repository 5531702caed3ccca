import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import type { VersionDiff } from "../../ordinance-model/index";
import { articleChanged, articleTitle, describeArticle, describeSlot } from "../consultation/diff-words";
import { WordDiff } from "./word-diff";

/** Per article what changed, word by word; unchanged articles are only counted. */
export function VersionDiffView({ diff }: { diff: VersionDiff }) {
  const shown = diff.articles.filter(articleChanged);
  const unchanged = diff.articles.length - shown.length;
  return (
    <div className="mw-stack">
      <section aria-labelledby="diff-artikelen">
        <Heading level={2} id="diff-artikelen">
          Artikelen
        </Heading>
        {shown.length === 0 && <Paragraph>Geen verschillen in de artikelen.</Paragraph>}
        {shown.map((a) => (
          <article key={a.id} className={`mw-diff-article mw-diff-article--${a.change}`} aria-labelledby={`diff-${a.id}`}>
            <Heading level={3} id={`diff-${a.id}`}>
              {articleTitle(a)}
            </Heading>
            <Paragraph>{describeArticle(a)}</Paragraph>
            {a.change !== "unchanged" && (
              <p className="mw-diff-article__text">
                <WordDiff parts={a.words} />
              </p>
            )}
          </article>
        ))}
        {unchanged > 0 && <Paragraph>{unchanged === 1 ? "1 artikel is" : `${unchanged} artikelen zijn`} ongewijzigd.</Paragraph>}
      </section>
      <section aria-labelledby="diff-keuzes">
        <Heading level={2} id="diff-keuzes">
          Keuzemogelijkheden
        </Heading>
        {diff.slots.length === 0 ? (
          <Paragraph>Geen verschillen in de keuzemogelijkheden.</Paragraph>
        ) : (
          <ul>
            {diff.slots.map((s) => (
              <li key={s.key}>{describeSlot(s)}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
