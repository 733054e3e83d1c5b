import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id at the OWASP minimum (m = 19 MiB, t = 2, p = 1): ~28 ms per verify here. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Same work as a real verify, for unknown usernames (same answer, same timing). */
  async verifyDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('kntc-dummy-password-for-timing');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
