import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert } from "@utrecht/component-library-react";
import { getComment, getVersion, listComments, listVersions, publishDispositions } from "../../db/queries/consultation";
import { getAccount } from "../../db/queries/users";
import { COMMENT_TYPES } from "../../db/schema";
import { formatDate, provisions, renderHtml } from "../../ordinance-model/index";
import { requireUser, safeRedirect } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { commentResource, commentWindow, requirePhase } from "../consultation/phases.server";
import { BODY_MAX, postComment, postReply } from "../consultation/comments.server";
import { answerComment } from "../consultation/dispositions.server";
import { anchorsOf, canSeeThread, visibleThreads, type Reader } from "../consultation/threads.server";
import { flashMessage, withFlash, type Flash } from "../consultation/flash";
import { answersPublished, daysUntil, mentioned } from "../notifications/events.server";
import { mailContext } from "../notifications/notify.server";
import { versionModel } from "../consultation/versions.server";
import { COMMENT_TYPE_LABELS } from "../consultation/labels";
import { CommentForm } from "../components/comment-form";
import { ConsultationText, MarginThreads } from "../components/consultation-text";
import { CommentThread } from "../components/comment-thread";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.phase.name ?? "Fase"} · Modelwerk` }];

/** Element ids of the version's text get this prefix, so they cannot clash with the page's own ids. */
const TEXT_PREFIX = "tekst-";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const phase = requirePhase(context, row, params.phaseId);
  const version = phase.versionId === null ? undefined : getVersion(context.db, row.id, phase.versionId);
  const model = version && versionModel(version);
  const canDispose = can(user, "comment.dispose", { regionId: row.regionId });
  const versions = listVersions(context.db, row.id);
  const window = commentWindow(phase);
  const list = model ? provisions(model) : [];
  const days = phase.endsOn ? daysUntil(phase.endsOn) : null;
  return {
    id: row.id,
    message: flashMessage(new URL(request.url)),
    closing: phase.endsOn && window.open ? `Reageren kan tot en met ${formatDate(phase.endsOn)}${days === 0 ? " (vandaag nog)" : days === 1 ? " (nog 1 dag)" : ` (nog ${days} dagen)`}.` : null,
    places: Object.fromEntries(list.map((p) => [p.id, `${p.place} (${p.heading})`])),
    phase: { id: phase.id, name: phase.name, description: phase.description },
    version: version ? { name: version.name, html: renderHtml(model!, { idPrefix: TEXT_PREFIX, headingLevel: 3, includeNotes: false }) } : null,
    closedReason: window.open ? null : window.reason,
    canComment: can(user, "comment.create", commentResource(row, phase, user)),
    canDispose,
    provisions: list.map((p) => ({ value: p.id, label: `${p.place} (${p.heading})` })),
    types: COMMENT_TYPES.map((t) => ({ value: t, label: COMMENT_TYPE_LABELS[t] })),
    threads: visibleThreads(listComments(context.db, [phase.id]), [phase], anchorsOf(context.db, row.id), { user, canDispose }, new Map(versions.map((v) => [v.id, v.name]))),
    versions: versions.map((v) => ({ value: String(v.id), label: v.name })),
    bodyMax: BODY_MAX,
  };
}

type Refusal = { intent: string; target: number | null; errors: Record<string, string>; values: Record<string, string> };
const refuse = (status: number, refusal: Refusal) => data(refusal, { status });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const phase = requirePhase(context, row, params.phaseId);
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  const canDispose = can(user, "comment.dispose", { regionId: row.regionId });
  const mail = mailContext(context.config);
  // Post, redirect, get: a reload shows the result again instead of posting twice. The overview sends its own address.
  const done = (flash: Flash, anchor = "") => redirect(withFlash(safeRedirect(formData.get("redirectTo"), new URL(request.url).origin, `/modellen/${row.id}/fasen/${phase.id}`), flash) + anchor);

  if (intent === "dispose" || intent === "publish") {
    requireAccess(user, "comment.dispose", { regionId: row.regionId });
    if (intent === "publish") {
      const at = new Date();
      const published = publishDispositions(context.db, phase.id, at);
      answersPublished(context.db, mail, row, phase, published, at);
      return done({ gepubliceerd: published.length });
    }
    const result = answerComment(context.db, phase, formData, user.id);
    const target = Number(formData.get("commentId")) || null;
    if (!result.ok) return refuse(400, { intent, target, errors: result.errors, values: result.values });
    return done({ bericht: "concept" }, `#reactie-${result.data.commentId}`);
  }
  if (intent !== "comment" && intent !== "reply") throw new Response("Onbekende handeling", { status: 400 });

  // A closed phase says why, to anyone, also to a request crafted without the page.
  const window = commentWindow(phase);
  if (!window.open) return refuse(409, { intent, target: null, errors: { form: window.reason }, values: {} });
  // Those who answer may also reply in a thread; a new comment needs the phase to be open to one's role.
  if (intent === "comment" || !canDispose) requireAccess(user, "comment.create", commentResource(row, phase, user));
  const target = Number(formData.get("parentId")) || null;
  const mayRead = (reader: Reader) => (authorId: number) => canSeeThread(reader, phase, authorId);
  const result =
    intent === "comment"
      ? postComment(context.db, phase, versionModel(getVersion(context.db, row.id, phase.versionId!)!), user, formData)
      : postReply(context.db, phase, user, formData, mayRead({ user, canDispose }));
  if (!result.ok) return refuse(result.status, { intent, target, errors: result.errors, values: result.values });
  if (intent === "reply") {
    const rootAuthor = getComment(context.db, phase.id, target!)?.authorId;
    mentioned(context.db, mail, row, phase, result.id, String(formData.get("body")), (userId) => {
      const reader = getAccount(context.db, userId);
      return reader !== undefined && rootAuthor !== undefined && mayRead({ user: reader, canDispose: can(reader, "comment.dispose", { regionId: row.regionId }) })(rootAuthor);
    });
  }
  return done({ bericht: intent === "comment" ? "reactie" : "antwoord" }, `#reactie-${intent === "comment" ? result.id : target}`);
}

