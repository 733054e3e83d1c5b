import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { AttachmentKind } from '../domain/attachment-rules';

export interface AttachmentMeta {
  id: string;
  petitionId: string;
  kind: AttachmentKind;
  redactsId: string | null;
  fileNameSealed: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

export interface NewAttachment extends Omit<AttachmentMeta, 'createdAt'> {
  contentSealed: Buffer;
  uploadedBy: string;
}

const META = `id, petition_id AS "petitionId", kind, redacts_id AS "redactsId",
  file_name_sealed AS "fileNameSealed", media_type AS "mediaType", size_bytes AS "sizeBytes",
  sha256, created_at AS "createdAt"`;

/** Every query on petition_attachment; lists never read the content. */
@Injectable()
export class PetitionAttachmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, a: NewAttachment): Promise<AttachmentMeta> {
    const rows = await manager.query<AttachmentMeta[]>(
      `INSERT INTO petition_attachment (id, petition_id, kind, redacts_id, file_name_sealed,
         media_type, size_bytes, sha256, content_sealed, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${META}`,
      [
        a.id,
        a.petitionId,
        a.kind,
        a.redactsId,
        a.fileNameSealed,
        a.mediaType,
        a.sizeBytes,
        a.sha256,
        a.contentSealed,
        a.uploadedBy,
      ],
    );
    return rows[0]!;
  }

  async count(manager: EntityManager, petitionId: string): Promise<number> {
    const rows = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM petition_attachment WHERE petition_id = $1`,
      [petitionId],
    );
    return rows[0]?.n ?? 0;
  }

  list(petitionId: string): Promise<AttachmentMeta[]> {
    return this.dataSource.query<AttachmentMeta[]>(
      `SELECT ${META} FROM petition_attachment WHERE petition_id = $1 ORDER BY created_at, id`,
      [petitionId],
    );
  }

  async find(manager: EntityManager, petitionId: string, id: string) {
    const rows = await manager.query<AttachmentMeta[]>(
      `SELECT ${META} FROM petition_attachment WHERE petition_id = $1 AND id = $2`,
      [petitionId, id],
    );
    return rows[0] ?? null;
  }

  async redactedCopyOf(manager: EntityManager, originalId: string) {
    const rows = await manager.query<AttachmentMeta[]>(
      `SELECT ${META} FROM petition_attachment WHERE redacts_id = $1`,
      [originalId],
    );
    return rows[0] ?? null;
  }

  async content(manager: EntityManager, id: string): Promise<Buffer> {
    const rows = await manager.query<{ content_sealed: Buffer }[]>(
      `SELECT content_sealed FROM petition_attachment WHERE id = $1`,
      [id],
    );
    return rows[0]!.content_sealed;
  }
}
