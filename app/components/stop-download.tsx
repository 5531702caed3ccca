import { Link } from "@nl-design-system-candidate/link-react";

/** The download of the text in force as STOP XML, for the Gemeenteblad; shown where the adopted text is. */
export function StopDownload({ modelId, slug, councilDate }: { modelId: number; slug: string; councilDate: string }) {
  return (
    <Link href={`/modellen/${modelId}/gemeenten/${slug}/stop.xml`} download data-testid="stop-download">
      Geldende tekst (vastgesteld op {councilDate}) als STOP-XML voor publicatie
    </Link>
  );
}
