import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import {
  IDENTITY_GRANT_DAYS,
  MAX_IDENTITY_GRANT_DAYS,
  MIN_IDENTITY_GRANT_DAYS,
} from '../domain/access-request-status';
import { DecideIdentityAccessRequestDto } from './decide-identity-access-request.dto';

/** `POST /identity-access-requests/:id/approve`: the leader may grant fewer days than the default. */
export class ApproveIdentityAccessRequestDto extends DecideIdentityAccessRequestDto {
  @ApiPropertyOptional({
    minimum: MIN_IDENTITY_GRANT_DAYS,
    maximum: MAX_IDENTITY_GRANT_DAYS,
    default: IDENTITY_GRANT_DAYS,
    description: 'How many days (× 24 h from the approval) the investigator may read the identity',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_IDENTITY_GRANT_DAYS)
  @Max(MAX_IDENTITY_GRANT_DAYS)
  days?: number;
}
