import { createHash, randomUUID } from 'node:crypto';

import { Injectable, StreamableFile } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import type { ActionContext } from '../../auth/action-context';
import { isConfidentialContent } from '../../cases/domain/case-enums';
import { runInTransaction } from '../../database/transaction';
import { MAX_ATTACHMENTS_PER_PETITION } from '../domain/attachment-limits';
import {
  attachmentProblem,
  AttachmentKind,
  isStrictBase64,
  mayReadOriginal,
} from '../domain/attachment-rules';
import {
  PetitionErrorCode as E,
  petitionError,
  petitionErrors,
  type PetitionRule,
  violation,
} from '../domain/petition-errors';
import type { AttachmentResponseDto, UploadAttachmentDto } from '../dto/upload-attachment.dto';
import { PetitionLocksService } from '../petition-locks.service';
import { PetitionQueryService } from '../petition-query.service';
import { requireActor } from '../require-actor';
import { AttachmentCipher } from './attachment-cipher';
import {
  type AttachmentMeta,
  PetitionAttachmentsRepository,
} from './petition-attachments.repository';

const invalid = (field: string, rule: PetitionRule) =>
  petitionError(violation(E.AttachmentInvalid, field, rule));

const EXTENSION: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
};

function toResponse(a: AttachmentMeta, fileName?: string): AttachmentResponseDto {
  const dto: AttachmentResponseDto = {
    id: a.id,
    petitionId: a.petitionId,
    kind: a.kind,
    redactsId: a.redactsId,
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    createdAt: new Date(a.createdAt).toISOString(),
  };
  if (fileName !== undefined) dto.fileName = fileName;
  return dto;
}

/**
 * Files of a petition (originals, and officer-made redacted copies of a denunciation's files),
 * sealed in the database with a SHA-256 of the plain file. Investigators never get the original
 * of a denunciation: they are served its redacted copy (Luật Tố cáo 2018 Điều 56).
 */
@Injectable()
export class PetitionAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: PetitionLocksService,
    private readonly query: PetitionQueryService,
    private readonly attachments: PetitionAttachmentsRepository,
    private readonly cipher: AttachmentCipher,
    private readonly audit: AuditService,
  ) {}

  /** An original, or (with `redactsId`) the redacted copy of one. The reply holds no file name. */
  upload(
    ctx: ActionContext,
    petitionId: string,
    dto: UploadAttachmentDto,
    redactsId: string | null = null,
  ): Promise<AttachmentResponseDto> {
    const actor = requireActor(ctx);
    const plain = decode(dto);
    return runInTransaction(this.dataSource, async (manager) => {
      const petition = await this.locks.lockVisible(manager, ctx, petitionId);
      if ((await this.attachments.count(manager, petitionId)) >= MAX_ATTACHMENTS_PER_PETITION) {
        throw invalid('contentBase64', 'attachmentTooMany');
      }
      if (redactsId) await this.checkRedactable(manager, petitionId, redactsId, petition.type);
      const id = randomUUID();
      const saved = await this.attachments.insert(manager, {
        id,
        petitionId,
        kind: redactsId ? AttachmentKind.RedactedCopy : AttachmentKind.Original,
        redactsId,
        fileNameSealed: this.cipher.sealName(dto.fileName),
        mediaType: dto.mediaType,
        sizeBytes: plain.length,
        sha256: createHash('sha256').update(plain).digest('hex'),
        contentSealed: this.cipher.sealFile(id, plain),
        uploadedBy: actor.id,
      });
      await this.record(manager, ctx, {
        agencyId: petition.agencyId,
        action: 'petition.attachment.upload',
        file: saved,
      });
      return toResponse(saved);
    });
  }

  /** The files the viewer may read, with their names (a read: never stored as a POST reply). */
  async list(ctx: ActionContext, petitionId: string): Promise<{ items: AttachmentResponseDto[] }> {
    const viewer = requireActor(ctx);
    const petition = await this.query.getRow(viewer, petitionId);
    const original = mayReadOriginal(viewer.roles, isConfidentialContent(petition.type));
    const rows = await this.attachments.list(petitionId);
    const shown = original ? rows : rows.filter((r) => r.kind === AttachmentKind.RedactedCopy);
    return { items: shown.map((r) => toResponse(r, this.cipher.openName(r.fileNameSealed))) };
  }

  /** The file's bytes (checked against its SHA-256); a denunciation's read is audited. */
  async content(ctx: ActionContext, petitionId: string, id: string): Promise<StreamableFile> {
    const viewer = requireActor(ctx);
    const petition = await this.query.getRow(viewer, petitionId);
    const confidential = isConfidentialContent(petition.type);
    return runInTransaction(this.dataSource, async (manager) => {
      const file = await this.served(
        manager,
        petitionId,
        id,
        mayReadOriginal(viewer.roles, confidential),
      );
      const plain = this.cipher.openFile(file.id, await this.attachments.content(manager, file.id));
      if (createHash('sha256').update(plain).digest('hex') !== file.sha256) {
        throw new Error(`Attachment ${file.id} does not match its checksum`);
      }
      if (confidential) {
        await this.record(manager, ctx, {
          agencyId: petition.agencyId,
          action: 'petition.attachment.read',
          file,
        });
      }
      return new StreamableFile(plain, {
        type: file.mediaType,
        disposition: `attachment; filename="${file.id}.${EXTENSION[file.mediaType] ?? 'bin'}"`,
      });
    });
  }

  /** The file asked for, or its redacted copy where the viewer may not read the original. */
  private async served(manager: EntityManager, petitionId: string, id: string, original: boolean) {
    const file = await this.attachments.find(manager, petitionId, id);
    if (!file) throw petitionErrors.attachmentNotFound();
    if (original || file.kind === AttachmentKind.RedactedCopy) return file;
    const copy = await this.attachments.redactedCopyOf(manager, file.id);
    if (!copy) throw petitionError(violation(E.DocumentNotApplicable, 'id', 'redactedCopyMissing'));
    return copy;
  }

  private async checkRedactable(
    manager: EntityManager,
    petitionId: string,
    originalId: string,
    type: Parameters<typeof isConfidentialContent>[0],
  ): Promise<void> {
    const original = await this.attachments.find(manager, petitionId, originalId);
    if (!original) throw petitionErrors.attachmentNotFound();
    if (original.kind !== AttachmentKind.Original || !isConfidentialContent(type)) {
      throw invalid('attachmentId', 'attachmentNotRedactable');
    }
  }

  private record(
    manager: EntityManager,
    ctx: ActionContext,
    e: { agencyId: string; action: string; file: AttachmentMeta },
  ): Promise<void> {
    const { agencyId, action, file: a } = e;
    return this.audit.record(manager, {
      actorId: ctx.actor?.id ?? null,
      action,
      entityType: 'petition',
      entityId: a.petitionId,
      agencyId,
      requestId: ctx.requestId,
      data: { attachmentId: a.id, kind: a.kind, sha256: a.sha256, sizeBytes: a.sizeBytes },
    });
  }
}

/** The file's bytes: strict base64, not empty, within the size limit, of the declared type. */
function decode(dto: UploadAttachmentDto): Buffer {
  if (!isStrictBase64(dto.contentBase64)) throw invalid('contentBase64', 'attachmentNotBase64');
  const plain = Buffer.from(dto.contentBase64, 'base64');
  const problem = attachmentProblem(plain, dto.mediaType);
  if (problem) throw invalid(problem === 'attachmentType' ? 'mediaType' : 'contentBase64', problem);
  return plain;
}
