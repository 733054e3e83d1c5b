import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';

import { VisitDocumentKind } from '../documents/visit-document-kind';

export class VisitDocumentParamsDto {
  @ApiProperty()
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: VisitDocumentKind })
  @IsEnum(VisitDocumentKind)
  kind!: VisitDocumentKind;
}
