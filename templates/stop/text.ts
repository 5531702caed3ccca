import type { Node } from "prosemirror-model";
import type { Numbering, ResolvedOrdinance } from "../../ordinance-model/index";
import { danglingMarker, inlineSegments, type InlineSegment } from "../../ordinance-model/inline";
import { referenceOrigins } from "../../ordinance-model/references";
import { orderedArticleNotes, articleHeadings } from "../../ordinance-model/render-source";
import { childOfType, childrenOf, partsAfterHeading } from "../../ordinance-model/tree";
import { eIdNumber, wIdOf } from "./identifiers";
import { el, type XmlElement, type XmlNode } from "./xml";

// The text of a resolved ordinance as STOP elements: Hoofdstuk, Paragraaf, Artikel with Lid or Inhoud, Lijst and Li,
// Al with its inline parts (IntRef to the eId of the provision referred to, ExtRef with the JCI of a law cited), and
// the toelichting. Numbers come from ordinance-model's numbering, as everywhere else.

const join = (prefix: string, part: string) => (prefix ? `${prefix}__${part}` : part);

/** eId and wId of every element that has them, worked out before the text is written so references can point ahead. */
interface Identities {
  /** Node id → eId of its element; a lone member (no Lid of its own) → the eId of its article. */
  readonly eIds: ReadonlyMap<string, string>;
  readonly wIds: ReadonlyMap<string, string>;
  /** An item list → its Lijst's eId and wId. */
  readonly lists: WeakMap<Node, { readonly eId: string; readonly wId: string }>;
}

function identities(doc: Node, numbering: Numbering, gm: string): Identities {
  const eIds = new Map<string, string>();
  const wIds = new Map<string, string>();
  const lists = new WeakMap<Node, { eId: string; wId: string }>();
  const designation = (node: Node) => eIdNumber(numbering.get(String(node.attrs.id))!.designation ?? "");
  const blocks = (owner: Node, eId: string, wId: string) => {
    childrenOf(owner)
      .filter((child) => child.type.name === "itemList")
      .forEach((list, k) => {
        const listIds = { eId: `${eId}__list_o_${k + 1}`, wId: `${wId}__list_o_${k + 1}` };
        lists.set(list, listIds);
        childrenOf(list).forEach((item, i) => {
          const id = String(item.attrs.id);
          const numbered = numbering.get(id)!.label !== "";
          eIds.set(id, `${listIds.eId}__item_${numbered ? designation(item) : `o_${i + 1}`}`);
          wIds.set(id, wIdOf(gm, "Li", id));
          blocks(item, eIds.get(id)!, wIds.get(id)!);
        });
      });
  };
  const part = (node: Node, prefix: string) => {
    const id = String(node.attrs.id);
    const name = node.type.name === "chapter" ? "Hoofdstuk" : node.type.name === "section" ? "Paragraaf" : "Artikel";
    const eId = join(prefix, `${name === "Hoofdstuk" ? "chp" : name === "Paragraaf" ? "subsec" : "art"}_${designation(node)}`);
    eIds.set(id, eId);
    wIds.set(id, wIdOf(gm, name, id));
    for (const child of partsAfterHeading(node)) {
      if (child.type.name !== "member") {
        part(child, eId);
        continue;
      }
      const memberId = String(child.attrs.id);
      const lone = numbering.get(memberId)!.ordinal === null;
      eIds.set(memberId, lone ? eId : `${eId}__para_${designation(child)}`);
      wIds.set(memberId, wIdOf(gm, "Lid", memberId));
      blocks(child, eIds.get(memberId)!, wIds.get(memberId)!);
    }
  };
  for (const node of childrenOf(childOfType(doc, "body"))) part(node, "");
  return { eIds, wIds, lists };
}

export class StopText {
  private readonly ids: Identities;
  private readonly origins: WeakMap<Node, string>;

