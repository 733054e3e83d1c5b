import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { MAX_ATTACHMENT_BYTES } from '../domain/attachment-limits';
import { ATTACHMENT_MEDIA_TYPE_LIST, type AttachmentMediaType } from '../domain/attachment-rules';

/** Base64 characters of the largest file (4 per 3 bytes, padded). */
export const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** JSON body of the upload route, above the global body limit: base64 plus a little JSON. */
export const ATTACHMENT_BODY_LIMIT = MAX_BASE64_LENGTH + 64 * 1024;

/**
 * `POST /petitions/:id/attachments` (and a redacted copy): one file as base64 in JSON, so that
 * validation, sanitising and the Idempotency-Key hash cover it like any body.
 */
export class UploadAttachmentDto {
  @ApiProperty({ example: 'don-khieu-nai.pdf' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  fileName!: string;

  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPE_LIST })
  @IsIn(ATTACHMENT_MEDIA_TYPE_LIST)
  mediaType!: AttachmentMediaType;

  @ApiProperty({ description: `Base64, at most ${MAX_ATTACHMENT_BYTES} bytes decoded` })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_BASE64_LENGTH)
  contentBase64!: string;
}

export class AttachmentResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() petitionId!: string;
  @ApiProperty({ enum: ['original', 'redacted_copy'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) redactsId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'In lists only (a name may identify the sender); never in a POST reply',
  })
  fileName?: string | null;

  @ApiProperty() mediaType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256!: string;
  @ApiProperty() createdAt!: string;
}
