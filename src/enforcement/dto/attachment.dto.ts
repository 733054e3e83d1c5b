import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { FILE_MEDIA_TYPE_LIST, type FileMediaType } from '../../common/files/file-rules';
import { MAX_ENFORCEMENT_ATTACHMENT_BYTES } from '../attachments/enforcement-attachment-rules';

/** Base64 characters of the largest file, plus room for JSON: the route's body limit. */
export const ENTRY_ATTACHMENT_BODY_LIMIT =
  Math.ceil(MAX_ENFORCEMENT_ATTACHMENT_BYTES / 3) * 4 + 64 * 1024;

/**
 * `POST /enforcement/progress/:entryId/attachments`: one file as base64 in JSON. Its size is
 * checked once decoded (413 on `contentBase64`), its type by its first bytes (400 on `mediaType`).
 */
export class UploadEntryAttachmentDto {
  @ApiProperty({ example: 'bien-lai-thu-tien.pdf' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName!: string;

  @ApiProperty({ enum: FILE_MEDIA_TYPE_LIST })
  @IsIn(FILE_MEDIA_TYPE_LIST)
  mediaType!: FileMediaType;

  @ApiProperty({ description: `Base64, at most ${MAX_ENFORCEMENT_ATTACHMENT_BYTES} bytes decoded` })
  @IsString()
  contentBase64!: string;
}
