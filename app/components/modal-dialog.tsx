import { useEffect, useId, useRef } from "react";
import { Heading } from "@nl-design-system-candidate/heading-react";
import { Button } from "@nl-design-system-candidate/button-react";

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: React.ReactNode;
}

/** A real modal <dialog>, named by its heading, that closes with Escape or the close button. */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog ref={ref} className="mw-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="mw-dialog__header">
        <Heading level={2} id={headingId}>
          {title}
        </Heading>
        <Button type="button" purpose="subtle" onClick={() => ref.current!.close()}>
          Sluiten
        </Button>
      </div>
      {children}
    </dialog>
  );
}
