import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface EntryAttachmentMeta {
  id: string;
  progressId: string;
  fileNameSealed: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

export interface NewEntryAttachment extends Omit<EntryAttachmentMeta, 'createdAt'> {
  contentSealed: Buffer;
}

const META = `id, progress_id AS "progressId", file_name_sealed AS "fileNameSealed",
  media_type AS "mediaType", size_bytes AS "sizeBytes", sha256, uploaded_by AS "uploadedBy",
  created_at AS "createdAt"`;

/** Every query on enforcement_attachment; lists never read the content. */
@Injectable()
export class EnforcementAttachmentsRepository {
  /** The entry's agency (via item and decision); `lock` holds the entry row until commit. */
  async entry(
    manager: EntityManager,
    progressId: string,
    lock = false,
  ): Promise<{ id: string; agencyId: string } | null> {
    const rows = await manager.query<{ id: string; agencyId: string }[]>(
      `SELECT p.id, d.agency_id AS "agencyId"
         FROM enforcement_progress p
         JOIN enforcement_item i ON i.id = p.item_id
         JOIN enforcement_decision d ON d.id = i.enforcement_decision_id
        WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [progressId],
    );
    return rows[0] ?? null;
  }

  async insert(manager: EntityManager, a: NewEntryAttachment): Promise<EntryAttachmentMeta> {
    const rows = await manager.query<EntryAttachmentMeta[]>(
      `INSERT INTO enforcement_attachment (id, progress_id, file_name_sealed, media_type,
         size_bytes, sha256, content_sealed, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${META}`,
      [
        a.id,
        a.progressId,
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

  async count(manager: EntityManager, progressId: string): Promise<number> {
    const rows = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM enforcement_attachment WHERE progress_id = $1`,
      [progressId],
    );
    return rows[0]?.n ?? 0;
  }

  list(manager: EntityManager, progressId: string): Promise<EntryAttachmentMeta[]> {
    return manager.query<EntryAttachmentMeta[]>(
      `SELECT ${META} FROM enforcement_attachment WHERE progress_id = $1 ORDER BY created_at, id`,
      [progressId],
    );
  }

  /** The file's metadata and sealed content, or null. */
  async withContent(manager: EntityManager, progressId: string, id: string) {
    const rows = await manager.query<(EntryAttachmentMeta & { contentSealed: Buffer })[]>(
      `SELECT ${META}, content_sealed AS "contentSealed" FROM enforcement_attachment
        WHERE progress_id = $1 AND id = $2`,
      [progressId, id],
    );
    return rows[0] ?? null;
  }
}
