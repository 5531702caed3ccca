import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert } from "@utrecht/component-library-react";
import { getVersion, listComments, listVersions, publishDispositions } from "../../db/queries/consultation";
import { COMMENT_TYPES } from "../../db/schema";
import { provisions, renderHtml } from "../../ordinance-model/index";
import { requireUser } from "../session.server";
import { requireAccess } from "../access.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { commentResource, commentWindow, requirePhase } from "../consultation/phases.server";
import { BODY_MAX, postComment, postReply } from "../consultation/comments.server";
import { answerComment } from "../consultation/dispositions.server";
import { anchorsOf, canSeeThread, visibleThreads } from "../consultation/threads.server";
import { versionModel } from "../consultation/versions.server";
import { COMMENT_TYPE_LABELS } from "../consultation/labels";
import { OrdinanceHtml } from "../components/ordinance-html";
import { CommentForm } from "../components/comment-form";
import { CommentThread } from "../components/comment-thread";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.phase.name ?? "Fase"} · Modelwerk` }];

/** Element ids of the version's text get this prefix, so they cannot clash with the page's own ids. */
const TEXT_PREFIX = "tekst-";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = requireModel(context, user, params.modelId);
  const phase = requirePhase(context, row, params.phaseId);
  const version = phase.versionId === null ? undefined : getVersion(context.db, row.id, phase.versionId);
  const model = version && versionModel(version);
  const canDispose = can(user, "comment.dispose", { regionId: row.regionId });
  const versions = listVersions(context.db, row.id);
  const window = commentWindow(phase);
  return {
    id: row.id,
    phase: { id: phase.id, name: phase.name, description: phase.description },
    version: version ? { name: version.name, html: renderHtml(model!, { idPrefix: TEXT_PREFIX, headingLevel: 3, includeNotes: false }) } : null,
    closedReason: window.open ? null : window.reason,
    canComment: can(user, "comment.create", commentResource(row, phase, user)),
    canDispose,
    provisions: model ? provisions(model).map((p) => ({ value: p.id, label: `${p.place} (${p.heading})` })) : [],
    types: COMMENT_TYPES.map((t) => ({ value: t, label: COMMENT_TYPE_LABELS[t] })),
    threads: visibleThreads(listComments(context.db, [phase.id]), [phase], anchorsOf(context.db, row.id), { user, canDispose }, new Map(versions.map((v) => [v.id, v.name]))),
    versions: versions.map((v) => ({ value: String(v.id), label: v.name })),
    bodyMax: BODY_MAX,
  };
}

type Refusal = { intent: string; target: number | null; errors: Record<string, string>; values: Record<string, string>; message: string | null };
const refuse = (status: number, refusal: Refusal) => data(refusal, { status });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = requireModel(context, user, params.modelId);
  const phase = requirePhase(context, row, params.phaseId);
  const formData = await request.formData();
  const intent = String(formData.get("intent"));
  const canDispose = can(user, "comment.dispose", { regionId: row.regionId });

  if (intent === "dispose" || intent === "publish") {
    requireAccess(user, "comment.dispose", { regionId: row.regionId });
    if (intent === "publish") {
      const count = publishDispositions(context.db, phase.id, new Date());
      return { intent, target: null, errors: {}, values: {}, message: count === 1 ? "1 antwoord gepubliceerd." : `${count} antwoorden gepubliceerd.` };
    }
    const result = answerComment(context.db, phase, formData, user.id);
    const target = Number(formData.get("commentId")) || null;
    if (!result.ok) return refuse(400, { intent, target, errors: result.errors, values: result.values, message: null });
    return { intent, target, errors: {}, values: {}, message: "Antwoord opgeslagen als concept. Publiceer de antwoorden om ze te tonen." };
  }
  if (intent !== "comment" && intent !== "reply") throw new Response("Onbekende handeling", { status: 400 });

  // A closed phase says why, to anyone, also to a request crafted without the page.
  const window = commentWindow(phase);
  if (!window.open) return refuse(409, { intent, target: null, errors: { form: window.reason }, values: {}, message: null });
  // Those who answer may also reply in a thread; a new comment needs the phase to be open to one's role.
  if (intent === "comment" || !canDispose) requireAccess(user, "comment.create", commentResource(row, phase, user));
  const target = Number(formData.get("parentId")) || null;
  const result =
    intent === "comment"
      ? postComment(context.db, phase, versionModel(getVersion(context.db, row.id, phase.versionId!)!), user, formData)
      : postReply(context.db, phase, user, formData, (authorId) => canSeeThread({ user, canDispose }, phase, authorId));
  if (!result.ok) return refuse(result.status, { intent, target, errors: result.errors, values: result.values, message: null });
  return { intent, target, errors: {}, values: {}, message: intent === "comment" ? "Uw reactie is geplaatst." : "Uw antwoord is geplaatst." };
}

export default function PhasePage() {
  const { id, phase, version, closedReason, canComment, canDispose, provisions, types, threads, versions, bodyMax } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const stateFor = (intent: string, target: number | null = null) => (result && result.intent === intent && result.target === target && Object.keys(result.errors).length ? result : undefined);
  const drafts = threads.filter((t) => t.answer && !t.answer.published && t.answer.disposition !== "open").length;
  return (
    <div className="mw-stack">
      <Heading level={1}>{phase.name}</Heading>
      {phase.description && <Paragraph>{phase.description}</Paragraph>}
      <Paragraph>
        <Link href={`/modellen/${id}/fasen`}>Alle fasen</Link> · <Link href={`/modellen/${id}/fasen/reacties?fase=${phase.id}`}>Overzicht van de reacties in deze fase</Link>
      </Paragraph>
      {result?.message && (
        <Alert type="ok" role="status">
          <Paragraph>{result.message}</Paragraph>
        </Alert>
      )}
      {closedReason && (
        <Alert type="info" role={result && "form" in result.errors ? "alert" : undefined} data-testid="fase-gesloten">
          <Paragraph>{closedReason}</Paragraph>
        </Alert>
      )}
      {version ? (
        <div className="mw-consultation">
          <section aria-labelledby="versie-tekst" className="mw-consultation__text">
            <Heading level={2} id="versie-tekst">
              Tekst: {version.name}
            </Heading>
            <div id="versie-inhoud" className={canComment && !closedReason ? "mw-consultation__pickable" : undefined}>
              <OrdinanceHtml html={version.html} label={`Tekst van ${version.name}`} />
            </div>
          </section>
          {canComment && !closedReason && (
            <section aria-labelledby="reageren" className="mw-consultation__form mw-form">
              <Heading level={2} id="reageren">
                Reageren
              </Heading>
              <CommentForm provisions={provisions} types={types} state={stateFor("comment")} textId="versie-inhoud" idPrefix={TEXT_PREFIX} bodyMax={bodyMax} />
            </section>
          )}
        </div>
      ) : (
        <Paragraph>Aan deze fase is nog geen versie van de tekst gekoppeld.</Paragraph>
      )}
      <section aria-labelledby="reacties">
        <Heading level={2} id="reacties">
          Reacties ({threads.length})
        </Heading>
        {canDispose && (
          <Form method="post" className="mw-publish">
            <input type="hidden" name="intent" value="publish" />
            <Paragraph>
              {drafts === 0 ? "Er zijn geen conceptantwoorden." : drafts === 1 ? "Er is 1 conceptantwoord." : `Er zijn ${drafts} conceptantwoorden.`} Indieners zien
              antwoorden pas na publicatie; alle antwoorden van de fase worden tegelijk gepubliceerd.
            </Paragraph>
            <Button type="submit" purpose="primary" disabled={drafts === 0}>
              Antwoorden publiceren
            </Button>
          </Form>
        )}
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
