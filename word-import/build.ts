import { paragraphText, type SourceBlock, type SourceParagraph, type TrackedChanges } from "./paragraphs";
import {
  articleHeading,
  chapterHeading,
  isArticleNotesStart,
  isDefinitionsHeading,
  isGeneralNotesStart,
  isNotesStart,
  isGuidanceStart,
  isSigningStart,
  isVariantCaption,
  itemNumber,
  memberNumber,
  preambleRole,
  sectionHeading,
  type PreambleRoleWord,
} from "./recognise";
import type { Assigned, ImportReport, LeftOut, Placement, PlacementOption, Unplaced } from "./report";

// From flat blocks to the tree of an ordinance: a walk that keeps where it is (aanhef, body, toelichting) and which
// chapter, article, member and item are open. Numbers are read only to match references and notes, then dropped.

export type Json = { type: string; attrs?: Record<string, unknown>; content?: Json[]; text?: string; marks?: { type: string }[] };

/** A text-bearing node still to be scanned for references, with where it stands. */
export interface TextSite {
  readonly node: Json;
  readonly position: number;
  readonly article: ArticleEntry | null;
  readonly member: MemberEntry | null;
  /** False in the aanhef: it cites national law, never the ordinance's own articles. */
  readonly linkable: boolean;
}

export interface ItemEntry {
  readonly id: string;
  readonly node: Json;
  readonly sub: ItemEntry[];
}
export interface MemberEntry {
  readonly id: string;
  readonly node: Json;
  readonly items: ItemEntry[];
}
export interface ArticleEntry {
  readonly id: string;
  readonly node: Json;
  readonly designation: string;
  heading: string;
  readonly members: MemberEntry[];
}

/** The paragraph put where a table or an image stood, so the gap shows in the editor. */
export const notImportedMarker = (what: string) => `[${what} niet geïmporteerd; zie het importverslag]`;

const textNode = (text: string): Json[] => (text ? [{ type: "text", text }] : []);
const paragraph = (text: string): Json => ({ type: "paragraph", attrs: { condition: null }, content: textNode(text) });
/** A heading by its style (Word's, or our "Artikelkop") or by an outline level set on the paragraph itself. */
const isHeading = (p: SourceParagraph) => /^(heading|kop)\s*\d/.test(p.style) || ["title", "titel", "artikelkop"].includes(p.style) || p.outlineLevel !== null;
const allBold = (p: SourceParagraph) => p.runs.some((r) => r.text.trim()) && p.runs.every((r) => !r.text.trim() || r.bold);
/** A heading either looks like one or is short and does not read as a sentence. */
const looksLikeHeading = (p: SourceParagraph, rest: string) => isHeading(p) || allBold(p) || (rest.length <= 100 && !/[;:,]$/.test(rest));

type Phase = "front" | "contents" | "preamble" | "body" | "generalNotes" | "articleNotes" | "signing" | "guidance";

const LEAVE_OUT: PlacementOption = { placement: "leaveOut", label: "Weglaten: dit hoort niet in de regeling" };
const contentsReason = "inhoudsopgave; geen deel van de regeling, Modelwerk maakt die zelf";
const signingReason = "ondertekening, geen deel van de regeling";
/**
 * A table of contents' entry: a TOC style, or, below its heading "Inhoud", a line that is only a link within the
 * document (Modelwerk writes the contents out as links, not as a Word field).
 */
const isContentsEntry = (p: SourceParagraph, phase: Phase) => /^(toc|inhoudsopgave|kopje inhoudsopgave|contents)\s*\d*$/.test(p.style) || (phase === "contents" && p.internalLinkOnly);

export class OrdinanceBuilder {
  title = "";
  titlePosition = 0;
  readonly clauses: Json[] = [];
  readonly chapters: Json[] = [];
  readonly looseArticles: Json[] = [];
  readonly articles: ArticleEntry[] = [];
  readonly generalNotes: Json[] = [];
  readonly articleNotes: Json[] = [];
  readonly sites: TextSite[] = [];
  /**
   * Text that may cite national law but is scanned for nothing else: the general toelichting, and a line that
   * continues a clause of the aanhef (its clause is a site under the clause's own position).
   */
  readonly lawOnlySites: TextSite[] = [];
  readonly unplaced: Unplaced[] = [];
  readonly assigned: Assigned[] = [];
  readonly leftOut: LeftOut[] = [];
  readonly notes: string[] = [];
  /** Highlighted stretches of text: placeholders as people mark them, offered as slot candidates. */
  readonly highlights: { position: number; text: string; context: string }[] = [];
  readonly counts: ImportReport["structure"] = { preambleClauses: 0, chapters: 0, sections: 0, articles: 0, members: 0, items: 0, definitions: 0, generalNoteParagraphs: 0, articleNotes: 0 };
  perChapterNumbers = false;

