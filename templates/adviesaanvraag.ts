import { formatList, type RenderSource } from "../ordinance-model/index";
import { block, paragraphs } from "./blocks";
import { deviationBlocks, type LocalChoice } from "./choices";
import { buildDocx, type DocumentMeta, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { dutchDate, labelledTable, signatureTable } from "./parts";

// The request for advice to the province (Gedeputeerde Staten) or to the tenant organisations, as a letter: sender,
// addressee with address, place and date, kenmerk, onderwerp, contact person and the number of bijlagen; the body;
// the signature of each college with names; the ordinance (or, jointly, the model) as bijlage on a new page. A joint
// letter speaks for the participating municipalities only, and names them.

export type Adviser = "provincie" | "huurders";

export interface Signatory {
  readonly name: string;
  readonly choices: readonly LocalChoice[];
  readonly mayor: string;
  readonly secretary: string;
}

export interface AdviceRequestData {
  readonly adviser: Adviser;
  readonly regionName: string;
  readonly province: string;
  /** The place the letter is written in: the (first) sending municipality. */
  readonly place: string;
  /** ISO date the letter is sent. */
  readonly date: string;
  readonly reference: string;
  readonly contact: { readonly name: string; readonly email: string; readonly phone: string };
  readonly tenantOrganisations: readonly { readonly name: string; readonly address: readonly string[] }[];
  readonly municipalities: readonly Signatory[];
  readonly appendix: RenderSource;
  readonly meta: DocumentMeta;
  readonly houseStyle?: HouseStyle;
}

const PROVINCE_ADDRESS = ["Postbus 10078", "8000 GB Zwolle"];

function addressees(d: AdviceRequestData): string[][] {
  if (d.adviser === "provincie") return [[`Gedeputeerde Staten van ${d.province}`, ...PROVINCE_ADDRESS]];
  return d.tenantOrganisations.map((o) => [o.name, ...o.address]);
}

const legalGround = (d: AdviceRequestData) =>
  d.adviser === "provincie"
    ? "De Huisvestingswet 2014 vraagt de gemeente advies te vragen aan Gedeputeerde Staten over de regionale samenhang van de urgentieregeling en de afspraken over een evenwichtige verdeling van wettelijk urgenten."
    : "Wij willen de huurdersorganisaties betrekken voordat de raad besluit, en vragen u daarom om advies over de urgentieregeling, bij voorkeur in één gezamenlijk advies.";

export function adviesaanvraag(d: AdviceRequestData): Promise<Uint8Array> {
  const joint = d.municipalities.length > 1;
  const names = formatList(d.municipalities.map((m) => m.name));
  const subject = `Adviesaanvraag urgentieverordening ${names}`;
  const sender = joint ? `De colleges van burgemeester en wethouders van ${names}` : `College van burgemeester en wethouders van ${names}`;
  const appendixTitle = d.appendix.kind === "model" ? "de regionale modelverordening" : `de ontwerpverordening van ${names}`;
  return buildDocx({ title: subject, organisation: joint ? sender : `Gemeente ${names}`, houseStyle: d.houseStyle, meta: d.meta }, [
    ...paragraphs([block("normal", { text: sender, bold: true }), ...addressees(d).flatMap((lines) => [...lines.map((l) => block("normal", l)), block("normal", "")])]),
    labelledTable([
      ["Plaats en datum", `${d.place}, ${dutchDate(d.date)}`],
      ["Ons kenmerk", d.reference],
      ["Onderwerp", subject],
      ["Contactpersoon", `${d.contact.name}, ${d.contact.email}, ${d.contact.phone}`],
      ["Bijlagen", `1 (${appendixTitle})`],
    ]),
    ...paragraphs([
      block("normal", ""),
      block("normal", d.adviser === "provincie" ? "Geacht college van Gedeputeerde Staten," : "Geachte bestuurders,"),
      block("normal", legalGround(d)),
      block(
        "normal",
        joint
          ? `Namens de gemeenten ${names} vragen wij u om advies over hun urgentieverordeningen. Deze gemeenten volgen de regionale modelverordening van ${d.regionName}; hieronder staat per gemeente waar zij daarvan afwijkt. Andere gemeenten in ${d.regionName} vragen uw advies zelf, wanneer zij zover zijn.`
          : `Namens de gemeente ${names} vragen wij u om advies over haar urgentieverordening, die gebaseerd is op de regionale modelverordening van ${d.regionName}. Hieronder staat waar zij daarvan afwijkt.`,
      ),
      block("heading2", joint ? "Deelnemende gemeenten en hun afwijkingen" : "Afwijkingen van de modelverordening"),
      ...d.municipalities.flatMap((m) => [...(joint ? [block("heading3", m.name)] : []), ...deviationBlocks(m.choices)]),
      block("normal", `Wij ontvangen uw advies graag binnen zes weken na dagtekening. Met vragen kunt u terecht bij ${d.contact.name} (${d.contact.email}, ${d.contact.phone}).`),
      { ...block("normal", "Met vriendelijke groet,"), keepNext: true },
    ]),
    ...d.municipalities.map((m) =>
      signatureTable(
        [
          { role: "de secretaris,", name: m.secretary },
          { role: "de burgemeester,", name: m.mayor },
        ],
        `Burgemeester en wethouders van ${m.name},`,
      ),
    ),
    ...paragraphs([{ ...block("heading1", `Bijlage: ${appendixTitle}`), pageBreakBefore: true }, ...ordinanceBlocks(d.appendix)]),
  ]);
}
