import type { RenderSource } from "../ordinance-model/index";
import { block, paragraphs } from "./blocks";
import { deviationBlocks, type LocalChoice } from "./choices";
import { buildDocx, type HouseStyle } from "./layout";
import { ordinanceBlocks } from "./ordinance";
import { letterHead, signatures } from "./parts";

// The request for advice to the province (Gedeputeerde Staten) or to the tenant organisations: jointly for every
// municipality that is gereed, each listed with its deviations, or for one municipality. The model (joint) or the
// municipality's own ordinance goes with it as an appendix.

export type Adviser = "provincie" | "huurders";

export interface AdviceRequestData {
  readonly adviser: Adviser;
  readonly regionName: string;
  readonly province: string;
  /** Who sends it: "Gemeente Almelo", or for a joint letter the region's municipalities together. */
  readonly sender: string;
  readonly date: string;
  readonly municipalities: readonly { readonly name: string; readonly choices: readonly LocalChoice[] }[];
  readonly appendix: RenderSource;
  readonly houseStyle?: HouseStyle;
}

const addressees = (d: AdviceRequestData) =>
  d.adviser === "provincie" ? ["Gedeputeerde Staten van " + d.province, "Postbus 10078", "8000 GB Zwolle"] : [`De huurdersorganisaties in ${d.regionName}`];

const legalGround = (d: AdviceRequestData) =>
  d.adviser === "provincie"
    ? "De Huisvestingswet 2014 vraagt de gemeente advies te vragen aan Gedeputeerde Staten over de regionale samenhang van de urgentieregeling en de afspraken over een evenwichtige verdeling van wettelijk urgenten."
    : "De gemeenten willen de huurdersorganisaties betrekken voordat de raad besluit, en vragen hen daarom om advies over de urgentieregeling, bij voorkeur in één gezamenlijk advies.";

export function adviesaanvraag(data: AdviceRequestData): Promise<Uint8Array> {
  const joint = data.municipalities.length > 1;
  const subject = `Adviesaanvraag urgentieverordening ${joint ? data.regionName : data.municipalities[0]?.name ?? ""}`;
  const names = data.municipalities.map((m) => m.name);
  return buildDocx({ title: subject, organisation: data.sender, houseStyle: data.houseStyle }, [
    ...paragraphs([
      block("title", subject),
      ...letterHead(addressees(data), data.regionName, data.date, subject),
      block("normal", data.adviser === "provincie" ? "Geacht college," : "Geachte bestuurders,"),
      block("normal", legalGround(data)),
      block(
        "normal",
        joint
          ? `Namens de gemeenten ${names.join(", ")} vragen wij u om advies over de urgentieverordening. De gemeenten volgen de regionale modelverordening; hieronder staat per gemeente waar zij daarvan afwijkt.`
          : `Namens de gemeente ${names[0] ?? ""} vragen wij u om advies over haar urgentieverordening, die gebaseerd is op de regionale modelverordening. Hieronder staat waar zij daarvan afwijkt.`,
      ),
      block("heading1", joint ? "Deelnemende gemeenten en hun afwijkingen" : "Afwijkingen van de modelverordening"),
      ...data.municipalities.flatMap((m) => [...(joint ? [block("heading2", m.name)] : []), ...deviationBlocks(m.choices)]),
      block("normal", "Wij ontvangen uw advies graag binnen zes weken na dagtekening."),
      block("normal", "Met vriendelijke groet,"),
      ...signatures([data.sender]),
      block("heading1", data.appendix.kind === "model" ? "Bijlage: de modelverordening" : "Bijlage: de verordening"),
      ...ordinanceBlocks(data.appendix),
    ]),
  ]);
}
