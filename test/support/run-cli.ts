/**
 * Runs a `sportsdata` command in this process and captures its output. The CLI is imported at the first call, so a
 * test can set DATABASE_URL or provider URLs in `beforeAll` before the configuration is read.
 */
import { PassThrough } from 'node:stream';

export async function runCliCaptured(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runCli } = await import('../../src/cli/main.js');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => { out += d.toString(); });
  stderr.on('data', (d: Buffer) => { err += d.toString(); });
  const code = await runCli(args, { stdout: stdout as unknown as typeof process.stdout, stderr: stderr as unknown as typeof process.stderr, stdin: process.stdin });
  return { code, stdout: out, stderr: err };
}