export default function PhasePage() {
  const { id, phase, version, message, closing, places, closedReason, canComment, canDispose, provisions, types, threads, versions, bodyMax } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const stateFor = (intent: string, target: number | null = null) => (result && result.intent === intent && result.target === target && Object.keys(result.errors).length ? result : undefined);
  const drafts = threads.filter((t) => t.answer && !t.answer.published && t.answer.disposition !== "open").length;
  const commenting = canComment && !closedReason;
  // A new location after the redirect of a successful post: the form starts empty again.
  const location = useLocation();
  return (
    <div className="mw-stack">
      <Heading level={1}>{phase.name}</Heading>
      {phase.description && <Paragraph>{phase.description}</Paragraph>}
      <Paragraph>
        <Link href={`/modellen/${id}/fasen`}>Alle fasen</Link> · <Link href={`/modellen/${id}/fasen/reacties?fase=${phase.id}`}>Overzicht van de reacties in deze fase</Link>
      </Paragraph>
      {message && (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      {closedReason && (
        <Alert type="info" role={result && "form" in result.errors ? "alert" : undefined} data-testid="fase-gesloten">
          <Paragraph>{closedReason}</Paragraph>
        </Alert>
      )}
      {closing && <Paragraph data-testid="sluitdatum">{closing}</Paragraph>}
      {version ? (
        <ConsultationText
          html={version.html}
          label={`Tekst van ${version.name}`}
          textId="versie-inhoud"
          idPrefix={TEXT_PREFIX}
          places={places}
          threads={threads}
          labelledBy="versie-tekst"
          heading={
            <Heading level={2} id="versie-tekst">
              Tekst: {version.name}
            </Heading>
          }
        >
          {(picked, pick) => (
            <section aria-labelledby="reageren" className="mw-form" data-testid="kantlijn">
              <Heading level={2} id="reageren">
                {picked ? `Bij ${places[picked]}` : commenting ? "Reageren" : "Reacties in de kantlijn"}
              </Heading>
              {closing && picked && <Paragraph>{closing}</Paragraph>}
              <MarginThreads threads={threads.filter((t) => t.anchor === picked)} />
              {commenting ? (
                <CommentForm
                  key={location.key}
                  provisions={provisions} types={types} state={stateFor("comment")} textId="versie-inhoud" anchor={picked} onAnchorChange={pick} bodyMax={bodyMax} />
              ) : (
                !picked && <Paragraph>Klik op een getal in de kantlijn om de reacties bij die bepaling te zien.</Paragraph>
              )}
            </section>
          )}
        </ConsultationText>
      ) : (
        <Paragraph>Aan deze fase is nog geen versie van de tekst gekoppeld.</Paragraph>
      )}
      <section aria-labelledby="reacties">
        <Heading level={2} id="reacties">
          Reacties ({threads.length})
        </Heading>
        {canDispose && <PublishForm drafts={drafts} />}
        {threads.length === 0 && <Paragraph>Er zijn (voor u) nog geen reacties in deze fase.</Paragraph>}
        {threads.map((thread) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            modelId={id}
            canReply={(canComment || canDispose) && !closedReason}
            replyState={stateFor("reply", thread.id)}
            dispose={canDispose ? { versions, state: stateFor("dispose", thread.id) } : undefined}
          />
        ))}
      </section>
    </div>
  );
}

/** All draft answers of the phase go out at once, after a confirmation. */
function PublishForm({ drafts }: { drafts: number }) {
  const question = drafts === 1 ? "1 antwoord publiceren? Indieners zien het daarna." : `${drafts} antwoorden publiceren? Indieners zien ze daarna.`;
  return (
    <Form method="post" className="mw-publish" onSubmit={(event) => window.confirm(question) || event.preventDefault()}>
      <input type="hidden" name="intent" value="publish" />
      <Paragraph>
        {drafts === 0 ? "Er zijn geen conceptantwoorden." : drafts === 1 ? "Er is 1 conceptantwoord." : `Er zijn ${drafts} conceptantwoorden.`} Indieners zien antwoorden
        pas na publicatie; alle antwoorden van de fase worden tegelijk gepubliceerd.
      </Paragraph>
      <Button type="submit" purpose="primary" disabled={drafts === 0}>
        Antwoorden publiceren
      </Button>
    </Form>
  );
}
