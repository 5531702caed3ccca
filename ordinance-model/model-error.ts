/**
 * A model JSON (or one of its slot definitions) that breaks the contract. `path` names the
 * fault, e.g. `body.content[2].content[1].attrs.id`; "" is the document itself.
 */
export class ModelError extends Error {
  override readonly name = "ModelError";

  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(path === "" ? `Fout in het model: ${detail}` : `Fout in het model op ${path}: ${detail}`);
  }
}
