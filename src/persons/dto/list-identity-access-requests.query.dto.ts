import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';

import { PageQueryDto } from '../../common/http/page-query.dto';
import { AccessRequestStatus } from '../domain/access-request-status';

/** `GET /identity-access-requests?status=requested`: newest first, in the leader's scope. */
export class ListIdentityAccessRequestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AccessRequestStatus })
  @IsOptional()
  @IsEnum(AccessRequestStatus)
  status?: AccessRequestStatus;
}
