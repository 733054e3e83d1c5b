import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsUUID } from 'class-validator';

import { DenunciationDocumentKind } from '../denunciation-document-kind';

export class DenunciationDocumentParamsDto {
  @ApiProperty() @IsUUID() id!: string;

  @ApiProperty({ enum: DenunciationDocumentKind })
  @IsEnum(DenunciationDocumentKind)
  kind!: DenunciationDocumentKind;
}
