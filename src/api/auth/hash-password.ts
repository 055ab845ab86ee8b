/** Password hashing with argon2id (OWASP's first choice); parameters are stored in the hash, so they can be raised later. */
import { hash, verify } from '@node-rs/argon2';

// OWASP 2023 minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (an ambient const enum isolatedModules cannot read) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The password rule lives in password-rule.ts; re-exported for callers that import it from here. */
export { MIN_PASSWORD_LENGTH } from './password-rule.js';

/** Hashes a password as an argon2id PHC string. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when the password matches the stored hash; a malformed hash is a mismatch, never a throw. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random string: verifying against it when the email is unknown keeps the timing of a wrong
// email the same as a wrong password, so login does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
