import { ApiProperty } from '@nestjs/swagger';

import { Role } from '../../auth/role';

export class OfficerResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty() isDisabled!: boolean;
  @ApiProperty() isTotpEnabled!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}
