import { useEffect, useRef, useState } from "react";
import { Form } from "@remix-run/react";
import { Button } from "@nl-design-system-candidate/button-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Alert, FormFieldTextarea } from "@utrecht/component-library-react";
import type { FieldState } from "./text-field";
import { SelectField } from "./select-field";

interface Props {
  provisions: { value: string; label: string }[];
  types: { value: string; label: string }[];
  state?: FieldState;
  /** The element that shows the version's text: a click there picks a provision, a selection there quotes it. */
  textId: string;
  /** The prefix of the element ids in that text (renderHtml's idPrefix). */
  idPrefix: string;
  bodyMax: number;
}

/**
 * A new comment. Without JavaScript the select of provisions and the quote field do the work; with it, clicking a
 * provision in the text picks it and selecting words quotes them.
 */
export function CommentForm({ provisions, types, state, textId, idPrefix, bodyMax }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [picked, setPicked] = useState("");
  useEffect(() => {
    const text = document.getElementById(textId);
    if (!text || !form.current) return;
    const anchor = form.current.elements.namedItem("anchor") as HTMLSelectElement;
    const quote = form.current.elements.namedItem("quote") as HTMLTextAreaElement;
    const pick = (node: Node | null) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const provision = element?.closest<HTMLElement>(".mw-item, .mw-member, .mw-article");
      const id = provision?.id.slice(idPrefix.length);
      const option = id ? [...anchor.options].find((o) => o.value === id) : undefined;
      if (!option) return;
      anchor.value = option.value;
      setPicked(option.text);
    };
    const onClick = (event: MouseEvent) => {
      if ((event.target as Element).closest("a") || !window.getSelection()?.isCollapsed) return;
      pick(event.target as Node);
    };
    const onSelect = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)) return;
      quote.value = selection.toString().replace(/\s+/g, " ").trim().slice(0, 1000);
      pick(selection.anchorNode);
    };
    text.addEventListener("click", onClick);
    text.addEventListener("mouseup", onSelect);
    text.addEventListener("keyup", onSelect);
    return () => {
      text.removeEventListener("click", onClick);
      text.removeEventListener("mouseup", onSelect);
      text.removeEventListener("keyup", onSelect);
    };
  }, [textId, idPrefix]);
  const errors = state?.errors ?? {};
  const field = (name: string) => ({ name, invalid: Boolean(errors[name]), errorMessage: errors[name], defaultValue: state?.values?.[name] ?? "" });
  return (
    <Form method="post" className="mw-stack" noValidate ref={form} id="reactie-formulier">
      <input type="hidden" name="intent" value="comment" />
      {errors.form && (
        <Alert type="error" role="alert">
          <Paragraph>{errors.form}</Paragraph>
        </Alert>
      )}
      <SelectField
        name="anchor"
        label="Bepaling"
        placeholder="Kies een artikel, lid of onderdeel"
        description="Of klik in de tekst op het artikel, lid of onderdeel."
        options={provisions}
        state={state}
      />
      <p className="mw-visually-hidden" aria-live="polite">
        {picked && `Gekozen: ${picked}`}
      </p>
      <FormFieldTextarea label="Geciteerde passage (niet verplicht)" description="Selecteer woorden in de tekst, of plak ze hier." rows={2} {...field("quote")} />
      <SelectField name="type" label="Soort reactie" placeholder="Kies het soort reactie" options={types} state={state} />
      <FormFieldTextarea label="Uw reactie" description={`Gewone tekst; een witregel begint een nieuwe alinea. Hoogstens ${bodyMax} tekens.`} rows={6} required {...field("body")} />
      <FormFieldTextarea
        label="Voorgestelde tekst (bij een tekstvoorstel)"
        description="De hele bepaling zoals u die zou willen lezen; u ziet daarna wat er verandert."
        rows={4}
        {...field("proposal")}
      />
      <Button type="submit" purpose="primary">
        Reactie plaatsen
      </Button>
    </Form>
  );
}