  private phase: Phase = "front";
  private lastRole: PreambleRoleWord | null = null;
  private chapter: Json | null = null;
  private section: Json | null = null;
  private article: ArticleEntry | null = null;
  private member: MemberEntry | null = null;
  private item: ItemEntry | null = null;
  private note: Json | null = null;
  /** The article whose text is the last of the body so far (none once a chapter or section heading follows it). */
  private lastArticle: ArticleEntry | null = null;
  private listCount = new Map<string, number>();
  /** "Artikel 4" on a line of its own: the next short line may be its heading. */
  private headingPending = false;

  constructor(
    private readonly comments: ReadonlyMap<string, string>,
    private readonly trackedChanges: TrackedChanges,
    /** The places the redactie assigned to paragraphs the import could not place, by position. */
    private readonly placements: ReadonlyMap<number, Placement> = new Map(),
  ) {}

  add(block: SourceBlock): void {
    if (block.kind === "table") {
      // The slotformulier sets chair and griffier side by side in a table: signing lines, named like the others.
      if (this.phase === "signing") {
        this.unplaced.push({ position: block.position, text: block.text, reason: signingReason, options: [LEAVE_OUT] });
        return;
      }
      this.leftOut.push({ position: block.position, kind: "table", text: block.text, action: "tabel niet geïmporteerd; op zijn plaats staat een alinea die dat meldt" });
      return this.marker(block.position, "Tabel");
    }
    const accepted = this.trackedChanges === "accept";
    if (block.setAside) {
      const action = accepted ? "bijgehouden wijzigingen aanvaard: verwijderde tekst niet overgenomen" : "tekst van voor de wijzigingen gekozen: ingevoegde tekst niet overgenomen";
      this.leftOut.push({ position: block.position, kind: accepted ? "deletion" : "insertion", text: block.setAside, action });
    }
    const note = accepted ? "bijgehouden wijzigingen zijn aanvaard" : "bijgehouden wijzigingen zijn verworpen: de tekst is die van voor de wijzigingen";
    if (block.changed && !this.notes.includes(note)) this.notes.push(note);
    this.collectHighlights(block);
    const text = paragraphText(block).replace(/\s+$/, "").replace(/^\s+/, "");
    if (text) this.paragraph(block, text);
    // After the paragraph found its place, so a comment can name the provision it is about.
    const provision = this.phase === "body" ? (this.item?.id ?? this.member?.id ?? this.article?.id) : undefined;
    for (const id of block.comments) this.leftOut.push({ position: block.position, kind: "comment", text: this.comments.get(id) ?? "", action: "opmerking niet overgenomen in de tekst", ...(provision ? { provision } : {}) });
    for (let i = 0; i < block.footnotes; i++) this.leftOut.push({ position: block.position, kind: "footnote", text: "", action: "voetnoot niet geïmporteerd; een verordening kent geen voetnoten" });
    for (let i = 0; i < block.images; i++) {
      this.leftOut.push({ position: block.position, kind: "image", text: "", action: "afbeelding niet geïmporteerd; op haar plaats staat een alinea die dat meldt" });
      this.marker(block.position, "Afbeelding");
    }
  }

  private collectHighlights(p: SourceParagraph): void {
    let stretch = "";
    for (const run of [...p.runs, { text: "", highlighted: false }]) {
      if (run.highlighted) stretch += run.text;
      else if (stretch.trim()) {
        this.highlights.push({ position: p.position, text: stretch.trim(), context: paragraphText(p).trim() });
        stretch = "";
      }
    }
  }

  private marker(position: number, what: string): void {
    const node = paragraph(notImportedMarker(what));
    if (this.member) this.member.node.content!.push(node);
    else if (this.phase === "generalNotes") this.generalNotes.push(node);
    else if (this.note) this.note.content!.push(node);
    else this.unplaced.push({ position, text: notImportedMarker(what), reason: "geen plaats in de regeling", options: [LEAVE_OUT] });
  }

