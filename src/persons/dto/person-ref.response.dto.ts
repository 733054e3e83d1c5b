import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IdType, PersonKind } from '../domain/person-enums';

/** A decrypted identity: only in responses to viewers the vault allowed, each read audited. */
export class PersonIdentityDto {
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: IdType, nullable: true }) idType!: IdType | null;
  @ApiProperty({ nullable: true }) idNumber!: string | null;
  @ApiProperty({ nullable: true, example: '2021-04-01' }) idIssuedOn!: string | null;
  @ApiProperty({ nullable: true }) idIssuedPlace!: string | null;
  @ApiProperty({ nullable: true, example: '1989-02-03' }) dateOfBirth!: string | null;
  @ApiProperty({ nullable: true }) address!: string | null;
  @ApiProperty({ nullable: true }) phone!: string | null;
  @ApiProperty({ nullable: true }) email!: string | null;
}

/** A person as every response shows it: the pseudonym, and the identity only where allowed. */
export class PersonRefDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CD-2026-000123' }) pseudonym!: string;
  @ApiProperty({ enum: PersonKind }) kind!: PersonKind;
  @ApiPropertyOptional({
    type: PersonIdentityDto,
    description: 'Absent unless the viewer may read it',
  })
  identity?: PersonIdentityDto;
}

export class PersonSearchResponseDto {
  @ApiProperty({ type: PersonRefDto, isArray: true }) items!: PersonRefDto[];
}
