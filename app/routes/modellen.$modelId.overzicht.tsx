import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { FormLabel, Select, SelectOption, Checkbox } from "@utrecht/component-library-react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";
import { Button } from "@nl-design-system-candidate/button-react";
import { loadMatrix } from "../choices/matrix.server";
import { ChoicesMatrix } from "../components/choices-matrix";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Overzicht lokale keuzes · ${data?.title ?? ""} · Modelwerk` }];

export async function loader(args: LoaderFunctionArgs) {
  const { row, matrix, rows, filters, query } = await loadMatrix(args);
  return { id: row.id, title: row.title, matrix, rows, filters, query };
}

export default function Overview() {
  const { id, title, matrix, rows, filters, query } = useLoaderData<typeof loader>();
  const suffix = query ? `?${query}` : "";
  return (
    <div className="mw-stack">
      <Heading level={1}>Overzicht lokale keuzes</Heading>
      <Paragraph>
        Alle lokale keuzes van de {title}, per gemeente. Een cel met ≠ wijkt af van de regionale standaard; een cel in grijs is de standaard zonder eigen keuze.
        Regionaal vaste en automatische keuzemogelijkheden staan niet in het overzicht.
      </Paragraph>
      <Form method="get" className="mw-matrix__filters" aria-label="Filters">
        <div className="mw-choice__option">
          <Checkbox id="afwijkingen" name="afwijkingen" value="1" defaultChecked={filters.onlyDeviations} />
          <FormLabel htmlFor="afwijkingen" type="checkbox">
            Alleen afwijkingen
          </FormLabel>
        </div>
        <div>
          <FormLabel htmlFor="hoofdstuk">Hoofdstuk</FormLabel>
          <Select id="hoofdstuk" name="hoofdstuk" defaultValue={filters.chapter ?? ""}>
            <SelectOption value="">Alle hoofdstukken</SelectOption>
            {matrix.chapters.map((c) => (
              <SelectOption key={c.id} value={c.id}>
                {c.label}
              </SelectOption>
            ))}
          </Select>
        </div>
        <Button type="submit" purpose="secondary">
          Filter toepassen
        </Button>
      </Form>
      <Paragraph>
        Exporteren (met de filters): <Link href={`/modellen/${id}/overzicht.csv${suffix}`}>CSV</Link> ·{" "}
        <Link href={`/modellen/${id}/overzicht.xlsx${suffix}`}>Excel (.xlsx)</Link>
      </Paragraph>
      <ChoicesMatrix matrix={matrix} rows={rows} modelId={id} />
    </div>
  );
}
