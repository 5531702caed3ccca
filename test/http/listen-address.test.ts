import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../support/server";

const servers: TestServer[] = [];

/** Whether a TCP connection to this address and port is accepted. 127.0.0.2 is loopback too, but not 127.0.0.1. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

afterAll(async () => {
  for (const server of servers) await server.close();
});

describe("where the server listens", () => {
  it("with demo accounts, on 127.0.0.1 only", async () => {
    const server = await startServer();
    servers.push(server);
    expect(await accepts("127.0.0.1", server.port)).toBe(true);
    expect(await accepts("127.0.0.2", server.port)).toBe(false);
  });

  it("refuses HOST on another address while the demo password works, and says what to do", async () => {
    await expect(startServer({ env: { HOST: "0.0.0.0" } })).rejects.toThrow(/Modelwerk start niet op HOST=0\.0\.0\.0[\s\S]*MODELWERK_DEMO=0/);
  });

  it("without demo data, on every interface as before, and HOST is honoured", async () => {
    const everywhere = await startServer({ env: { MODELWERK_DEMO: "0" } });
    servers.push(everywhere);
    expect(await accepts("127.0.0.2", everywhere.port)).toBe(true);
    const onHost = await startServer({ env: { MODELWERK_DEMO: "0", HOST: "0.0.0.0" } });
    servers.push(onHost);
    expect(await accepts("127.0.0.2", onHost.port)).toBe(true);
  });
});
