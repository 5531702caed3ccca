import { useEffect } from "react";
import { useFetcher } from "@remix-run/react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert } from "@utrecht/component-library-react";

interface Progress {
  id: string;
  done: number;
  total: number;
  finished: boolean;
  refused: string[];
  error: string | null;
}

const POLL_MS = 500;

/** Starts the batch for all municipalities, polls its progress, and downloads the zip as soon as it is ready. */
export function BatchProgress({ modelId }: { modelId: number }) {
  const base = `/modellen/${modelId}/documenten/alle`;
  const start = useFetcher<Progress>({ key: "batch-start" });
  const poll = useFetcher<Progress>({ key: "batch-poll" });
  const progress = poll.data?.id === start.data?.id ? (poll.data ?? start.data) : start.data;
  const running = Boolean(progress && !progress.finished && !progress.error);

  useEffect(() => {
    if (!progress || !running || poll.state !== "idle") return;
    const timer = setTimeout(() => poll.load(`${base}?taak=${progress.id}`), POLL_MS);
    return () => clearTimeout(timer);
  }, [progress, running, base, poll]);

  const zipUrl = progress?.finished ? `${base}?taak=${progress.id}&zip=1` : null;
  useEffect(() => {
    if (zipUrl) window.location.assign(zipUrl);
  }, [zipUrl]);

  return (
    <div className="mw-batch">
      <start.Form method="post" action={base}>
        <Button type="submit" purpose="primary" disabled={running || start.state !== "idle"}>
          Raadsbesluit en raadsvoorstel voor alle gemeenten (.zip)
        </Button>
      </start.Form>
      {progress && (
        <div aria-live="polite">
          <label className="mw-batch__label" htmlFor="batch-voortgang">
            {progress.done} van {progress.total} documenten gemaakt
          </label>
          <progress id="batch-voortgang" className="mw-batch__bar" max={progress.total} value={progress.done} />
          {zipUrl && (
            <Paragraph>
              Klaar. Het downloaden begint vanzelf; anders: <a href={zipUrl}>zip-bestand downloaden</a>.
            </Paragraph>
          )}
          {progress.refused.length > 0 && (
            <Paragraph>Niet gemaakt (er ontbreekt nog iets): {progress.refused.map((r) => r.split(":")[0]).join(", ")}.</Paragraph>
          )}
          {progress.error && <Alert type="error">{progress.error}</Alert>}
        </div>
      )}
    </div>
  );
}
