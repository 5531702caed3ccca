import type { ReactNode } from "react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";

interface Props<T> {
  /** The heading's id, which labels the section. */
  id: string;
  heading: string;
  /** Said when there are no entries. */
  empty: string;
  entries: readonly T[];
  keyOf: (entry: T) => string;
  children: (entry: T) => ReactNode;
}

/** One history below the editor: a headed list, newest first, or a sentence saying there is nothing yet. */
export function HistorySection<T>({ id, heading, empty, entries, keyOf, children }: Props<T>) {
  return (
    <section aria-labelledby={id} className="mw-editor-history">
      <Heading level={2} id={id}>
        {heading}
      </Heading>
      {entries.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={keyOf(entry)}>{children(entry)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
