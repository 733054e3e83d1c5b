import { ApiProperty } from '@nestjs/swagger';

import { Role } from '../role';

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'seconds' }) expiresIn!: number;
  @ApiProperty({ description: 'true: only TOTP enrolment is allowed with this token' })
  totpEnrolmentRequired!: boolean;
}

export class MeResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() agencyId!: string;
  @ApiProperty({ enum: Role, isArray: true }) roles!: Role[];
  @ApiProperty({ isArray: true, type: String }) permissions!: string[];
  @ApiProperty() isTotpEnabled!: boolean;
  @ApiProperty() totpEnrolmentRequired!: boolean;
}

export class TotpEnrolmentResponseDto {
  @ApiProperty({ description: 'base32 secret to type into the authenticator app' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI (for a QR code)' }) otpauthUri!: string;
}
