import type { Delivery, NotificationKind } from "../../db/schema";

/** What each kind of notification is about, as the preferences page names it. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  "phase-opened": "Een consultatieronde gaat voor u open",
  "phase-closing": "Een consultatieronde sluit over drie dagen",
  "answers-published": "Uw reacties zijn beantwoord",
  "model-changed": "De modelverordening is gewijzigd sinds uw keuzes",
  "definitive-version": "Er is een nieuwe definitieve versie",
  mentioned: "U wordt genoemd in een antwoord",
};

export const DELIVERY_LABELS: Record<Delivery, string> = {
  immediately: "Direct per e-mail",
  digest: "Eén keer per dag, in een overzicht",
  none: "Geen e-mail (alleen in Modelwerk)",
};
