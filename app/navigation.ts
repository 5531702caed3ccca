// The header's sections as the browser sees them (built by navigation.server.ts).

export interface Section {
  label: string;
  href: string;
}

/** The section a path belongs to: the one with the longest address that the path starts with. */
export function currentSection(sections: readonly Section[], pathname: string): Section | undefined {
  return sections
    .filter((s) => pathname === s.href || pathname.startsWith(`${s.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
