import { redirect } from "@remix-run/node";

// Routes that answer with a file or a status (downloads, exports, uploads) have no page of their own. When a person
// opens one in the browser and it fails, they get the Dutch error page instead of the bare status text.

const opensAsPage = (request: Request) => request.headers.get("sec-fetch-dest") === "document" || (request.headers.get("accept") ?? "").includes("text/html");

export function withErrorPage<A extends { request: Request }, R>(handler: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return async (args) => {
    try {
      return await handler(args);
    } catch (error) {
      const status = error instanceof Response ? error.status : 500;
      if ((error instanceof Response && status < 400) || !opensAsPage(args.request)) throw error;
      if (status === 500) console.error(error);
      throw redirect(`/fout/${status}`);
    }
  };
}
