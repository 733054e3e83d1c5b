import { localDateOf } from '../../common/time/clock';
import type { CheckExtensionGround } from '../../petitions/domain/petition-enums';

/** Where the leader extended D11: still a petition (carried over on opening), or the proceeding. */
export type PrelimExtensionStage = 'petition' | 'proceeding';
export const PRELIM_EXTENSION_STAGES: readonly PrelimExtensionStage[] = ['petition', 'proceeding'];

/**
 * What the proceeding keeps of its one D11 extension (`denunciation_resolution.prelim_extension_*`,
 * shown by GET /denunciations/:id): codes, an officer id and a date — never a person.
 */
export interface PrelimExtensionRecord {
  stage: PrelimExtensionStage;
  /** One of Điều 24(1)'s two grounds; null only for an extension recorded before grounds were. */
  ground: CheckExtensionGround | null;
  /** The leader who granted it (officer id). */
  decidedBy: string | null;
  /** The day it was granted (Asia/Ho_Chi_Minh). */
  decidedOn: string | null;
}

/**
 * The D11 extension a leader decided while the denunciation was still a petition (POST
 * /petitions/:id/extend-check), as the petitions module hands it over on acceptance.
 */
export interface PetitionStageExtension {
  /** One of Điều 24(1)'s two grounds: several_places, delegated. */
  ground: CheckExtensionGround | null;
  /** The leader who decided it (officer id). */
  decidedBy: string | null;
  /** When the petition's history recorded it (ISO instant). */
  decidedAt: string | null;
}

/** How the proceeding's preliminary check opens. */
export interface OpeningPrelimCheck {
  /** The one extension is used: D11 is 10 working days and a second extension is refused. */
  prelimExtended: boolean;
  /** What the opening step records of that extension (codes, ids, instants), or null. */
  extension: (PetitionStageExtension & { stage: 'petition' }) | null;
  /** What the proceeding's row keeps of it (the day of the leader's decision), or null. */
  record: PrelimExtensionRecord | null;
}

/**
 * Pure: the preliminary check a denunciation proceeding opens with. Luật Tố cáo 2018 Điều 24
 * khoản 1: the preliminary handling takes 7 working days from receipt, extendable once to 10. The
 * period runs from receipt whether the denunciation is still a petition or already a proceeding —
 * one period, one extension — so an extension granted at the petition stage is the proceeding's
 * extension: it opens with `prelim_extended` set (the flag its D11, its acceptance judgement, its
 * recalculation and its "once only" guard read) and records the ground and the leader.
 */
export function openingPrelimCheck(
  fromPetition: PetitionStageExtension | null,
): OpeningPrelimCheck {
  if (fromPetition === null) return { prelimExtended: false, extension: null, record: null };
  // Luật TC 2018 Đ24 k1: gia hạn một lần — đã gia hạn khi còn là đơn thì không gia hạn lần nữa
  const { ground, decidedBy, decidedAt } = fromPetition;
  const decidedOn = decidedAt === null ? null : localDateOf(new Date(decidedAt));
  return {
    prelimExtended: true,
    extension: { stage: 'petition', ...fromPetition },
    record: { stage: 'petition', ground, decidedBy, decidedOn },
  };
}

/** Pure: the row's columns of the extension record (all null when D11 was not extended). */
export function prelimExtensionColumns(r: PrelimExtensionRecord | null) {
  return {
    prelimExtensionStage: r?.stage ?? null,
    prelimExtensionGround: r?.ground ?? null,
    prelimExtendedBy: r?.decidedBy ?? null,
    prelimExtendedOn: r?.decidedOn ?? null,
  };
}
