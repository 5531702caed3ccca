import { setImmediate as nextTurn } from "node:timers/promises";
import { LRUCache } from "lru-cache";
import { lint, renderHtml, type OrdinanceModel, type ResolvedOrdinance } from "../ordinance-model/index";
import type { Db } from "../db/client";
import { getChoices, type ModelRow } from "../db/queries/models";
import type { ChoiceRow } from "../db/queries/choices";
import type { Municipality } from "../db/queries/regions";
import { lintOptions, resolveWithChoices, type OrdinanceProblem } from "./models.server";
import { guidanceId } from "./components/slot-guidance";

// A municipality's own ordinance changes only when its choices or the text it is made from change, so the choices page,
// the preview and the documents resolve, lint and render it once per (text, choices) and reuse it across requests.
// - The text is identified by its parsed model object: `currentModel` returns the same object until the live text
//   changes (a new stored update), `versionModel` one object per frozen version. So the live text and any pinned
//   version are cached side by side, each under its own key.
// - The choices are identified by their content, read per request (one indexed query): a save from the form, from the
//   CLI in another process or a restored backup shows at once, with no invalidation to forget.

export interface MunicipalText {
  resolved: ResolvedOrdinance;
  /** Refused choices and lint errors: what keeps the ordinance from being adopted. Linted on first use. */
  readonly errors: OrdinanceProblem[];
  /** The ordinance as HTML, headings from this level on; rendered on first use per level. */
  html(headingLevel: number): string;
}

