import { Heading } from "@nl-design-system-candidate/heading-react";

/** One part of a monitor page: a level-2 heading that names the section for assistive technology, then its figures. */
export function MonitorSection({ id, title, children }: { id: string; title: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