  private paragraph(p: SourceParagraph, text: string): void {
    if (this.phase === "front" && !this.title && !preambleRole(text) && !articleHeading(text) && !chapterHeading(text)) {
      this.title = text.replace(/^Raadsbesluit\s+/i, (prefix) => (this.notes.push(`"${prefix.trim()}" voor de titel weggelaten`), ""));
      this.titlePosition = p.position;
      this.phase = "preamble";
      return;
    }
    if (this.headingPending && this.article && this.lateHeading(p, text)) return;
    this.headingPending = false;
    if (this.structural(p, text)) return;
    switch (this.phase) {
      case "front":
      case "contents":
      case "preamble":
        return this.preamble(p, text);
      case "body":
        return this.provision(p, text);
      case "generalNotes": {
        this.counts.generalNoteParagraphs++;
        const node: Json = isHeading(p) ? { type: "noteHeading", content: textNode(text) } : paragraph(text);
        this.generalNotes.push(node);
        this.lawOnlySites.push({ node, position: p.position, article: null, member: null, linkable: false });
        return;
      }
      case "articleNotes":
        if (!this.note) return this.leave(p, text, "toelichting die bij geen artikel hoort");
        return this.site(p.position, this.pushed(this.note, paragraph(text)), null, null);
      case "signing":
        return this.leave(p, text, signingReason);
      case "guidance":
        return this.leave(p, text, "advies bij de keuzemogelijkheden, geen deel van de regeling");
    }
  }

  /** A paragraph with no place of its own: put where the redactie assigned it, or named in the report. */
  private leave(p: SourceParagraph, text: string, reason: string): void {
    const options = this.placesHere(reason === contentsReason);
    const placement = this.placements.get(p.position);
    const chosen = options.find((o) => o.placement === placement && o.placement !== "leaveOut");
    if (!chosen) return void this.unplaced.push({ position: p.position, text, reason, options });
    this.assigned.push({ position: p.position, text, reason, options, placement: chosen.placement as Assigned["placement"] });
    this.place(p, text, chosen.placement);
  }

  /**
   * The places a paragraph may go that keep the model's text in the source's order: right after what the model
   * holds so far (the end of the aanhef, of the last article or of the last note). Not the general toelichting:
   * its heading "Toelichting" would then stand before text that came before it.
   */
  private placesHere(contents: boolean): PlacementOption[] {
    const options = [LEAVE_OUT];
    const bodyStarted = this.articles.length > 0 || this.chapters.length > 0;
    const notesStarted = this.counts.generalNoteParagraphs > 0 || this.articleNotes.length > 0;
    if (!contents && this.title && !bodyStarted && (this.phase === "preamble" || this.phase === "contents")) options.push({ placement: "preamble", label: "In de aanhef, als overweging" });
    const article = this.lastArticle;
    // Not once the toelichting has begun, even before its first paragraph: its heading would stand before the text.
    if (article && !notesStarted && (this.phase === "body" || this.phase === "signing")) {
      const name = `artikel ${article.designation}${article.heading ? ` (${article.heading})` : ""}`;
      options.push({ placement: "member", label: `Als nieuw lid van ${name}` });
      if (article.members.length) options.push({ placement: "paragraph", label: `Als alinea bij het laatste lid van ${name}` });
    }
    const note = this.articleNotes[this.articleNotes.length - 1];
    const noted = note && this.articles.find((a) => a.id === note.attrs!.article);
    if (noted) options.push({ placement: "articleNote", label: `In de toelichting op artikel ${noted.designation}` });
    return options;
  }

  private place(p: SourceParagraph, text: string, placement: Placement): void {
    switch (placement) {
      case "preamble": {
        const clause: Json = { type: "preambleClause", attrs: { id: `aanhef-${++this.counts.preambleClauses}`, role: "considering" }, content: textNode(text) };
        this.clauses.push(clause);
        return this.site(p.position, clause, null, null, false);
      }
      case "member":
      case "paragraph":
        this.article = this.lastArticle;
        this.member = placement === "member" ? this.newMember() : this.article!.members[this.article!.members.length - 1]!;
        return this.memberParagraph(p, text);
      case "articleNote":
        return this.site(p.position, this.pushed(this.articleNotes[this.articleNotes.length - 1]!, paragraph(text)), null, null);
    }
  }

  private pushed(parent: Json, node: Json): Json {
    parent.content!.push(node);
    return node;
  }

  private site(position: number, node: Json, article: ArticleEntry | null, member: MemberEntry | null, linkable = true): void {
    this.sites.push({ node, position, article, member, linkable });
  }