class CachedText implements MunicipalText {
  #errors: OrdinanceProblem[] | undefined;
  readonly #html = new Map<number, string>();
  constructor(
    readonly resolved: ResolvedOrdinance,
    private readonly refused: OrdinanceProblem[],
    private readonly options: ReturnType<typeof lintOptions>,
  ) {}
  get linted(): boolean {
    return this.#errors !== undefined;
  }
  rendered(headingLevel: number): boolean {
    return this.#html.has(headingLevel);
  }
  get errors(): OrdinanceProblem[] {
    return (this.#errors ??= [...this.refused, ...lint(this.resolved, this.options)]);
  }
  html(headingLevel: number): string {
    let html = this.#html.get(headingLevel);
    if (html === undefined) this.#html.set(headingLevel, (html = renderHtml(this.resolved, { headingLevel })));
    return html;
  }
}

// A resolved text and its HTML are large (about 1 MB each at 310 articles), so only the most recently used are kept;
// the problems are small and kept for every municipality, which is what the documents page lists.
const texts = new LRUCache<string, { fingerprint: string; text: CachedText }>({ max: 32 });
const problems = new LRUCache<string, { fingerprint: string; errors: OrdinanceProblem[] }>({ max: 4096 });

const serials = new WeakMap<OrdinanceModel, number>();
let lastSerial = 0;
function textSerial(model: OrdinanceModel): number {
  let serial = serials.get(model);
  if (serial === undefined) serials.set(model, (serial = ++lastSerial));
  return serial;
}

type Lookup = ReturnType<typeof lookup>;

function lookup(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality, overrides: Record<string, unknown> = {}) {
  const choices = { ...getChoices(db, row.id, municipality.id), ...overrides };
  const sorted = Object.entries(choices).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The date of the council meeting is part of what lint checks (entry into force), so it is part of the fingerprint.
  const options = lintOptions(db, row.id, municipality.id);
  return {
    key: `${textSerial(model)}:${row.id}:${municipality.id}`,
    fingerprint: JSON.stringify([municipality.name, municipality.slug, sorted, options]),
    build: (): CachedText => {
      const { resolved, refused } = resolveWithChoices(model, municipality, choices);
      // The live text's structure problems come first: they keep every municipality's documents back.
      return new CachedText(resolved, [...model.problems, ...refused], options);
    },
  };
}

/**
 * A municipality's own ordinance from this text and its stored choices (regional defaults where it made none), with
 * its problems: the live text's structure problems first, then refused choices and what lint finds, which knows the
 * date of its council meeting where recorded. Every reader of a municipality's text comes through here (or through
 * municipalPage and municipalProblems, which share the lookup). `overrides` replace stored choices for a what-if.
 */
export function municipalText(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality, overrides: Record<string, unknown> = {}): MunicipalText {
  const { key, fingerprint, build } = lookup(db, row, model, municipality, overrides);
  return cachedText(key, fingerprint) ?? storeText(key, fingerprint, build());
}

/**
 * A municipality's ordinance with its problems and its HTML at this heading level, for a page. What is not known yet is
 * computed one step (resolve, lint, render) per turn of the event loop, so that at a large model no single step holds
 * up other requests or the sync socket for long.
 */
export async function municipalPage(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality, headingLevel: number) {
  const text = await builtInTurn(lookup(db, row, model, municipality));
  const errors = text.linted ? text.errors : await inNextTurn(() => text.errors);
  const html = text.rendered(headingLevel) ? text.html(headingLevel) : await inNextTurn(() => text.html(headingLevel));
  return { resolved: text.resolved, errors, html };
}

/** The problems of a municipality's ordinance, for pages that list many municipalities; computed in turns as above. */
export async function municipalProblems(db: Db, row: ModelRow, model: OrdinanceModel, municipality: Municipality): Promise<OrdinanceProblem[]> {
  const looked = lookup(db, row, model, municipality);
  const known = problems.get(looked.key);
  if (known?.fingerprint === looked.fingerprint) return known.errors;
  const text = await builtInTurn(looked);
  const errors = text.linted ? text.errors : await inNextTurn(() => text.errors);
  problems.set(looked.key, { fingerprint: looked.fingerprint, errors });
  return errors;
}

const inNextTurn = async <T>(compute: () => T): Promise<T> => {
  await nextTurn();
  return compute();
};

const building = new Map<string, Promise<CachedText>>();

/** The cached text, or else built in the next turn; requests that ask meanwhile wait for that one build. */
function builtInTurn({ key, fingerprint, build }: Lookup): CachedText | Promise<CachedText> {
  const cached = cachedText(key, fingerprint);
  if (cached) return cached;
  const id = `${key}\n${fingerprint}`;
  let pending = building.get(id);
  if (!pending) {
    pending = inNextTurn(build)
      .then((text) => storeText(key, fingerprint, text))
      .finally(() => building.delete(id));
    building.set(id, pending);
  }
  return pending;
}

function cachedText(key: string, fingerprint: string): CachedText | undefined {
  const hit = texts.get(key);
  return hit?.fingerprint === fingerprint ? hit.text : undefined;
}

function storeText(key: string, fingerprint: string, text: CachedText): CachedText {
  texts.set(key, { fingerprint, text });
  return text;
}

const derived = new LRUCache<string, { fingerprint: string; value: unknown }>({ max: 4096 });

/**
 * Something a page derives from one text and one municipality's stored choice rows (the matrix's column of that
 * municipality), kept until either changes; built in the next turn of the event loop when it is not known.
 */
export async function derivedInTurn<T>(purpose: string, model: OrdinanceModel, rowId: number, municipalityId: number, rows: readonly ChoiceRow[], build: () => T): Promise<T> {
  const key = `${purpose}:${textSerial(model)}:${rowId}:${municipalityId}`;
  // The version grows with every write of a choice, and its slot definition is only written together with it.
  const fingerprint = JSON.stringify(rows.map((r) => [r.slotKey, r.version, r.value]));
  const hit = derived.get(key);
  if (hit?.fingerprint === fingerprint) return hit.value as T;
  const value = await inNextTurn(build);
  derived.set(key, { fingerprint, value });
  return value;
}

const modelHtml = new WeakMap<OrdinanceModel, string>();

/** The model itself as the model page shows it (variants marked, linked to the guidance beside it), rendered once per text. */
export function modelPageHtml(model: OrdinanceModel): string {
  let html = modelHtml.get(model);
  if (html === undefined) modelHtml.set(model, (html = renderHtml(model, { markVariants: true, headingLevel: 2, guidanceHref: (key) => `#${guidanceId(key)}` })));
  return html;
}
