import { Form, useLocation } from "@remix-run/react";
import { Page, PageContent, PageFooter, PageHeader } from "@utrecht/component-library-react";
import { SkipLink } from "@nl-design-system-candidate/skip-link-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { NumberBadge } from "@nl-design-system-candidate/number-badge-react";
import { currentSection, type Section } from "../navigation";

export interface ShellUser {
  name: string;
  /** "gemeente Almelo", "RIGO": who the person works for, said once. */
  organisation: string;
  roleLabel: string;
  regionName: string;
  sections: Section[];
  unread: number;
}

export function AppShell({ user, children }: { user: ShellUser | null; children: React.ReactNode }) {
  const { pathname } = useLocation();
  const current = user ? currentSection(user.sections, pathname) : undefined;
  const here = (href: string) => (href === pathname ? "page" : href === current?.href ? "true" : undefined);
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
              <div className="mw-user">
                <span>
                  {user.name}, {user.organisation}
                </span>
                <Link href="/meldingen" aria-current={here("/meldingen")} className="mw-notifications-link">
                  Meldingen
                  {user.unread > 0 && (
                    <>
                      {" "}
                      <NumberBadge data-testid="ongelezen">{user.unread}</NumberBadge>
                      <span className="mw-visually-hidden"> ongelezen</span>
                    </>
                  )}
                </Link>
                <Form method="post" action="/logout">
                  <Button type="submit" purpose="subtle">
                    Uitloggen
                  </Button>
                </Form>
              </div>
            )}
          </div>
          {user && (
            <nav aria-label="Hoofdmenu" className="mw-nav">
              <ul>
                <li>
                  <Link href="/" aria-current={here("/")}>
                    Start
                  </Link>
                </li>
                {user.sections.map((s) => (
                  <li key={s.href}>
                    <Link href={s.href} aria-current={here(s.href)}>
                      {s.label}
                    </Link>
                  </li>
                ))}
                <li>
                  <Link href="/regio" aria-current={here("/regio")}>
                    Regio {user.regionName}
                  </Link>
                </li>
              </ul>
            </nav>
          )}
        </PageHeader>
        <PageContent>
          {current && current.href !== pathname && (
            <nav aria-label="Kruimelpad" className="mw-breadcrumbs">
              <ol>
                <li>
                  <Link href="/">Start</Link>
                </li>
                <li>
                  <Link href={current.href}>{current.label}</Link>
                </li>
              </ol>
            </nav>
          )}
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
