import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { requireUser } from "../session.server";
import { requireModel } from "../models.server";
import { LiveTextProblems } from "../components/live-text-problems";

// The frame of every page of a model: when the live text has structure problems (or could not be read), each page says
// so above its own content, naming the places, so nobody reads or adopts a broken or older text without knowing.

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const { row, model } = await requireModel(context, user, params.modelId);
  return { modelId: row.id, problems: model.problems.map((p) => p.message) };
}

export default function ModelFrame() {
  const { modelId, problems } = useLoaderData<typeof loader>();
  return (
    <>
      <LiveTextProblems problems={problems} modelId={modelId} />
      <Outlet />
    </>
  );
}
