import { useEffect, useRef } from "react";
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
  /** The element that shows the version's text: selecting words there quotes them. */
  textId: string;
  /** The provision picked in the text (its node id), shown in the select. */
  anchor: string;
  onAnchorChange: (anchor: string) => void;
  bodyMax: number;
}

/**
 * A new comment. Without JavaScript the select of provisions and the quote field do the work; with it, the page picks
 * the provision clicked in the text (ConsultationText) and selecting words quotes them.
 */
export function CommentForm({ provisions, types, state, textId, anchor, onAnchorChange, bodyMax }: Props) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const select = form.current?.elements.namedItem("anchor") as HTMLSelectElement | null;
    if (select && anchor) select.value = anchor;
  }, [anchor]);
  useEffect(() => {
    const text = document.getElementById(textId);
    const quote = form.current?.elements.namedItem("quote") as HTMLTextAreaElement | null;
    if (!text || !quote) return;
    const onSelect = () => {
      const selection = window.getSelection();
      const node = selection?.anchorNode;
      const inPanel = (node instanceof Element ? node : node?.parentElement)?.closest(".mw-margin-panel");
      if (!selection || selection.isCollapsed || !text.contains(node ?? null) || inPanel) return;
      quote.value = selection.toString().replace(/\s+/g, " ").trim().slice(0, 1000);
    };
    text.addEventListener("mouseup", onSelect);
    text.addEventListener("keyup", onSelect);
    return () => {
      text.removeEventListener("mouseup", onSelect);
      text.removeEventListener("keyup", onSelect);
    };
  }, [textId]);
  const errors = state?.errors ?? {};
  const field = (name: string) => ({ name, invalid: Boolean(errors[name]), errorMessage: errors[name], defaultValue: state?.values?.[name] ?? "" });
  return (
    <Form
      method="post"
      className="mw-stack"
      noValidate
      ref={form}
      id="reactie-formulier"
      onChange={(event) => {
        const target = event.target as HTMLSelectElement;
        if (target.name === "anchor") onAnchorChange(target.value);
      }}
    >
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
