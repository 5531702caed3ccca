import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Alert } from "@utrecht/component-library-react";
import { z } from "zod";
import { getPreferences, listNotifications, markRead, setPreferences } from "../../db/queries/notifications";
import { DELIVERIES, NOTIFICATION_KINDS, type Delivery, type NotificationKind } from "../../db/schema";
import { requireUser, safeRedirect } from "../session.server";
import { formatMoment } from "../consultation/labels";
import { DELIVERY_LABELS, NOTIFICATION_KIND_LABELS } from "../notifications/kinds";
import { SelectField } from "../components/select-field";

export const meta: MetaFunction = () => [{ title: "Meldingen · Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const prefs = getPreferences(context.db, [user.id]);
  return {
    saved: new URL(request.url).searchParams.has("opgeslagen"),
    mailOn: context.config.mail !== null,
    notifications: listNotifications(context.db, user.id).map((n) => ({ id: n.id, subject: n.subject, body: n.body, unread: n.readAt === null, at: formatMoment(n.createdAt) })),
    preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, label: NOTIFICATION_KIND_LABELS[kind], delivery: prefs.get(`${user.id}:${kind}`) ?? "immediately" })),
    deliveries: DELIVERIES.map((d) => ({ value: d, label: DELIVERY_LABELS[d] })),
  };
}

const Preferences = z.object(Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.enum(DELIVERIES)])) as Record<NotificationKind, z.ZodEnum<{ [D in Delivery]: D }>>);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "open") {
    const id = Number(formData.get("id"));
    // Only the user's own notification: another id simply matches nothing.
    const own = listNotifications(context.db, user.id, 1000).find((n) => n.id === id);
    if (!own) throw new Response("Niet gevonden", { status: 404 });
    markRead(context.db, user.id, [id]);
    return redirect(safeRedirect(own.link, new URL(request.url).origin));
  }
  if (intent === "read-all") {
    markRead(context.db, user.id, "all");
    return redirect("/meldingen");
  }
  if (intent === "preferences") {
    const parsed = Preferences.safeParse(Object.fromEntries(formData));
    if (!parsed.success) throw new Response("Kies per soort melding een van de mogelijkheden.", { status: 400 });
    setPreferences(context.db, user.id, new Map(Object.entries(parsed.data) as [NotificationKind, Delivery][]));
    return redirect("/meldingen?opgeslagen#voorkeuren");
  }
  throw new Response("Onbekende handeling", { status: 400 });
}

export default function Notifications() {
  const { saved, mailOn, notifications, preferences, deliveries } = useLoaderData<typeof loader>();
  const unread = notifications.filter((n) => n.unread).length;
  return (
    <div className="mw-stack">
      <Heading level={1}>Meldingen</Heading>
      <Paragraph>{unread === 0 ? "U hebt geen ongelezen meldingen." : unread === 1 ? "U hebt 1 ongelezen melding." : `U hebt ${unread} ongelezen meldingen.`}</Paragraph>
      {unread > 0 && (
        <Form method="post">
          <input type="hidden" name="intent" value="read-all" />
          <Button type="submit" purpose="secondary">
            Alles als gelezen markeren
          </Button>
        </Form>
      )}
      {notifications.length > 0 && (
        <ol className="mw-notifications" aria-label="Meldingen, nieuwste eerst">
          {notifications.map((n) => (
            <li key={n.id} className={n.unread ? "mw-notification mw-notification--unread" : "mw-notification"} data-testid="melding">
              <Form method="post">
                <input type="hidden" name="intent" value="open" />
                <input type="hidden" name="id" value={n.id} />
                <button type="submit" className="mw-link-button">
                  {n.subject}
                </button>
                {n.unread && <span className="mw-notification__new"> (nieuw)</span>}
              </Form>
              <p>{n.body}</p>
              <p className="mw-comment__author">{n.at}</p>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="voorkeuren" className="mw-form">
        <Heading level={2} id="voorkeuren">
          Meldingen per e-mail
        </Heading>
        {saved && (
          <Alert type="ok" role="status">
            <Paragraph>Uw keuzes zijn opgeslagen.</Paragraph>
          </Alert>
        )}
        <Paragraph>
          Elke melding staat hier in Modelwerk. Kies per soort of u hem ook per e-mail krijgt: direct, of één keer per dag in een overzicht.
          {mailOn ? "" : " (Op deze installatie is nog geen mailserver ingesteld; tot dan verstuurt Modelwerk geen e-mail.)"}
        </Paragraph>
        <Form method="post" className="mw-stack">
          <input type="hidden" name="intent" value="preferences" />
          {preferences.map((p) => (
            <SelectField key={p.kind} name={p.kind} label={p.label} options={deliveries} state={{ values: { [p.kind]: p.delivery } }} />
          ))}
          <Button type="submit" purpose="primary">
            Keuzes opslaan
          </Button>
        </Form>
      </section>
    </div>
  );
}
