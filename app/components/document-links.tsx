import { Link } from "@nl-design-system-candidate/link-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";

// Download links and the version comparison form of the documents page.

export interface KindLink {
  kind: string;
  label: string;
  query?: Record<string, string>;
}

export function downloadHref(modelId: number, kind: string, query: Record<string, string> = {}): string {
  return `/modellen/${modelId}/documenten/download?${new URLSearchParams({ soort: kind, ...query })}`;
}

export function DocumentLinks({ modelId, links, label }: { modelId: number; links: KindLink[]; label: string }) {
  return (
    <ul className="mw-document-links" aria-label={label}>
      {links.map((l) => (
        <li key={`${l.kind}-${JSON.stringify(l.query ?? {})}`}>
          <Link href={downloadHref(modelId, l.kind, l.query)} download>
            {l.label} (.docx)
          </Link>
        </li>
      ))}
    </ul>
  );
}

interface VersionOption {
  id: number;
  name: string;
}

/** A plain select of versions; `current` adds "de huidige tekst" first, for comparing with the live text. */
function VersionSelect({ id, name, versions, current }: { id: string; name: string; versions: VersionOption[]; current?: boolean }) {
  return (
    <select id={id} name={name}>
      {current && <option value="">de huidige tekst</option>}
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {v.name}
        </option>
      ))}
    </select>
  );
}

/** Wijzigingen: from a frozen version to another version or to the current text, as tracked changes in Word. */
export function ChangesForm({ modelId, versions, slug }: { modelId: number; versions: VersionOption[]; slug?: string }) {
  if (!versions.length) return <Paragraph>Wijzigingen: er is nog geen vastgezette versie om mee te vergelijken.</Paragraph>;
  const id = `wijzigingen-${slug ?? "regio"}`;
  return (
    <form method="get" action={`/modellen/${modelId}/documenten/download`} className="mw-filters">
      <input type="hidden" name="soort" value="wijzigingen" />
      {slug && <input type="hidden" name="gemeente" value={slug} />}
      <label htmlFor={`${id}-van`}>
        Wijzigingen van
        <VersionSelect id={`${id}-van`} name="van" versions={versions} />
      </label>
      <label htmlFor={`${id}-naar`}>
        naar
        <VersionSelect id={`${id}-naar`} name="naar" versions={versions} current />
      </label>
      <Button type="submit">Wijzigingen downloaden (.docx)</Button>
    </form>
  );
}
