// A stand-in for collab-process.ts in sync-process-supervisor.test.ts, in plain JavaScript so that it runs without tsx.
// It becomes ready once the file FAKE_SYNC_READY_FILE exists; it answers a handed-over upgrade with 204, and a replace
// of model 1 with success, of model 2 with an error, and of any other model by crashing.
import { existsSync } from "node:fs";

process.on("message", (message, socket) => {
  if (message?.type === "upgrade") socket.end("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
  else if (message?.type === "replaceText" && message.modelId === 1) process.send({ type: "replaced", id: message.id });
  else if (message?.type === "replaceText" && message.modelId === 2) process.send({ type: "replaced", id: message.id, error: "Model 2 is kapot." });
  else if (message?.type === "replaceText") process.exit(3);
  else if (message?.type === "stop") process.exit(0);
});
process.on("disconnect", () => process.exit(0));
const ready = setInterval(() => {
  if (!existsSync(process.env.FAKE_SYNC_READY_FILE)) return;
  clearInterval(ready);
  process.send({ type: "ready" });
}, 10);
