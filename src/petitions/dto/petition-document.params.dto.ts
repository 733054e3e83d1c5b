import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';

import { PetitionDocumentKind } from '../documents/petition-document-kind';

export class PetitionDocumentParamsDto {
  @ApiProperty()
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: PetitionDocumentKind })
  @IsEnum(PetitionDocumentKind)
  kind!: PetitionDocumentKind;
}
