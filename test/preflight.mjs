// Runs before the tests: the browser tests and the document checks must fail loudly, never skip, when a tool is missing.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(`Chromium ontbreekt op ${chromium}. De browsertests hebben het nodig.
Installeer het met:   sudo apt-get install chromium
of wijs een andere Chromium aan met CHROMIUM_PATH=/pad/naar/chromium.`);
  process.exit(1);
}

// The Word documents are checked by converting them with LibreOffice, reading them back with pandoc, and reading the
// PDF's pages with pdftotext (poppler-utils).
const onPath = (command) =>
  (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const missing = ["soffice", "pandoc", "pdftotext"].filter((command) => !onPath(command));
if (missing.length > 0) {
  console.error(`${missing.join(" en ")} ${missing.length > 1 ? "ontbreken" : "ontbreekt"}. De controles van de Word-documenten hebben LibreOffice, pandoc en pdftotext nodig.
Installeer ze met:   sudo apt-get install libreoffice-writer-nogui pandoc poppler-utils`);
  process.exit(1);
}

// The STOP XML is validated against its XSD with xmllint (libxml2-utils).
if (!onPath("xmllint")) {
  console.error(`xmllint ontbreekt. De controle van de STOP-XML tegen het XSD heeft het nodig.
Installeer het met:   sudo apt-get install libxml2-utils`);
  process.exit(1);
}
