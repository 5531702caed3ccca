import type { PresenceUser } from "./collab";

/** The caret of another user, with their name in their colour, shown on hover (y-prosemirror's default reads `color`). */
export function cursorLabel(user: PresenceUser): HTMLElement {
  const caret = document.createElement("span");
  caret.className = "mw-editor-caret";
  // Palette colours only (presence-state): the flag is drawn in currentcolor.
  caret.style.borderColor = user.colour;
  caret.style.color = user.colour;
  // The outline beside the text says who is where; inside the text box a name would be read as part of the text.
  caret.setAttribute("aria-hidden", "true");
  const name = document.createElement("span");
  name.className = "mw-editor-caret__name";
  name.style.backgroundColor = user.colour;
  name.textContent = user.name;
  caret.append(name);
  return caret;
}

export function selectionStyle(user: PresenceUser): { style: string; class: string } {
  return { style: `background-color: ${user.colour}33`, class: "mw-editor-remote-selection" };
}
