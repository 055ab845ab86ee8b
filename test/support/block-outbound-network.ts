/**
 * Tests talk to 127.0.0.1 only: any socket to another host fails loudly, so a provider test can never reach the
 * real service by accident.
 */
import net from 'node:net';

const loopback = (host: string | undefined): boolean =>
  host === undefined || host === 'localhost' || host === '::1' || host.startsWith('127.') || host === '[::1]';

const originalConnect = net.Socket.prototype.connect;
type ConnectArgs = Parameters<typeof originalConnect>;

net.Socket.prototype.connect = function patchedConnect(this: net.Socket, ...args: unknown[]) {
  const first = args[0];
  let host: string | undefined;
  let path: string | undefined;
  if (Array.isArray(first)) {
    // Internal call shape: [options, callback].
    const options = first[0] as { host?: string; path?: string } | undefined;
    host = options?.host;
    path = options?.path;
  } else if (typeof first === 'object' && first !== null) {
    host = (first as { host?: string }).host;
    path = (first as { path?: string }).path;
  } else if (typeof first === 'number') {
    host = typeof args[1] === 'string' ? args[1] : undefined;
  } else if (typeof first === 'string') {
    path = first;
  }
  if (path === undefined && !loopback(host)) {
    throw new Error(`test tried to reach ${host}: outbound network is blocked in tests (127.0.0.1 only)`);
  }
  return originalConnect.apply(this, args as unknown as ConnectArgs);
} as typeof originalConnect;
