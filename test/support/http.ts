import { request as httpRequest } from "node:http";
import { expect } from "vitest";

export const DEMO_PASSWORD = "welkom-modelwerk";

export const DEMO_ACCOUNTS = {
  redactie: "redactie@modelwerk.test",
  werkgroep: "werkgroep@modelwerk.test",
  gemeente: "gemeente.almelo@modelwerk.test",
  gemeenteEnschede: "gemeente.enschede@modelwerk.test",
  raad: "raad.almelo@modelwerk.test",
  huurders: "huurders@modelwerk.test",
  corporatie: "corporatie@modelwerk.test",
  provincie: "provincie@modelwerk.test",
} as const;

export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
  /** The Location header of a redirect, or null. */
  location: string | null;
  setCookies: string[];
}

export type FormFields = Record<string, string | number>;

/**
 * A tiny browser stand-in: one cookie jar, no automatic redirects, an Origin header of the server itself, and
 * application/x-www-form-urlencoded posts the way an HTML form sends them.
 */
export class Client {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly options: { origin?: string | null } = {},
  ) {}

  get origin(): string | null {
    return this.options.origin === undefined ? new URL(this.baseUrl).origin : this.options.origin;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(method: string, path: string, init: { form?: FormFields; body?: string; headers?: Record<string, string> } = {}): Promise<HttpResult> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size > 0) headers.cookie ??= this.cookieHeader();
    if (this.origin && method !== "GET" && method !== "HEAD") headers.origin ??= this.origin;
    let body = init.body;
    if (init.form) {
      body = new URLSearchParams(Object.entries(init.form).map(([k, v]) => [k, String(v)])).toString();
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body, redirect: "manual" });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) this.storeCookie(line);
    return { status: response.status, headers: response.headers, body: await response.text(), location: response.headers.get("location"), setCookies };
  }

  private storeCookie(line: string): void {
    const [pair, ...attributes] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a) || /^\s*expires\s*=\s*thu, 01 jan 1970/i.test(a));
    if (expired || value === "") this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  get(path: string, headers?: Record<string, string>): Promise<HttpResult> {
    return this.request("GET", path, { headers });
  }

  post(path: string, form: FormFields, headers?: Record<string, string>): Promise<HttpResult> {
    return this.request("POST", path, { form, headers });
  }

  /** Logs in through the real form; fails the test unless the server answers with a redirect and a session cookie. */
  async login(email: string, password = DEMO_PASSWORD, redirectTo = "/"): Promise<HttpResult> {
    const result = await this.post("/login", { email, password, redirectTo });
    expect(result.status, `inloggen als ${email}: ${result.body.slice(0, 300)}`).toBe(302);
    expect(this.cookies.has("modelwerk_session"), `sessiecookie na inloggen als ${email}`).toBe(true);
    return result;
  }
}

/** Logs in a fresh client. */
export async function loggedIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Client> {
  const client = new Client(baseUrl);
  await client.login(email, password);
  return client;
}

/**
 * A form post from another client address on this machine (Linux answers on all of 127.0.0.0/8), to test what is
 * counted per address. fetch cannot choose its source address, so this one uses node:http.
 */
export function postFrom(localAddress: string, url: string, form: FormFields): Promise<{ status: number; body: string; setCookies: string[] }> {
  const body = new URLSearchParams(Object.entries(form).map(([k, v]) => [k, String(v)])).toString();
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          origin: target.origin,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => {
          const cookies = res.headers["set-cookie"] ?? [];
          resolve({ status: res.statusCode ?? 0, body: text, setCookies: cookies });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The text of an HTML fragment without tags, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]+>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The visible content of the page: what is inside <main>. */
export function mainText(html: string): string {
  const match = /<main\b[^>]*>([\s\S]*?)<\/main>/i.exec(html);
  return match ? textOf(match[1]) : "";
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1]) : undefined;
}

export interface Field {
  tag: string;
  /** The value attribute of an input, or the selected option of a select. */
  value: string | undefined;
  invalid: boolean;
  /** The texts of the elements the field's aria-describedby points at (descriptions and error messages). */
  described: string[];
  /** The text of the error message the field points at, if any. */
  error: string | undefined;
}

/** The form field with this name, with the messages that screen readers and sighted users see beside it. */
export function field(html: string, name: string): Field {
  const tagMatch = new RegExp(`<(input|select|textarea)\\b[^>]*\\sname="${escapeRegExp(name)}"[^>]*>`, "i").exec(html);
  if (!tagMatch) throw new Error(`Geen veld met name="${name}" in de pagina`);
  const tag = tagMatch[0];
  let value = attribute(tag, "value");
  if (tagMatch[1].toLowerCase() === "select") {
    const end = html.indexOf("</select>", tagMatch.index);
    const options = html.slice(tagMatch.index, end);
    const selected = /<option\b[^>]*\svalue="([^"]*)"[^>]*\sselected=""[^>]*>/i.exec(options) ?? /<option\b[^>]*\sselected=""[^>]*\svalue="([^"]*)"/i.exec(options);
    value = selected ? decodeEntities(selected[1]) : undefined;
  }
  const ids = (attribute(tag, "aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  const described: string[] = [];
  let error: string | undefined;
  for (const id of ids) {
    const element = new RegExp(`<(\\w+)\\b([^>]*)\\sid="${escapeRegExp(id)}"([^>]*)>([\\s\\S]*?)</\\1>`).exec(html);
    if (!element) continue;
    const text = textOf(element[4]);
    described.push(text);
    if (/error-message/.test(element[0].slice(0, element[0].indexOf(">")))) error = text;
  }
  return { tag, value, invalid: attribute(tag, "aria-invalid") === "true", described, error };
}

/** The link shown once after an invitation or reset. */
export function accountLink(html: string): string | undefined {
  const match = /data-testid="account-link"[^>]*>([^<]+)</.exec(html);
  return match ? decodeEntities(match[1]).trim() : undefined;
}

/** Text that would betray internals: stack frames, file paths, error class names from Node. */
export const STACK_TRACE = /\n\s+at |\bat (?:async )?[\w$.<>]+ \(|node_modules|\/work\/|file:\/\/|\.ts:\d+|\.js:\d+:\d+|TypeError|ReferenceError|SyntaxError|URIError/;

/**
 * A WebSocket handshake on a raw socket; resolves with the status the server answered with
 * (101 if it upgraded, otherwise the HTTP status written before closing).
 */
export function upgradeStatus(baseUrl: string, path: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        ...headers,
      },
    });
    req.on("upgrade", (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 101);
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.setTimeout(10_000, () => req.destroy(new Error("Geen antwoord op de upgrade")));
    req.end();
  });
}
