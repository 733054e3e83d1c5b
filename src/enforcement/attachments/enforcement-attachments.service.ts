import { createHash, randomUUID } from 'node:crypto';

import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import type { ActionContext } from '../../auth/action-context';
import type { AuthenticatedOfficer } from '../../auth/authenticated-officer';
import { notFound } from '../../common/errors/common-errors';
import { FILE_EXTENSION, type FileMediaType } from '../../common/files/file-rules';
import { enforcementMessagesVi } from '../../common/i18n/enforcement-messages.vi';
import { runInTransaction } from '../../database/transaction';
import { AccessScopeService } from '../../scope/access-scope.service';
import type { UploadEntryAttachmentDto } from '../dto/attachment.dto';
import { enforcementAppErrors } from '../enforcement-app-errors';
import { EnforcementAttachmentCipher } from './enforcement-attachment-cipher';
import { decodeAttachment, MAX_ATTACHMENTS_PER_ENTRY } from './enforcement-attachment-rules';
import {
  EnforcementAttachmentsRepository,
  type EntryAttachmentMeta,
} from './enforcement-attachments.repository';

const m = enforcementMessagesVi.attachment;

function toResponse(a: EntryAttachmentMeta, fileName?: string) {
  return {
    id: a.id,
    progressId: a.progressId,
    ...(fileName === undefined ? {} : { fileName }),
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy,
    createdAt: new Date(a.createdAt).toISOString(),
  };
}

const actorOf = (ctx: ActionContext): AuthenticatedOfficer => {
  if (!ctx.actor) throw new Error('Files are handled by an officer');
  return ctx.actor;
};

/**
 * Files of progress entries (receipts, payment vouchers), sealed in the database with a SHA-256
 * of the plain file, like petition files. Entries of agencies outside the caller's scope are 404.
 * Uploads and downloads are audited (`enforcement.attachment.upload` / `.read`).
 */
@Injectable()
export class EnforcementAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attachments: EnforcementAttachmentsRepository,
    private readonly cipher: EnforcementAttachmentCipher,
    private readonly scope: AccessScopeService,
    private readonly audit: AuditService,
  ) {}

  upload(ctx: ActionContext, entryId: string, dto: UploadEntryAttachmentDto) {
    const actor = actorOf(ctx);
    const decoded = decodeAttachment(dto.contentBase64, dto.mediaType);
    if ('refusal' in decoded) {
      const r = decoded.refusal;
      throw enforcementAppErrors.attachment(r.status, r.field, r.code, r.message);
    }
    const { file } = decoded;
    return runInTransaction(this.dataSource, async (manager) => {
      const entry = await this.visibleEntry(manager, actor, entryId, true);
      if ((await this.attachments.count(manager, entryId)) >= MAX_ATTACHMENTS_PER_ENTRY) {
        const message = m.tooMany(MAX_ATTACHMENTS_PER_ENTRY);
        throw enforcementAppErrors.attachment(400, 'contentBase64', 'tooMany', message);
      }
      const id = randomUUID();
      const saved = await this.attachments.insert(manager, {
        id,
        progressId: entryId,
        fileNameSealed: this.cipher.sealName(dto.fileName),
        mediaType: dto.mediaType,
        sizeBytes: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        contentSealed: this.cipher.sealFile(id, file),
        uploadedBy: actor.id,
      });
      await this.record(manager, ctx, entry.agencyId, 'enforcement.attachment.upload', saved);
      return toResponse(saved);
    });
  }

  /** The entry's files with their names (at most MAX_ATTACHMENTS_PER_ENTRY: one page). */
  async list(viewer: AuthenticatedOfficer, entryId: string) {
    const manager = this.dataSource.manager;
    await this.visibleEntry(manager, viewer, entryId, false);
    const rows = await this.attachments.list(manager, entryId);
    return { items: rows.map((r) => toResponse(r, this.cipher.openName(r.fileNameSealed))) };
  }

  /** The file's bytes, checked against its SHA-256; every read is audited. */
  content(ctx: ActionContext, entryId: string, id: string): Promise<StreamableFile> {
    const viewer = actorOf(ctx);
    return runInTransaction(this.dataSource, async (manager) => {
      const entry = await this.visibleEntry(manager, viewer, entryId, false);
      const found = await this.attachments.withContent(manager, entryId, id);
      if (!found) throw notFound(m.notFound);
      const plain = this.cipher.openFile(found.id, found.contentSealed);
      if (createHash('sha256').update(plain).digest('hex') !== found.sha256) {
        throw new Error(`Enforcement attachment ${found.id} does not match its checksum`);
      }
      await this.record(manager, ctx, entry.agencyId, 'enforcement.attachment.read', found);
      const ext = FILE_EXTENSION[found.mediaType as FileMediaType] ?? 'bin';
      return new StreamableFile(plain, {
        type: found.mediaType,
        disposition: `attachment; filename="${found.id}.${ext}"`,
      });
    });
  }

  private async visibleEntry(
    manager: EntityManager,
    viewer: AuthenticatedOfficer,
    entryId: string,
    lock: boolean,
  ) {
    const entry = await this.attachments.entry(manager, entryId, lock);
    if (!entry || !(await this.scope.canSee(viewer, entry.agencyId))) {
      throw notFound(m.entryNotFound);
    }
    return entry;
  }

  private record(
    manager: EntityManager,
    ctx: ActionContext,
    agencyId: string,
    action: string,
    a: EntryAttachmentMeta,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action,
      entityType: 'enforcement_progress',
      entityId: a.progressId,
      agencyId,
      requestId: ctx.requestId,
      data: {
        attachmentId: a.id,
        mediaType: a.mediaType,
        sha256: a.sha256,
        sizeBytes: a.sizeBytes,
      },
    });
  }
}
