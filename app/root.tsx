import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import themeCss from "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?url";
import utrechtCss from "@utrecht/component-library-css/dist/index.css?url";
import headingCss from "@nl-design-system-candidate/heading-css/heading.css?url";
import paragraphCss from "@nl-design-system-candidate/paragraph-css/paragraph.css?url";
import linkCss from "@nl-design-system-candidate/link-css/link.css?url";
import buttonCss from "@nl-design-system-candidate/button-css/button.css?url";
import skipLinkCss from "@nl-design-system-candidate/skip-link-css/skip-link.css?url";
import numberBadgeCss from "@nl-design-system-candidate/number-badge-css/number-badge.css?url";
import themeOverridesCss from "./styles/theme.css?url";
import appCss from "./styles/app.css?url";
// The faces the theme names, bundled so that every PC shows them (latin, the weights the pages use).
import notoSans400 from "@fontsource/noto-sans/latin-400.css?url";
import notoSans400Italic from "@fontsource/noto-sans/latin-400-italic.css?url";
import notoSans700 from "@fontsource/noto-sans/latin-700.css?url";
import notoSerif700 from "@fontsource/noto-serif/latin-700.css?url";
import notoSansMono400 from "@fontsource/noto-sans-mono/latin-400.css?url";
import { AppShell } from "./components/app-shell";
import { ErrorPage } from "./components/error-page";
import { getUser } from "./session.server";
import { organisationOf, ROLE_LABELS } from "./labels";
import { NonceContext } from "./nonce";
import { useContext } from "react";
import { sectionsFor } from "./navigation.server";
import { countUnread } from "../db/queries/notifications";

export const links: LinksFunction = () =>
  [
    notoSans400,
    notoSans400Italic,
    notoSans700,
    notoSerif700,
    notoSansMono400,
    themeCss,
    utrechtCss,
    headingCss,
    paragraphCss,
    linkCss,
    buttonCss,
    skipLinkCss,
    numberBadgeCss,
    themeOverridesCss,
    appCss,
  ].map((href) => ({
    rel: "stylesheet",
    href,
  }));

export const meta: MetaFunction = () => [{ title: "Modelwerk" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getUser(request, context);
  return {
    user: user && {
      name: user.name,
      organisation: organisationOf(user),
      roleLabel: ROLE_LABELS[user.role],
      regionName: user.regionName,
      sections: sectionsFor(context.db, user),
      unread: countUnread(context.db, user.id),
    },
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useContext(NonceContext);
  return (
    <html lang="nl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="voorbeeld-theme mw-theme utrecht-document utrecht-document--surface">
        <AppShell user={data?.user ?? null}>{children}</AppShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return <ErrorPage status={status} />;
}
