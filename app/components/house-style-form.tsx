import { useFetcher } from "@remix-run/react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Alert } from "@utrecht/component-library-react";
import { SelectField } from "./select-field";
import { CheckboxField } from "./checkbox-field";

interface HouseStyleFormProps {
  modelId: number;
  slug: string;
  name: string;
  fonts: string[];
  current: { font: string; colour: string; hasLogo: boolean; hasStyles: boolean; problem: string | null };
}

interface UploadResult {
  ok: boolean;
  errors: Record<string, string>;
  /** What was typed, kept when the upload is refused. */
  values?: { font: string; colour: string };
}

/** The house style of one municipality: logo, font, colour and optionally a Word file with styles. */
export function HouseStyleForm({ modelId, slug, name, fonts, current }: HouseStyleFormProps) {
  const fetcher = useFetcher<UploadResult>({ key: `huisstijl-${slug}` });
  const values = fetcher.data?.values ?? { font: current.font, colour: current.colour };
  const state = { errors: fetcher.data?.errors, values };
  const fileError = (field: string) => fetcher.data?.errors[field];
  return (
    <>
      {current.problem && <Alert type="warning">{current.problem}</Alert>}
      <details className="mw-house-style">
        <summary>Huisstijl van {name}</summary>
        <fetcher.Form method="post" encType="multipart/form-data" action={`/modellen/${modelId}/documenten/huisstijl/${slug}`} className="mw-stack">
          <label>
            Logo (PNG of JPEG, hoogstens 1 MB){current.hasLogo ? " – er is al een logo; kies een bestand om het te vervangen" : ""}
            <input type="file" name="logo" accept="image/png,image/jpeg" aria-invalid={Boolean(fileError("logo"))} />
          </label>
          {fileError("logo") && <Alert type="error">{fileError("logo")}</Alert>}
          <SelectField name="font" label="Lettertype" options={fonts.map((f) => ({ value: f, label: f }))} state={state} placeholder="Standaard (Arial)" />
          <div className="mw-colour">
            <label htmlFor={`kleur-${slug}`}>Kleur van de koppen</label>
            <input id={`kleur-${slug}`} type="color" name="colour" defaultValue={values.colour || "#1f3864"} aria-describedby={fileError("colour") ? `kleur-${slug}-fout` : undefined} />
            <CheckboxField name="standaardkleur" label="Geen eigen kleur: de koppen in zwart" defaultChecked={!current.colour} />
            {fileError("colour") && <Alert type="error" id={`kleur-${slug}-fout`}>{fileError("colour")}</Alert>}
          </div>
          <label>
            Word-bestand met stijlen (.docx, optioneel; de stijlen die het bevat gaan voor lettertype en kleur){current.hasStyles ? " – er zijn al stijlen; kies een bestand om ze te vervangen" : ""}
            <input type="file" name="stylesDocx" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" aria-invalid={Boolean(fileError("stylesDocx"))} />
          </label>
          {fileError("stylesDocx") && <Alert type="error">{fileError("stylesDocx")}</Alert>}
          <Button type="submit">Huisstijl opslaan</Button>
          {fetcher.data?.ok && <Alert type="ok">De huisstijl is opgeslagen.</Alert>}
        </fetcher.Form>
      </details>
    </>
  );
}
