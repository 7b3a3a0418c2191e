// argon2id password hashing with the library's recommended parameters (64 MiB, t=3, p=4).
import argon2 from 'argon2';

export const hashPassword = (plain: string) => argon2.hash(plain, { type: argon2.argon2id });

export async function verifyPassword(hash: string, plain: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, plain);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Spend the same time on unknown logins as on known ones, so timing does not reveal accounts. */
export async function burnPasswordCheck(plain: string): Promise<void> {
  dummy ??= hashPassword('lantoa-dummy-password');
  await verifyPassword(await dummy, plain);
}
