import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { endSession } from "../session.server";

export const action = ({ request, context }: ActionFunctionArgs) => endSession(request, context);
export const loader = ({ request, context }: LoaderFunctionArgs) => endSession(request, context);
