import { useEffect, useState } from "react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { articleHeadings, renderHtml } from "../../ordinance-model/index";
import { listArticleEdits } from "../../db/queries/article-edits";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { withEditingMode } from "../editing-modes.server";
import { decidedSuggestions, recordDecisions } from "../suggestion-decisions.server";
import { SuggestionHistory } from "../components/suggestion-history";
import { postInSuggestionThread, suggestionThreads } from "../suggestion-threads.server";
import { requireAccess } from "../access.server";
import { THREAD_INTENT } from "../editor/suggestion-thread";
import { OrdinanceHtml } from "../components/ordinance-html";
import { ArticleHistory } from "../components/article-history";
import type { OrdinanceEditorProps } from "../editor/ordinance-editor";
import { colourFor } from "../editor/presence-colours";

/** Editors write in the working version; every other role follows it, read-only, under this name (decision 028). */
export const READ_ONLY_NAME = "Werkversie (meelezen)";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.editable === false ? `${READ_ONLY_NAME} · ${data.title} · Modelwerk` : `${data?.title ?? "Modelverordening"} bewerken · Modelwerk` },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  const headings = articleHeadings(model.doc);
  const articleName = (id: string) => {
    const label = model.numbering.get(id)?.label;
    if (!label) return "een artikel dat er niet meer is";
    return headings.get(id) ? `${label} (${headings.get(id)})` : label;
  };
  const actor = withEditingMode(context.db, user);
  const scope = { regionId: row.regionId };
  // The UI only hides; the sync server opens a read-only connection for everyone else regardless, and checks every
  // update of a suggest-only connection.
  const suggesting = { canEdit: can(actor, "model.edit", scope), canDecide: can(actor, "model.acceptSuggestion", scope), author: { id: user.id, name: user.name } };
  const threads = can(actor, "suggestion.discuss", scope) ? suggestionThreads(context.db, row.id) : null;
  return {
    id: row.id,
    title: row.title,
    editable: suggesting.canEdit || can(actor, "model.suggest", scope),
    canChangeSettings: can(actor, "model.settings", scope),
    suggesting,
    threads,
    canDownloadSuggestions: can(actor, "documents.suggestions", scope),
    decisions: decidedSuggestions(context.db, row.id, articleName, threads),
    user: { name: user.name, colour: colourFor(user.id) },
    html: renderHtml(model, { markVariants: true, headingLevel: 2 }),
    history: listArticleEdits(context.db, row.id, 50).map((edit) => ({
      article: articleName(edit.articleId),
      userName: edit.userName,
      minute: edit.minute.toISOString(),
      edits: edit.edits,
    })),
  };
}

/**
 * A post in a suggestion's thread; or the redactie's editor reporting the suggestions it decided, for the history (the
 * text change goes through the sync server).
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const formData = await request.formData().catch(() => null);
  if (formData?.get("intent") !== THREAD_INTENT) return recordDecisions(context, user, row, formData);
  requireAccess(user, "suggestion.discuss", { regionId: row.regionId });
  const result = postInSuggestionThread(context.db, row, user, formData);
  if (result.ok) return { posted: result.id };
  return Response.json({ errors: result.errors, values: result.values }, { status: result.status });
}

/** The editor is client-only (ProseMirror needs the DOM); it is loaded after hydration. */
function useClientEditor(): React.ComponentType<OrdinanceEditorProps> | null {
  const [Editor, setEditor] = useState<React.ComponentType<OrdinanceEditorProps> | null>(null);
  useEffect(() => {
    void import("../editor/ordinance-editor").then((module) => setEditor(() => module.OrdinanceEditor));
  }, []);
  return Editor;
}

export default function EditModel() {
  const { id, title, editable, canChangeSettings, suggesting, threads, canDownloadSuggestions, decisions, user, html, history } = useLoaderData<typeof loader>();
  const Editor = useClientEditor();
  const fallback = <OrdinanceHtml html={html} label={title} />;
  return (
    <div className="mw-stack">
      <Heading level={1}>{editable ? `${title} bewerken` : READ_ONLY_NAME}</Heading>
      {editable ? (
        <Paragraph>
          U schrijft samen met de anderen aan deze tekst. Nummers en verwijzingen volgen vanzelf uit de opbouw; typ ze niet zelf.{" "}
          <Link href={`/modellen/${id}`}>Terug naar de modelverordening</Link>
        </Paragraph>
      ) : (
        <Paragraph>
          U leest mee in de werkversie van {title}: de tekst waaraan de redactie en de werkgroep nu schrijven. Hun wijzigingen
          verschijnen hier direct; de tekst is nog niet af. De versies die voor consultatie en besluitvorming zijn vastgezet,
          staan bij <Link href={`/modellen/${id}/versies`}>Versies</Link>. <Link href={`/modellen/${id}`}>Terug naar de modelverordening</Link>
        </Paragraph>
      )}
      {Editor ? (
        <Editor
          modelId={id}
          title={title}
          editable={editable}
          canChangeSettings={canChangeSettings}
          suggesting={suggesting}
          threads={threads}
          suggestionsFile={canDownloadSuggestions ? `/modellen/${id}/voorstellen.docx` : null}
          user={user}
          fallback={fallback}
        />
      ) : (
        <>
          <p role="status" className="mw-editor-status">
            De bewerker wordt geladen…
          </p>
          <noscript>
            <Paragraph>Zonder JavaScript kunt u de tekst alleen lezen.</Paragraph>
          </noscript>
          {fallback}
        </>
      )}
      <ArticleHistory entries={history} />
      <SuggestionHistory entries={decisions} />
    </div>
  );
}