  /** Headings and part boundaries; true when the paragraph was one. */
  private structural(p: SourceParagraph, text: string): boolean {
    const inNotes = this.phase === "generalNotes" || this.phase === "articleNotes";
    if (isContentsEntry(p, this.phase)) {
      this.leave(p, text, contentsReason);
      return true;
    }
    if (this.phase === "contents") this.phase = "preamble";
    if ((this.phase === "front" || this.phase === "preamble") && /^inhoud(?:sopgave)?$/i.test(text) && looksLikeHeading(p, text)) {
      this.phase = "contents";
      this.leave(p, text, contentsReason);
      return true;
    }
    if (isVariantCaption(text)) {
      this.leave(p, text, "aankondiging van een variant of optionele bepaling; de keuzemogelijkheid maakt de redactie zelf aan");
      return true;
    }
    if (isGuidanceStart(text) && looksLikeHeading(p, text)) {
      this.enter("guidance");
      this.leave(p, text, "advies bij de keuzemogelijkheden, geen deel van de regeling");
      return true;
    }
    if (isNotesStart(text) && looksLikeHeading(p, text)) return this.enter("generalNotes");
    if (isGeneralNotesStart(text) && (inNotes || isHeading(p))) return this.enter("generalNotes");
    if (isArticleNotesStart(text) && (inNotes || isHeading(p))) return this.enter("articleNotes");
    if (isSigningStart(text) && looksLikeHeading(p, text) && this.phase !== "generalNotes") {
      this.enter("signing");
      this.leave(p, text, signingReason);
      return true;
    }
    const fromList = p.list && /artikel/i.test(p.list.text) ? { designation: String(this.countList(p)), rest: text } : null;
    const article = fromList ?? articleHeading(text);
    if (article && (fromList || looksLikeHeading(p, article.rest))) {
      if (this.phase === "articleNotes" || this.phase === "generalNotes") this.openNote(p, article.designation, article.rest);
      else this.openArticle(article.designation, article.rest);
      return true;
    }
    if (inNotes) return false;
    const chapter = chapterHeading(text);
    if (chapter && looksLikeHeading(p, chapter.rest)) {
      this.phase = "body";
      this.chapter = { type: "chapter", attrs: { id: `hfd-${++this.counts.chapters}` }, content: [{ type: "heading", content: textNode(chapter.rest) }] };
      this.chapters.push(this.chapter);
      this.section = this.article = this.member = this.item = this.lastArticle = null;
      return true;
    }
    const section = sectionHeading(text);
    if (section && looksLikeHeading(p, section.rest)) {
      if (!this.chapter) return false;
      this.section = { type: "section", attrs: { id: `par-${++this.counts.sections}` }, content: [{ type: "heading", content: textNode(section.rest) }] };
      this.chapter.content!.push(this.section);
      this.article = this.member = this.item = this.lastArticle = null;
      return true;
    }
    return false;
  }

  private enter(phase: Phase): true {
    this.phase = phase;
    this.article = this.member = this.item = null;
    this.note = null;
    return true;
  }

  private countList(p: SourceParagraph): number {
    const key = `${p.list!.numId}/${p.list!.level}`;
    const n = (this.listCount.get(key) ?? p.list!.start - 1) + 1;
    this.listCount.set(key, n);
    return n;
  }

  private openArticle(designation: string, heading: string): void {
    this.phase = "body";
    if (designation.includes(".")) this.perChapterNumbers = true;
    const id = `art-${++this.counts.articles}`;
    const node: Json = { type: "article", attrs: { id, condition: null }, content: [{ type: "heading", content: textNode(heading) }] };
    this.article = this.lastArticle = { id, node, designation, heading, members: [] };
    this.headingPending = !heading;
    this.articles.push(this.article);
    (this.section ?? this.chapter)?.content!.push(node) ?? this.looseArticles.push(node);
    this.member = this.item = null;
  }

  private lateHeading(p: SourceParagraph, text: string): boolean {
    this.headingPending = false;
    if (p.list || memberNumber(text) || itemNumber(text) || !(isHeading(p) || allBold(p)) || text.length > 100 || /[.;:,]$/.test(text)) return false;
    const article = this.article!;
    article.heading = text;
    article.node.content![0] = { type: "heading", content: textNode(text) };
    return true;
  }

