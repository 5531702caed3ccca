import { createContext } from "react";

/** The CSP nonce of the page being rendered on the server; empty in the browser, which hides nonces from scripts. */
export const NonceContext = createContext<string | undefined>(undefined);