  constructor(
    private readonly source: ResolvedOrdinance,
    private readonly gm: string,
  ) {
    this.ids = identities(source.doc, source.numbering, gm);
    this.origins = referenceOrigins(source.doc, source.numbering);
  }

  private segment(segment: InlineSegment): XmlNode {
    const inner: XmlNode =
      segment.kind === "text"
        ? segment.text
        : segment.kind === "reference"
          ? segment.words === null
            ? danglingMarker
            : el("IntRef", { ref: this.ids.eIds.get(segment.target)! }, segment.words)
          : segment.kind === "law"
            ? el("ExtRef", { soort: "JCI", ref: segment.jci }, segment.words)
            : `[${segment.key}]`;
    const bold = segment.marks.includes("strong") ? el("b", {}, inner) : inner;
    return segment.marks.includes("em") || segment.marks.includes("term") ? el("i", {}, bold) : bold;
  }

  /** The inline content of a text block. */
  inline(block: Node): XmlNode[] {
    return inlineSegments(block, this.source.numbering, this.origins.get(block)).map((s) => this.segment(s));
  }

  /** An alinea; none for an empty paragraph (STOP refuses an empty Al). */
  private al(paragraph: Node): XmlElement | null {
    const inline = this.inline(paragraph);
    return inline.some((part) => typeof part !== "string" || part.trim() !== "") ? el("Al", {}, ...inline) : null;
  }

  private blocks(owner: Node): XmlNode[] {
    return childrenOf(owner)
      .map((child) => (child.type.name === "itemList" ? this.lijst(child) : this.al(child)))
      .filter((b): b is XmlElement => b !== null);
  }

  private lijst(list: Node): XmlElement {
    const { eId, wId } = this.ids.lists.get(list)!;
    const items = childrenOf(list);
    const numbered = items.some((item) => this.source.numbering.get(String(item.attrs.id))!.label !== "");
    return el(
      "Lijst",
      { eId, wId, type: numbered ? "expliciet" : "ongemarkeerd" },
      ...items.map((item) => {
        const id = String(item.attrs.id);
        const label = this.source.numbering.get(id)!.label;
        return el("Li", { eId: this.ids.eIds.get(id)!, wId: this.ids.wIds.get(id)! }, numbered ? el("LiNummer", {}, label) : null, ...this.blocks(item));
      }),
    );
  }

  private kop(label: string, node: Node): XmlElement {
    const heading = node.firstChild!;
    const number = this.source.numbering.get(String(node.attrs.id))!.designation!;
    return el("Kop", {}, el("Label", {}, label), el("Nummer", {}, number), heading.childCount ? el("Opschrift", {}, ...this.inline(heading)) : null);
  }

  private artikel(article: Node): XmlElement {
    const id = String(article.attrs.id);
    const members = partsAfterHeading(article);
    const lone = members.length === 1 && this.source.numbering.get(String(members[0]!.attrs.id))!.ordinal === null;
    const content = lone
      ? [el("Inhoud", {}, ...this.blocks(members[0]!))]
      : members.map((member) => {
          const memberId = String(member.attrs.id);
          return el("Lid", { eId: this.ids.eIds.get(memberId)!, wId: this.ids.wIds.get(memberId)! }, el("LidNummer", {}, this.source.numbering.get(memberId)!.label), el("Inhoud", {}, ...this.blocks(member)));
        });
    return el("Artikel", { eId: this.ids.eIds.get(id)!, wId: this.ids.wIds.get(id)! }, this.kop("Artikel", article), ...content);
  }

  private part(node: Node): XmlElement {
    if (node.type.name === "article") return this.artikel(node);
    const id = String(node.attrs.id);
    const name = node.type.name === "chapter" ? "Hoofdstuk" : "Paragraaf";
    return el(name, { eId: this.ids.eIds.get(id)!, wId: this.ids.wIds.get(id)! }, this.kop(name, node), ...partsAfterHeading(node).map((child) => this.part(child)));
  }

