import type { LoaderFunctionArgs } from "@remix-run/node";

/** Where a failed download or upload sends the browser: the root error boundary shows the Dutch page for the status. */
export function loader({ params }: LoaderFunctionArgs): never {
  const status = Number(params.status);
  throw new Response(null, { status: Number.isInteger(status) && status >= 400 && status < 600 ? status : 404 });
}

export default function ErrorStatus() {
  return null;
}
