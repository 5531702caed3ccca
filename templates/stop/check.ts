import { XMLParser } from "fast-xml-parser";
import { aknName, eIdNumber, type AknElement } from "./identifiers";

// What the XSD cannot say about a STOP text, checked on the XML itself (after the Schematron rules of imop-tekst):
// every IntRef points at an eId of its own component (STOP0010), eIds and wIds are unique per component
// (STOP0020/0021), each carries its element's AKN name (STOP0022/0023) and never ends in a dot (STOP0013/0014), an
// eId follows the numbering (the printed number, "o_" and the position for unnumbered elements, the parent's eId in
// front), lists are numbered throughout or not at all (STOP0001/0002), no alinea or heading is empty (STOP0005/0006),
// an ExtRef of soort JCI is a JCI (STOP0050), and members and items are numbered 1., 2., … and a., b., … in order.

export interface StopProblem {
  readonly code: string;
  readonly eId: string | null;
  readonly message: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

interface Element {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: Element[];
  readonly text: string;
}

function toElements(nodes: Ordered[]): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@")!;
    if (name === "#text") continue;
    const children = toElements(node[name] as Ordered[]);
    const text = (node[name] as Ordered[]).map((c) => ("#text" in c ? String(c["#text"]) : "")).join("") + children.map((c) => c.text).join("");
    out.push({ name, attrs: node[":@"] ?? {}, children, text });
  }
  return out;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: false, parseTagValue: false, parseAttributeValue: false });

const numberOf = (element: Element, child: string): string | null => {
  const holder = child === "Nummer" ? element.children.find((c) => c.name === "Kop")?.children : element.children;
  return holder?.find((c) => c.name === child)?.text ?? null;
};

const letters = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

