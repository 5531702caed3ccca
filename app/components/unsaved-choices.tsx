import { useEffect, useState } from "react";
import { useBeforeUnload, useBlocker } from "@remix-run/react";

/**
 * Keeps count of slots whose form was changed but not saved (a slot's form names its slot in a hidden field), says so,
 * and asks before the page is left, in the app or by closing the tab. The typed values themselves stay in their
 * forms: saving one slot re-renders only that slot's form.
 */
export function useUnsavedChoices(containerId: string): string[] {
  const [dirty, setDirty] = useState<string[]>([]);
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const slotOf = (target: EventTarget | null) => ((target as Element | null)?.closest("form")?.elements.namedItem("slot") as HTMLInputElement | null)?.value;
    const onEdit = (event: Event) => {
      const slot = slotOf(event.target);
      if (slot) setDirty((d) => (d.includes(slot) ? d : [...d, slot]));
    };
    const onSubmit = (event: Event) => {
      const slot = slotOf(event.target);
      if (slot) setDirty((d) => d.filter((s) => s !== slot));
    };
    container.addEventListener("input", onEdit);
    container.addEventListener("change", onEdit);
    container.addEventListener("submit", onSubmit);
    return () => {
      container.removeEventListener("input", onEdit);
      container.removeEventListener("change", onEdit);
      container.removeEventListener("submit", onSubmit);
    };
  }, [containerId]);

  useBeforeUnload((event) => {
    if (dirty.length === 0) return;
    event.preventDefault();
    event.returnValue = "";
  });
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty.length > 0 && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(`${unsavedText(dirty.length)} Wilt u de pagina toch verlaten?`)) blocker.proceed();
    else blocker.reset();
  }, [blocker, dirty.length]);
  return dirty;
}

export const unsavedText = (n: number) => (n === 1 ? "1 keuze is nog niet opgeslagen." : `${n} keuzes zijn nog niet opgeslagen.`);