  private openNote(p: SourceParagraph, designation: string, heading: string): void {
    this.phase = "articleNotes";
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9à-ÿ]+/g, " ").trim();
    const article = this.articles.find((a) => a.designation === designation && (!heading || key(a.heading) === key(heading))) ?? this.articles.find((a) => heading && key(a.heading) === key(heading)) ?? this.articles.find((a) => a.designation === designation);
    if (!article) {
      this.note = null;
      return this.leave(p, paragraphText(p), "toelichting op een artikel dat niet gevonden is");
    }
    this.counts.articleNotes++;
    this.note = { type: "articleNote", attrs: { id: `toel-${this.counts.articleNotes}`, article: article.id, condition: null }, content: [] };
    this.articleNotes.push(this.note);
  }

  private preamble(p: SourceParagraph, text: string): void {
    const role = preambleRole(text);
    if (role) {
      this.phase = "preamble";
      this.lastRole = role;
      this.counts.preambleClauses++;
      const clause: Json = { type: "preambleClause", attrs: { id: `aanhef-${this.counts.preambleClauses}`, role }, content: textNode(text) };
      this.clauses.push(clause);
      return this.site(p.position, clause, null, null, false);
    }
    const last = this.clauses[this.clauses.length - 1];
    // "besluit:" on its own line with "vast te stellen …" below it, or a clause that continues on the next line.
    if (last && (this.lastRole === "decision" || /^[a-z]/.test(text))) {
      const content = last.content!;
      content.push({ type: "text", text: content.length ? ` ${text}` : text });
      this.lawOnlySites.push({ node: last, position: p.position, article: null, member: null, linkable: false });
      return;
    }
    if (!this.clauses.length && /^[\p{L} .'-]+, \d{1,2} \p{L}+ \d{4}$/u.test(text)) return this.leave(p, text, "plaats en datum van het besluit, geen deel van de regeling");
    this.leave(p, text, this.phase === "front" ? "voor de titel" : "in de aanhef, maar geen herkend onderdeel ervan");
  }

  private newMember(): MemberEntry {
    const article = this.article!;
    const id = `${article.id}-lid-${article.members.length + 1}`;
    const member: MemberEntry = { id, node: { type: "member", attrs: { id, condition: null }, content: [] }, items: [] };
    article.members.push(member);
    article.node.content!.push(member.node);
    this.counts.members++;
    this.item = null;
    return member;
  }

  private provision(p: SourceParagraph, text: string): void {
    if (!this.article) return this.leave(p, text, "tekst buiten een artikel");
    const typedItem = itemNumber(text);
    const listItem = p.list && (p.list.format === "lowerLetter" || p.list.text.includes("°") || (p.list.level > 0 && this.item)) ? { designation: "", rest: text, depth: p.list.format === "lowerLetter" ? 1 : 2 } : null;
    const item = typedItem ?? listItem;
    const typedMember = memberNumber(text);
    const listMember = !item && p.list && p.list.format === "decimal" ? { designation: "", rest: text } : null;
    const member = typedMember ?? listMember;
    if (member && !item) {
      this.member = this.newMember();
      return this.memberParagraph(p, member.rest);
    }
    if (item) return this.addItem(p, item.rest, item.depth === 2 && this.item ? 2 : 1);
    if (!this.member) this.member = this.newMember();
    this.memberParagraph(p, text);
  }

  private memberParagraph(p: SourceParagraph, text: string): void {
    this.item = null;
    this.site(p.position, this.pushed(this.member!.node, paragraph(text)), this.article, this.member);
  }

  private addItem(p: SourceParagraph, text: string, depth: 1 | 2): void {
    if (!this.member) this.member = this.newMember();
    const member = this.member;
    const parentList = depth === 1 ? member.items : this.item!.sub;
    const container = depth === 1 ? member.node : (this.item!.node as Json);
    let list = container.content![container.content!.length - 1];
    if (!list || list.type !== "itemList") list = this.pushed(container, { type: "itemList", content: [] });
    const parentId = depth === 1 ? member.id : this.item!.id;
    const id = `${parentId}-ond-${parentList.length + 1}`;
    const body = this.definition(p, text);
    const node: Json = { type: "item", attrs: { id, condition: null }, content: [body] };
    list.content!.push(node);
    const entry: ItemEntry = { id, node, sub: [] };
    parentList.push(entry);
    this.counts.items++;
    if (depth === 1) this.item = entry;
    this.site(p.position, body, this.article, member);
  }

  /** A definition item: its term (italic, or before the colon in a definitions article) marked as the term. */
  private definition(p: SourceParagraph, text: string): Json {
    const inDefinitions = this.article && isDefinitionsHeading(this.article.heading);
    // The first run with words, past a typed number ("a.", "1°") if there is one.
    const italic = p.runs.find((r) => r.text.trim() && !/^(?:[a-z]{1,2}[.)]|\d{1,2}°)$/.test(r.text.trim()));
    const colon = text.indexOf(":");
    const term = inDefinitions && colon > 0 && colon < 80 ? text.slice(0, colon) : italic?.italics && text.startsWith(italic.text.trim()) && text.charAt(italic.text.trim().length) === ":" ? italic.text.trim() : "";
    if (!term) return paragraph(text);
    this.counts.definitions++;
    return { type: "paragraph", attrs: { condition: null }, content: [{ type: "text", text: term, marks: [{ type: "term" }] }, ...textNode(text.slice(term.length))] };
  }
}
