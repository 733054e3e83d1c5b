import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';

import { ComplaintDocumentKind } from '../complaint-document-kind';

export class ComplaintDocumentParamsDto {
  @ApiProperty() @IsUUID() id!: string;

  @ApiProperty({ enum: ComplaintDocumentKind })
  @IsEnum(ComplaintDocumentKind)
  kind!: ComplaintDocumentKind;
}
