/**
 * How the chain was found broken. 'unsealed' is not decided here: the verifier reports a valid
 * row still without a link after sealing, older than the sealing window (AuditVerifier).
 */
export type ChainBreakReason =
  'altered' | 'deleted' | 'inserted' | 'reordered' | 'broken_link' | 'unsealed';

/** Where, relative to the broken row, lies the row whose hash the broken row names as previous. */
export type LinkTarget = 'none' | 'earlier' | 'later';

/** What the verifier observed at the first row that does not fit the chain. */
export interface ChainBreakFacts {
  /** HMAC(prevHash, payload) of the row equals its stored hash. */
  sealValid: boolean;
  /** The row's prevHash equals the hash of the row before it (or genesis). */
  linked: boolean;
  /** The next row names the row before this one as its predecessor: the chain goes around it. */
  nextSkipsRow: boolean;
  /** Only asked when the seal is valid and the link is not. */
  linkTarget: LinkTarget;
  /** Another, earlier row carries the same hash: this row is a copy. */
  duplicateOfEarlier: boolean;
}

/**
 * Names the tampering from the first broken row (A.5.2). Without the key a forger cannot seal a
 * row, so an invalid seal is a changed row — or a forged one when the chain goes around it. A
 * valid seal with a wrong link is a genuine row out of place: its predecessor is missing
 * (deleted), comes later (reordered), or it is a copy of an earlier row (inserted). A genuine row
 * naming an earlier, non-adjacent row is a fork (broken_link): two links appended without the
 * sealer lock.
 * A forged or altered last row cannot be told apart (both are 'altered').
 */
export function classifyChainBreak(facts: ChainBreakFacts): Exclude<ChainBreakReason, 'unsealed'> {
  if (!facts.sealValid) return facts.nextSkipsRow ? 'inserted' : 'altered';
  if (facts.duplicateOfEarlier) return 'inserted';
  switch (facts.linkTarget) {
    case 'none':
      return 'deleted';
    case 'later':
      return 'reordered';
    case 'earlier':
      return 'broken_link';
  }
}
