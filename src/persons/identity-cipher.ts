import { Injectable } from '@nestjs/common';

import { deriveKey, open, seal } from '../common/crypto/secret-box';
import { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/env.validation';
import { idNumberBlindIndex } from './domain/blind-index';
import { type PersonIdentity, parseIdentity, serialiseIdentity } from './domain/person-identity';

/** The version new rows are sealed with. Rotation: docs/security.md. */
export const IDENTITY_KEY_VERSION = 1;

interface IdentityKeys {
  /** AES-256-GCM key of the sealed blobs. */
  box: Buffer;
  /** HMAC key of the ID-number blind index: a separate key, so one never helps attack the other. */
  index: Buffer;
}

function keysOf(master: string): IdentityKeys {
  return {
    box: deriveKey(master, 'person-identity/aes-256-gcm'),
    index: deriveKey(master, 'person-identity/blind-index'),
  };
}

export interface SealedIdentity {
  identitySealed: string;
  idNumberHash: string | null;
  keyVersion: number;
}

/** Seals and opens identities with keys derived from IDENTITY_KEY (never stored in the database). */
@Injectable()
export class IdentityCipher {
  private readonly keyring: ReadonlyMap<number, IdentityKeys>;

  constructor(config: AppConfig) {
    if (!config.identityKey) {
      throw new ConfigError(['IDENTITY_KEY (bắt buộc cho kho thông tin nhân thân)']);
    }
    this.keyring = new Map([[IDENTITY_KEY_VERSION, keysOf(config.identityKey)]]);
  }

  seal(personId: string, identity: PersonIdentity): SealedIdentity {
    const keys = this.keysFor(IDENTITY_KEY_VERSION);
    return {
      identitySealed: seal(keys.box, serialiseIdentity(personId, identity)),
      idNumberHash:
        identity.idNumber === null ? null : idNumberBlindIndex(keys.index, identity.idNumber),
      keyVersion: IDENTITY_KEY_VERSION,
    };
  }

  /** Throws when the blob was altered, sealed with another key, or belongs to another person. */
  open(personId: string, sealed: string, keyVersion: number): PersonIdentity {
    return parseIdentity(personId, open(this.keysFor(keyVersion).box, sealed));
  }

  /** The blind index of a number under every key in the ring (during a rotation, old rows too). */
  indexesOf(idNumber: string): string[] {
    return [...this.keyring.values()].map((keys) => idNumberBlindIndex(keys.index, idNumber));
  }

  private keysFor(version: number): IdentityKeys {
    const keys = this.keyring.get(version);
    if (!keys) throw new Error(`Identity key version ${version} is not configured`);
    return keys;
  }
}
