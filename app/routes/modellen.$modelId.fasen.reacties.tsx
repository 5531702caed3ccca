import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Alert, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from "@utrecht/component-library-react";
import { listComments, listPhases, listVersions } from "../../db/queries/consultation";
import { listMunicipalities } from "../../db/queries/regions";
import { COMMENT_TYPES, DISPOSITIONS, ROLES } from "../../db/schema";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { can } from "../policy.server";
import { ROLE_LABELS } from "../labels";
import { anchorsOf, visibleThreads } from "../consultation/threads.server";
import { countPerArticle, filterThreads, readFilters } from "../consultation/overview.server";
import { COMMENT_TYPE_LABELS, DISPOSITION_LABELS } from "../consultation/labels";
import { SelectField } from "../components/select-field";
import { flashMessage } from "../consultation/flash";
import { CommentThread } from "../components/comment-thread";

export const meta: MetaFunction = () => [{ title: "Overzicht van de reacties · Modelwerk" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row } = await requireModel(context, user, params.modelId);
  const phases = listPhases(context.db, row.id);
  const reader = { user, canDispose: can(user, "comment.dispose", { regionId: row.regionId }) };
  const versionNames = new Map(listVersions(context.db, row.id).map((v) => [v.id, v.name]));
  const all = visibleThreads(listComments(context.db, phases.map((p) => p.id)), phases, anchorsOf(context.db, row.id), reader, versionNames);
  const filters = readFilters(new URL(request.url));
  const threads = filterThreads(all, filters);
  const url = new URL(request.url);
  return {
    id: row.id,
    message: flashMessage(url),
    canDispose: reader.canDispose,
    here: url.pathname + url.search,
    versions: reader.canDispose ? [...versionNames].map(([value, label]) => ({ value: String(value), label })) : [],
    filters,
    total: all.length,
    threads,
    counts: countPerArticle(threads),
    options: {
      fase: phases.map((p) => ({ value: String(p.id), label: p.name })),
      soort: COMMENT_TYPES.map((t) => ({ value: t, label: COMMENT_TYPE_LABELS[t] })),
      rol: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
      status: DISPOSITIONS.map((d) => ({ value: d, label: DISPOSITION_LABELS[d] })),
      gemeente: listMunicipalities(context.db, row.regionId).map((m) => ({ value: m.name, label: m.name })),
    },
  };
}

export default function CommentOverview() {
  const { id, message, canDispose, here, versions, filters, total, threads, counts, options } = useLoaderData<typeof loader>();
  const state = { values: { ...filters } };
  return (
    <div className="mw-stack">
      <Heading level={1}>Overzicht van de reacties</Heading>
      <Paragraph>
        Alle reacties die u mag zien, met wat ermee is gedaan. <Link href={`/modellen/${id}/fasen`}>Terug naar de fasen</Link>
      </Paragraph>
      {message && (
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
      <Form method="get" className="mw-filters" aria-label="Reacties filteren">
        <SelectField name="fase" label="Fase" placeholder="Alle fasen" options={options.fase} state={state} />
        <SelectField name="soort" label="Soort" placeholder="Alle soorten" options={options.soort} state={state} />
        <SelectField name="rol" label="Soort organisatie" placeholder="Alle" options={options.rol} state={state} />
        <SelectField name="status" label="Afhandeling" placeholder="Alle" options={options.status} state={state} />
        <SelectField name="gemeente" label="Gemeente" placeholder="Alle gemeenten" options={options.gemeente} state={state} />
        <SelectField name="mijn" label="Van wie" placeholder="Van iedereen" options={[{ value: "1", label: "Alleen mijn reacties" }]} state={state} />
        <Button type="submit" purpose="secondary">
          Filteren
        </Button>
      </Form>
      <Paragraph data-testid="aantal">
        {threads.length} van {total} reacties.
      </Paragraph>
      {counts.length > 0 && (
        <Table>
          <TableCaption>Aantal reacties per artikel</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Artikel</TableHeaderCell>
              <TableHeaderCell scope="col">Reacties</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {counts.map((c) => (
              <TableRow key={c.label}>
                <TableCell>{c.label}</TableCell>
                <TableCell>{c.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <section aria-labelledby="gefilterde-reacties">
        <Heading level={2} id="gefilterde-reacties">
          Reacties
        </Heading>
        {threads.map((thread) => (
          <CommentThread
            key={thread.id}
            thread={thread}
            modelId={id}
            canReply={false}
            dispose={canDispose ? { versions, via: { action: `/modellen/${id}/fasen/${thread.phaseId}`, redirectTo: here } } : undefined}
          />
        ))}
      </section>
    </div>
  );
}
