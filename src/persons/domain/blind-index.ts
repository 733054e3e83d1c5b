import { createHmac } from 'node:crypto';

import { normaliseIdNumber } from './identity-number';

/**
 * The blind index of an ID number (research A.5.1): HMAC-SHA256, keyed with a key held outside the
 * database, of the NORMALISED number, in hex. Equal numbers however written give equal indexes, so
 * an exact-match search needs no decryption; without the key the index reveals nothing, not even
 * to a dictionary attack over the (small) space of 12-digit numbers.
 */
export function idNumberBlindIndex(key: Buffer, idNumber: string): string {
  return createHmac('sha256', key).update(normaliseIdNumber(idNumber), 'utf8').digest('hex');
}
