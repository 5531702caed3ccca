import { block, paragraphs } from "./blocks";
import { buildDocx } from "./layout";
import { counted, table } from "./parts";

// The nota van beantwoording of one consultation phase: a summary table up front, then per article every comment
// with who sent it, its type, what was done with it and the working group's answer. Only published answers are
// shown; a comment whose answer is still a draft reads "nog niet beantwoord".

export interface NotaComment {
  readonly organisation: string;
  readonly organisationType: string;
  readonly type: string | null;
  readonly body: string;
  readonly disposition: string;
  readonly answer: string;
}

export interface NotaSection {
  /** "Artikel 4 Urgentiecommissie", or "Algemeen" for comments on the whole text. */
  readonly heading: string;
  readonly comments: readonly NotaComment[];
}

export interface NotaData {
  readonly modelTitle: string;
  readonly phaseName: string;
  readonly regionName: string;
  readonly sections: readonly NotaSection[];
}

export const unanswered = "nog niet beantwoord";

export function nota(data: NotaData): Promise<Uint8Array> {
  const title = `Nota van beantwoording ${data.phaseName}`;
  const all = data.sections.flatMap((s) => s.comments);
  const dispositions = [...new Set(all.map((c) => c.disposition))].sort();
  const summary = table(
    ["Onderdeel", "Reacties", ...dispositions],
    data.sections.map((s) => [s.heading, String(s.comments.length), ...dispositions.map((d) => String(s.comments.filter((c) => c.disposition === d).length))]),
  );
  return buildDocx({ title, organisation: `Regio ${data.regionName}` }, [
    ...paragraphs([
      block("title", title),
      block("normal", `${data.modelTitle}. In deze fase kwamen ${counted(all.length, "reactie", "reacties")} binnen. De tabel vat samen wat ermee is gedaan; daarna volgt per artikel elke reactie met het antwoord van de werkgroep.`),
      block("heading1", "Samenvatting"),
    ]),
    summary,
    ...paragraphs([
      block("heading1", "Reacties per artikel"),
      ...data.sections.flatMap((s) => [
        block("heading2", s.heading),
        ...s.comments.flatMap((c, i) => [
          block("heading3", `Reactie ${i + 1}: ${c.organisation} (${c.organisationType})`),
          block("normal", { text: "Soort: ", bold: true }, c.type ?? "reactie", "; ", { text: "afhandeling: ", bold: true }, c.disposition),
          block("normal", { text: "Reactie: ", bold: true }, c.body),
          block("normal", { text: "Antwoord: ", bold: true }, c.answer || unanswered),
        ]),
      ]),
    ]),
  ]);
}
