// Runs before the tests: the browser tests must fail loudly, never skip, when Chromium is missing.
import { accessSync, constants } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(`Chromium ontbreekt op ${chromium}. De browsertests hebben het nodig.
Installeer het met:   sudo apt-get install chromium
of wijs een andere Chromium aan met CHROMIUM_PATH=/pad/naar/chromium.`);
  process.exit(1);
}