  /** The element of one chapter, section or article by node id, and its eId (a regulation mutation names both). */
  element(id: string): XmlElement {
    let found: Node | null = null;
    this.source.doc.descendants((node) => {
      if (!found && node.attrs.id === id && !node.isInline) found = node;
      return !found;
    });
    return this.part(found!);
  }

  eId(id: string): string {
    return this.ids.eIds.get(id)!;
  }

  /** The chapters or articles of the body, for a Lichaam. */
  body(): XmlElement[] {
    return childrenOf(childOfType(this.source.doc, "body")).map((node) => this.part(node));
  }

  /** The toelichting: the general part (an introduction, then a Divisietekst per subheading) and the note per article. */
  toelichting(): XmlElement | null {
    const notes = childOfType(this.source.doc, "notes");
    const general = childrenOf(childOfType(notes, "generalNotes"));
    const perArticle = orderedArticleNotes(this.source.doc, childOfType(notes, "articleNotes"));
    if (general.length === 0 && perArticle.length === 0) return null;
    const gm = this.gm;
    const content = (k: number, prefix: string, wId: string, kop: XmlElement | null, paragraphs: readonly Node[]) =>
      el("Divisietekst", { eId: `${prefix}__content_o_${k}`, wId }, kop, paragraphs.length ? el("Inhoud", {}, ...paragraphs.map((p) => this.al(p)).filter((a): a is XmlElement => a !== null)) : null);

    const intro = general.slice(0, Math.max(0, general.findIndex((n) => n.type.name === "noteHeading")));
    const headed = general.findIndex((n) => n.type.name === "noteHeading") === -1 ? [] : general.slice(intro.length);
    const sections: { heading: Node | null; paragraphs: Node[] }[] = [];
    for (const node of headed) {
      if (node.type.name === "noteHeading") sections.push({ heading: node, paragraphs: [] });
      else sections[sections.length - 1]!.paragraphs.push(node);
    }
    if (headed.length === 0) sections.push({ heading: null, paragraphs: general });
    const genPrefix = "recital__genrecital";
    const algemeen = el(
      "AlgemeneToelichting",
      { eId: genPrefix, wId: `${gm}__genrecital` },
      el("Kop", {}, el("Opschrift", {}, "Algemeen deel")),
      intro.length ? el("InleidendeTekst", { eId: `${genPrefix}__intro`, wId: `${gm}__genrecital__intro` }, ...intro.map((p) => this.al(p))) : null,
      ...sections.map((s, k) => content(k + 1, genPrefix, `${gm}__genrecital__content_o_${k + 1}`, s.heading ? el("Kop", {}, el("Opschrift", {}, ...this.inline(s.heading))) : null, s.paragraphs)),
    );
    const headings = articleHeadings(this.source.doc);
    const artPrefix = "recital__artrecital";
    const artikelsgewijs = perArticle.length
      ? el(
          "ArtikelgewijzeToelichting",
          { eId: artPrefix, wId: `${gm}__artrecital` },
          el("Kop", {}, el("Opschrift", {}, "Artikelsgewijze toelichting")),
          ...perArticle.map((note, k) => {
            const article = String(note.attrs.article);
            const number = this.source.numbering.get(article)?.designation;
            const kop = number ? el("Kop", {}, el("Label", {}, "Artikel"), el("Nummer", {}, number), headings.get(article) ? el("Opschrift", {}, headings.get(article)!) : null) : el("Kop", {}, el("Opschrift", {}, "Toelichting"));
            return content(k + 1, artPrefix, wIdOf(gm, "Divisietekst", String(note.attrs.id)), kop, childrenOf(note));
          }),
        )
      : null;
    return el("Toelichting", { eId: "recital", wId: `${gm}__recital` }, el("Kop", {}, el("Opschrift", {}, "Toelichting")), algemeen, artikelsgewijs);
  }
}
