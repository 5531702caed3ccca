import { Heading } from "@nl-design-system-candidate/heading-react";
import { Paragraph } from "@nl-design-system-candidate/paragraph-react";
import { Link } from "@nl-design-system-candidate/link-react";

const MESSAGES: Record<number, { title: string; text: string }> = {
  403: { title: "Geen toegang", text: "U hebt geen toegang tot deze pagina of deze handeling. Denkt u dat dit niet klopt? Neem contact op met de redactie van uw regio." },
  404: { title: "Pagina niet gevonden", text: "Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina." },
  413: { title: "Te veel gegevens", text: "Wat u verstuurde is te groot. Verklein het en probeer het opnieuw." },
};

const FALLBACK = { title: "Er ging iets mis", text: "Er is een fout opgetreden. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de redactie." };

/** The Dutch page for every error status; it never shows technical details. */
export function ErrorPage({ status }: { status: number }) {
  const { title, text } = MESSAGES[status] ?? FALLBACK;
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph>{text}</Paragraph>
      <Paragraph>
        <Link href="/">Naar de startpagina</Link>
      </Paragraph>
    </>
  );
}
