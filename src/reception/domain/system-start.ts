/**
 * The first local day (Asia/Ho_Chi_Minh) a visit may be dated. No reception book kept on this
 * system goes back further, so an earlier date — 1900 from an empty date picker, 0202 for 2020 —
 * is an input error, not a visit to number in that year's book (400 naming `receivedAt`). Not a
 * legal date: a bound on plausible input; a future import of older paper books would need its own.
 */
export const RECEPTION_SYSTEM_START = '2000-01-01';
