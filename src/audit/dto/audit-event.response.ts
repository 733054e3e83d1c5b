import { ApiProperty } from '@nestjs/swagger';

export class AuditEventResponse {
  @ApiProperty({ description: 'Position in the trail (bigint as a string)', example: '1042' })
  seq!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  actorId!: string | null;

  @ApiProperty({ example: 'agency.create' })
  action!: string;

  @ApiProperty({ example: 'agency' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  agencyId!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: Record<string, unknown>;
}
