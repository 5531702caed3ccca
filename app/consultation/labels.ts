import type { CommentType, Disposition, PhaseStatus } from "../../db/schema";

// Dutch names for the consultation's fixed lists; shared by pages, components and the CLI export.

export const COMMENT_TYPE_LABELS: Record<CommentType, string> = {
  wens: "Wens",
  bedenking: "Bedenking",
  vraag: "Vraag",
  tekstvoorstel: "Tekstvoorstel",
};

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  open: "Open",
  overgenomen: "Overgenomen",
  "deels overgenomen": "Deels overgenomen",
  "niet overgenomen": "Niet overgenomen",
  beantwoord: "Beantwoord",
};

export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  gepland: "Gepland",
  open: "Open",
  gesloten: "Gesloten",
};

const moment = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });

/** "21 november 2026 om 07:33": formatted on the server, so the page does not change on hydration. */
export const formatMoment = (date: Date | string): string => moment.format(new Date(date));
