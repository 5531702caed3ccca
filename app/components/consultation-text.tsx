import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Link } from "@nl-design-system-candidate/link-react";
import type { ThreadView } from "../consultation/views";
import { COMMENT_TYPE_LABELS, DISPOSITION_LABELS } from "../consultation/labels";
import { OrdinanceHtml } from "./ordinance-html";

const PROVISION = ".mw-item, .mw-member, .mw-article";

interface Props {
  html: string;
  label: string;
  /** Element id of the text and the prefix of the provisions' ids in it (renderHtml's idPrefix). */
  textId: string;
  idPrefix: string;
  /** Place in words of each provision, by node id. */
  places: Record<string, string>;
  threads: ThreadView[];
  /** Above the text, e.g. its heading; the text section is labelled by `labelledBy`. */
  heading: React.ReactNode;
  labelledBy: string;
  /** The panel, given the picked provision and a way to pick another. Until a pick it stands in the side column. */
  children: (picked: string, pick: (id: string) => void) => React.ReactNode;
}

/**
 * The text of a version with its margin. Clicking a provision moves the panel (the comment form, the threads of that
 * provision) into it, at its end: beside it on a wide screen, under it on a narrow one (CSS decides). The panel is one
 * element that moves, so what was typed in the form stays. Each provision with comments gets a count in the margin.
 */
export function ConsultationText({ html, label, textId, idPrefix, places, threads, heading, labelledBy, children }: Props) {
  const [picked, setPicked] = useState("");
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  const [markers, setMarkers] = useState<{ id: string; element: HTMLElement; count: number }[]>([]);
  const text = useRef<HTMLDivElement>(null);
  const home = useRef<HTMLDivElement>(null);

  // After hydration the panel becomes one element of its own, so that it can move through the text.
  useEffect(() => {
    const panel = document.createElement("div");
    panel.className = "mw-margin-panel";
    home.current?.append(panel);
    setSlot(panel);
    return () => panel.remove();
  }, []);

  useEffect(() => {
    const counts = new Map<string, number>();
    for (const t of threads) if (t.anchor) counts.set(t.anchor, (counts.get(t.anchor) ?? 0) + 1);
    const made = [...counts].flatMap(([id, count]) => {
      const provision = document.getElementById(idPrefix + id);
      if (!provision) return [];
      const element = document.createElement("span");
      element.className = "mw-margin-count";
      provision.prepend(element);
      return [{ id, element, count }];
    });
    setMarkers(made);
    return () => made.forEach((m) => m.element.remove());
  }, [threads, idPrefix]);

  const pick = (id: string) => {
    setPicked(id);
    const provision = id ? document.getElementById(idPrefix + id) : null;
    if (!slot) return;
    // Inside the provision (a list may only hold items), at its end.
    if (provision) provision.append(slot);
    else home.current?.append(slot);
  };

  useEffect(() => {
    const element = text.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (target.closest("a, button, .mw-margin-panel") || !window.getSelection()?.isCollapsed) return;
      const provision = target.closest<HTMLElement>(PROVISION);
      const id = provision?.id.slice(idPrefix.length);
      if (id && places[id]) pick(id);
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  });

  const panel = children(picked, pick);
  return (
    <div className="mw-consultation">
      <section aria-labelledby={labelledBy} className="mw-consultation__text">
        {heading}
        <div id={textId} ref={text} className="mw-consultation__pickable">
          <OrdinanceHtml html={html} label={label} />
        </div>
      </section>
      <div ref={home} className="mw-consultation__side">
        {!slot && <div className="mw-margin-panel">{panel}</div>}
      </div>
      {markers.map((m) =>
        createPortal(
          <button type="button" className="mw-margin-count__button" aria-expanded={picked === m.id} onClick={() => pick(m.id)}>
            {m.count}
            <span className="mw-visually-hidden">
              {" "}
              {m.count === 1 ? "reactie" : "reacties"} bij {places[m.id]}
            </span>
          </button>,
          m.element,
          m.id,
        ),
      )}
      {slot && createPortal(panel, slot)}
    </div>
  );
}

/** The threads of one provision, short, each linking to its full thread below the text. */
export function MarginThreads({ threads }: { threads: ThreadView[] }) {
  if (threads.length === 0) return null;
  return (
    <ul className="mw-margin-threads" aria-label="Reacties bij deze bepaling">
      {threads.map((t) => (
        <li key={t.id}>
          <strong>{t.type ? COMMENT_TYPE_LABELS[t.type] : "Reactie"}</strong> van {t.onBehalfOf}: {t.paragraphs[0]}{" "}
          <span className="mw-margin-threads__status">{t.answer ? DISPOSITION_LABELS[t.answer.disposition].toLowerCase() : "nog niet beantwoord"}</span>{" "}
          <Link href={`#reactie-${t.id}`}>
            Hele draad<span className="mw-visually-hidden">: {t.type ? COMMENT_TYPE_LABELS[t.type] : "reactie"} van {t.onBehalfOf}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
