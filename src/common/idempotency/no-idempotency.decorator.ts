import { SetMetadata } from '@nestjs/common';

export const NO_IDEMPOTENCY_KEY = 'kntc:no-idempotency';

/**
 * Routes whose replies must never be stored (login, TOTP enrolment: secrets): the
 * Idempotency-Key header is ignored there.
 */
export const NoIdempotency = () => SetMetadata(NO_IDEMPOTENCY_KEY, true);
