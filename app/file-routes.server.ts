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

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A Word file, downloaded under its own name. */
export function docxDownload(document: { readonly bytes: Uint8Array; readonly filename: string }): Response {
  return new Response(new Uint8Array(document.bytes), { headers: { "content-type": DOCX_TYPE, "content-disposition": `attachment; filename="${document.filename}"` } });
}

/** 409: the file cannot be made yet, with what stands in the way, as plain text. */
export function notYetMade(reasons: string): Response {
  return new Response(`${reasons}\n`, { status: 409, headers: { "content-type": "text/plain; charset=utf-8" } });
}
