import { useEffect } from "react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import type { VersionDiff } from "../../ordinance-model/index";
import { VersionDiffView } from "./version-diff-view";

interface Props {
  since: string;
  changed: { id: string; title: string }[];
  newVersions: string[];
  /** Present when the reader asked for the redline. */
  diff: VersionDiff | null;
  redlineHref: string;
}

/** "Wat is er veranderd sinds uw laatste bezoek": the changed articles as links, marked in the text, the redline on demand. */
export function ChangesSinceVisit({ since, changed, newVersions, diff, redlineHref }: Props) {
  useEffect(() => {
    const marked = changed.flatMap((c) => {
      const article = document.getElementById(c.id);
      if (!article) return [];
      article.classList.add("mw-changed");
      article.setAttribute("data-changed-label", "Gewijzigd sinds uw vorige bezoek");
      return [article];
    });
    return () => marked.forEach((a) => a.classList.remove("mw-changed"));
  }, [changed]);
  if (changed.length === 0 && newVersions.length === 0) return null;
  return (
    <section aria-labelledby="sinds-bezoek" className="mw-since-visit" data-testid="sinds-bezoek">
      <Heading level={2} id="sinds-bezoek">
        Wat is er veranderd sinds uw laatste bezoek
      </Heading>
      <Paragraph>Uw vorige bezoek was op {since}.</Paragraph>
      {newVersions.length > 0 && <Paragraph>Sindsdien vastgezet: {newVersions.map((v) => `“${v}”`).join(", ")}.</Paragraph>}
      {changed.length > 0 && (
        <>
          <Paragraph>{changed.length === 1 ? "1 artikel is gewijzigd" : `${changed.length} artikelen zijn gewijzigd`}; in de tekst staan ze gemarkeerd:</Paragraph>
          <ul>
            {changed.map((c) => (
              <li key={c.id}>
                <Link href={`#${c.id}`}>{c.title}</Link>
              </li>
            ))}
          </ul>
          {diff ? <VersionDiffView diff={diff} /> : <Link href={redlineHref}>Toon de wijzigingen woord voor woord</Link>}
        </>
      )}
    </section>
  );
}
