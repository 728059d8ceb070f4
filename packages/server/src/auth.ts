import { createHmac, randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;
const PARAMS = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/// `scrypt$N$r$p$salt$hash`, salt and hash in base64url.
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMS);
  return [
    "scrypt",
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString("base64url"),
    key.toString("base64url"),
  ].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split("$");
  if (kind !== "scrypt" || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password, Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/// Stateless sessions: `userId.expiry.signature`, signed with the server's secret, so any instance
/// behind a load balancer can check them.
export function signSession(secret: string, userId: string, expires: number): string {
  const payload = `${Buffer.from(userId).toString("base64url")}.${expires.toString(36)}`;
  return `${payload}.${mac(secret, `session:${payload}`)}`;
}

export function readSession(
  secret: string,
  token: string | undefined,
  now: number,
): string | undefined {
  if (token === undefined) return undefined;
  const parts = token.split(".");
  if (parts.length !== 3) return undefined;
  const [user, expiry, signature] = parts as [string, string, string];
  if (!same(signature, mac(secret, `session:${user}.${expiry}`))) return undefined;
  if (parseInt(expiry, 36) < now) return undefined;
  return Buffer.from(user, "base64url").toString();
}

/// The CSRF token of a session: sent as a readable cookie and echoed in `X-CSRF-Token`.
export function csrfToken(secret: string, session: string): string {
  return mac(secret, `csrf:${session}`);
}

export function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function mac(secret: string, text: string): string {
  return createHmac("sha256", secret).update(text).digest("base64url");
}

/// Failed logins allowed per name and address within the window.
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  constructor(max = 10, windowMs = 15 * 60_000) {
    this.max = max;
    this.windowMs = windowMs;
  }
  blocked(key: string, now: number): boolean {
    const recent = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(key, recent);
    return recent.length >= this.max;
  }
  fail(key: string, now: number): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }
  succeed(key: string): void {
    this.failures.delete(key);
  }
}