export function checkStop(xml: string): StopProblem[] {
  const problems: StopProblem[] = [];
  const report = (code: string, eId: string | null, message: string) => problems.push({ code, eId, message });
  const roots = toElements(parser.parse(xml) as Ordered[]).filter((e) => e.name !== "?xml");

  /** One scope: the besluit outside any component, or a component (an element with @componentnaam). */
  const scopes: { eIds: Map<string, number>; wIds: Map<string, number>; refs: { ref: string }[] }[] = [];
  const visit = (element: Element, parentEId: string, scope: (typeof scopes)[number], siblings: Element[]) => {
    let here = scope;
    let prefix = parentEId;
    if (element.attrs.componentnaam !== undefined) {
      // A component has eIds of its own, from scratch.
      here = { eIds: new Map(), wIds: new Map(), refs: [] };
      scopes.push(here);
      prefix = "";
    }
    const { eId, wId } = element.attrs;
    if (eId !== undefined && wId !== undefined) {
      here.eIds.set(eId, (here.eIds.get(eId) ?? 0) + 1);
      here.wIds.set(wId, (here.wIds.get(wId) ?? 0) + 1);
      if (eId.endsWith(".") || eId.includes(".__")) report("STOP0013", eId, `De eId ${eId} eindigt (deels) op een punt.`);
      if (wId.endsWith(".") || wId.includes(".__")) report("STOP0014", eId, `De wId ${wId} eindigt (deels) op een punt.`);
      const name = aknName[element.name as AknElement];
      const own = eId.split("__").pop()!;
      if (name && !own.startsWith(name)) report("STOP0022", eId, `De eId ${eId} van ${element.name} begint niet met ${name}.`);
      if (name && !wId.split("__").pop()!.startsWith(name)) report("STOP0023", eId, `De wId ${wId} van ${element.name} begint niet met ${name}.`);
      const expected = expectedToken(element, siblings);
      if (expected !== null && own !== expected) report("nummering", eId, `De eId ${eId} volgt de nummering niet: verwacht ${expected}.`);
      const expectedPrefix = parentEId === "body" || parentEId === "" ? "" : parentEId;
      if (expected !== null && eId !== (expectedPrefix ? `${expectedPrefix}__${own}` : own)) report("nummering", eId, `De eId ${eId} begint niet met de eId van het bovenliggende element (${expectedPrefix || "geen"}).`);
      prefix = eId;
    }
    if (element.name === "IntRef") here.refs.push({ ref: element.attrs.ref ?? "" });
    if (element.name === "ExtRef" && element.attrs.soort === "JCI" && !(element.attrs.ref ?? "").startsWith("jci1")) report("STOP0050", null, `De ExtRef ${element.attrs.ref} van soort JCI is geen JCI.`);
    if ((element.name === "Al" || element.name === "Kop") && element.text.trim() === "") report(element.name === "Al" ? "STOP0005" : "STOP0006", parentEId || null, `Een lege ${element.name === "Al" ? "alinea" : "kop"} in ${parentEId || "de tekst"}.`);
    if (element.name === "Lijst") {
      const items = element.children.filter((c) => c.name === "Li");
      const numbered = items.filter((li) => numberOf(li, "LiNummer") !== null).length;
      if (element.attrs.type === "ongemarkeerd" && numbered > 0) report("STOP0001", eId ?? null, `De ongemarkeerde lijst ${eId} heeft nummers.`);
      if (element.attrs.type === "expliciet" && numbered !== items.length) report("STOP0002", eId ?? null, `De lijst ${eId} is niet geheel genummerd.`);
      if (element.attrs.type === "expliciet") {
        const labels = items.map((li) => numberOf(li, "LiNummer"));
        const sub = labels[0]?.endsWith("°");
        labels.forEach((label, i) => {
          const want = sub ? `${i + 1}°` : `${letters(i + 1)}.`;
          if (label !== want) report("nummering", items[i]!.attrs.eId ?? null, `Onderdeel ${label} staat op plaats ${i + 1}: verwacht ${want}.`);
        });
      }
    }
    const leden = element.children.filter((c) => c.name === "Lid");
    leden.forEach((lid, i) => {
      if (numberOf(lid, "LidNummer") !== `${i + 1}.`) report("nummering", lid.attrs.eId ?? null, `Lid ${numberOf(lid, "LidNummer")} staat op plaats ${i + 1}: verwacht ${i + 1}.`);
    });
    for (const child of element.children) visit(child, prefix, here, element.children);
  };
  const outer = { eIds: new Map<string, number>(), wIds: new Map<string, number>(), refs: [] as { ref: string }[] };
  scopes.push(outer);
  for (const root of roots) visit(root, "", outer, roots);

  for (const scope of scopes) {
    for (const [eId, n] of scope.eIds) if (n > 1) report("STOP0020", eId, `De eId ${eId} komt ${n} keer voor.`);
    for (const [wId, n] of scope.wIds) if (n > 1) report("STOP0021", wId, `De wId ${wId} komt ${n} keer voor.`);
    for (const { ref } of scope.refs) if (!scope.eIds.has(ref) && !scope.wIds.has(ref)) report("STOP0010", ref, `De IntRef naar ${ref} wijst naar geen element van deze tekst.`);
  }
  return problems;
}

/** The own part of the eId an element must have, or null where it is not derived from numbering. */
function expectedToken(element: Element, siblings: Element[]): string | null {
  const name = aknName[element.name as AknElement];
  const position = (pred: (e: Element) => boolean) => siblings.filter(pred).indexOf(element) + 1;
  switch (element.name) {
    case "Hoofdstuk":
    case "Paragraaf":
    case "Artikel":
    case "WijzigArtikel": {
      const number = numberOf(element, "Nummer");
      return number === null ? `${name}_o_${position((e) => e.name === element.name)}` : `${name}_${eIdNumber(number)}`;
    }
    case "Lid":
      return `para_${eIdNumber(numberOf(element, "LidNummer") ?? "")}`;
    case "Lijst":
      return `list_o_${position((e) => e.name === "Lijst")}`;
    case "Li": {
      const number = numberOf(element, "LiNummer");
      return number === null ? `item_o_${position((e) => e.name === "Li")}` : `item_${eIdNumber(number)}`;
    }
    default:
      return null;
  }
}
