import type { AutomaticSource } from "./slot-definition";

/** What resolve needs to know of a municipality. The names of its bodies default to the usual wording. */
export interface Municipality {
  readonly name: string;
  readonly slug: string;
  /** e.g. "de raad van de gemeente Enschede" */
  readonly councilName?: string;
  /** e.g. "het college van burgemeester en wethouders van Enschede" */
  readonly executiveName?: string;
}

export function automaticValue(source: AutomaticSource, municipality: Municipality): string {
  switch (source) {
    case "municipalityName":
      return municipality.name;
    case "councilName":
      return municipality.councilName ?? `de raad van de gemeente ${municipality.name}`;
    case "executiveName":
      return municipality.executiveName ?? `het college van burgemeester en wethouders van ${municipality.name}`;
  }
}
