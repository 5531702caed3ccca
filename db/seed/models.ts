import { parseModel } from "../../ordinance-model/index";
import type { Db } from "../client";
import { insertModel, listModels } from "../queries/models";
import { findRegionBySlug } from "../queries/regions";
import { twenteModel, twenteModelMeta } from "./twente-model";

/** Seeds the Twente model once; the content is checked by parseModel first, so a broken seed never lands half. */
export function seedModels(db: Db): void {
  const twente = findRegionBySlug(db, twenteModelMeta.region);
  if (!twente || listModels(db, twente.id).length > 0) return;
  parseModel(twenteModel);
  insertModel(db, twente.id, twenteModelMeta.title, twenteModel);
}
