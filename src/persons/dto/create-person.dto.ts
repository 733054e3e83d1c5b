import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

import { IsLocalDate } from '../../common/http/is-local-date.decorator';
import { IdType, PersonKind } from '../domain/person-enums';
import { IsIdNumber } from './is-id-number.decorator';

/** Vietnamese phone numbers, loosely: 0 or +84, then 8–10 digits, spaces, dots or hyphens between. */
export const VN_PHONE = /^(\+84|0)[ .-]?[1-9](?:[ .-]?\d){7,9}$/;

/**
 * The identity fields a desk takes down (DOMAIN.md §2.2). Other modules embed this DTO for the
 * persons of a visit or petition (`@ValidateNested() @Type(() => PersonIdentityInputDto)`).
 */
export class PersonIdentityInputDto {
  @ApiProperty({ example: 'Nguyễn Văn An', description: 'Họ tên, hoặc tên tổ chức' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fullName!: string;

  @ApiPropertyOptional({ enum: IdType, description: 'Required with idNumber' })
  @ValidateIf((o: PersonIdentityInputDto) => o.idType !== undefined || o.idNumber !== undefined)
  @IsEnum(IdType)
  idType?: IdType;

  @ApiPropertyOptional({
    example: '001089001234',
    description: 'CCCD: 12 digits; CMND: 9 or 12; passport: 6–9 letters/digits; tax code: 10 (-3)',
  })
  @ValidateIf((o: PersonIdentityInputDto) => o.idType !== undefined || o.idNumber !== undefined)
  @IsString()
  @MaxLength(32)
  @IsIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '2021-04-01' })
  @IsOptional()
  @IsLocalDate()
  idIssuedOn?: string;

  @ApiPropertyOptional({ example: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  idIssuedPlace?: string;

  @ApiPropertyOptional({ example: '1989-02-03', description: 'Not after today' })
  @IsOptional()
  @IsLocalDate()
  dateOfBirth?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ example: '0912 345 678' })
  @IsOptional()
  @IsString()
  @Matches(VN_PHONE)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** `POST /persons`: register a citizen or an organisation at the desk. */
export class CreatePersonDto extends PersonIdentityInputDto {
  @ApiProperty({ enum: PersonKind })
  @IsEnum(PersonKind)
  kind!: PersonKind;
}
