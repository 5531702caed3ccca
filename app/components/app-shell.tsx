import { Form } from "@remix-run/react";
import { Page, PageContent, PageFooter, PageHeader } from "@utrecht/component-library-react";
import { SkipLink } from "@nl-design-system-candidate/skip-link-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Button } from "@nl-design-system-candidate/button-react";

export interface ShellUser {
  name: string;
  organisation: string;
  roleLabel: string;
  regionName: string;
}

export function AppShell({ user, children }: { user: ShellUser | null; children: React.ReactNode }) {
  return (
    <>
      <SkipLink href="#inhoud">Direct naar de inhoud</SkipLink>
      <Page>
        <PageHeader>
          <div className="mw-header">
            <a className="mw-brand" href="/">
              Modelwerk
            </a>
            {user && (
              <nav aria-label="Hoofdmenu" className="mw-nav">
                <ul>
                  <li>
                    <Link href="/">Start</Link>
                  </li>
                  <li>
                    <Link href="/regio">Regio {user.regionName}</Link>
                  </li>
                  <li>
                    <Link href="/monitor">Monitor</Link>
                  </li>
                </ul>
              </nav>
            )}
            {user && (
              <div className="mw-user">
                <span>
                  {user.name} · {user.roleLabel} · {user.organisation}
                </span>
                <Form method="post" action="/logout">
                  <Button type="submit" purpose="subtle">
                    Uitloggen
                  </Button>
                </Form>
              </div>
            )}
          </div>
        </PageHeader>
        <PageContent>
          <main id="inhoud" tabIndex={-1}>
            {children}
          </main>
        </PageContent>
        <PageFooter>
          <p className="mw-footer">Modelwerk · samen één modelverordening, elke gemeente haar eigen verordening</p>
        </PageFooter>
      </Page>
    </>
  );
}
