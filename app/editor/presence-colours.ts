/** Colours with a contrast of at least 4.5:1 against white, for the name labels of cursors; one per user (or client) id. */
const COLOURS = ["#8a1c7c", "#0b5394", "#1d6b33", "#a33c00", "#5b3fa6", "#7a4b00", "#00666b", "#b00020"];

export const colourFor = (id: number): string => COLOURS[Math.abs(Math.trunc(id)) % COLOURS.length] ?? COLOURS[0]!;

export const isPaletteColour = (colour: string): boolean => COLOURS.includes(colour);
