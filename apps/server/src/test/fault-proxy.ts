// A TCP proxy for fault tests: sits between the app and PostgreSQL and can make the database "go
// away" on demand. `cut()` destroys every live connection (as a database restart or a dropped
// link would) and then either refuses new ones (reset at once) or black-holes them (accepts and
// never answers, as a partitioned network does); `restore()` forwards normally again.
import net from 'node:net';

export type CutMode = 'refuse' | 'blackhole';

export interface FaultProxy {
  /** Port on 127.0.0.1 the app connects to instead of the database's. */
  port: number;
  /** Rewrites a postgres:// URL so that it goes through the proxy. */
  urlThrough(databaseUrl: string): string;
  cut(mode?: CutMode): void;
  restore(): void;
  /** Connections accepted so far (forwarded or not). */
  readonly accepted: number;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const live = new Set<net.Socket>();
  let mode: CutMode | null = null;
  let accepted = 0;

  const track = (socket: net.Socket) => {
    live.add(socket);
    socket.on('close', () => live.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const server = net.createServer((client) => {
    accepted++;
    track(client);
    if (mode === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    if (mode === 'blackhole') {
      client.pause(); // hold it open and say nothing; destroyed on restore() or close()
      return;
    }
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const destroyBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', destroyBoth);
    upstream.on('close', destroyBoth);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  const dropAll = () => {
    for (const socket of live) {
      try {
        socket.resetAndDestroy(); // an RST, as from a restarted server
      } catch {
        socket.destroy(); // not connected yet
      }
    }
    live.clear();
  };

  return {
    port,
    get accepted() {
      return accepted;
    },
    urlThrough(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    cut(cutMode = 'refuse') {
      mode = cutMode;
      dropAll();
    },
    restore() {
      mode = null;
      dropAll(); // black-holed sockets were never forwarded: let their owners give up now
    },
    async close() {
      mode = 'refuse';
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
