import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PetitionEventEntity } from './petition-event.entity';
import { PetitionEntity } from './petition.entity';

/**
 * The competent body a handling step names — the body a complaint is guided to, or the petition
 * forwarded, urged, referred or returned to (`guide`, `forward`, `urge`, `refer_*`,
 * `return_misrouted`): text an officer typed, kept beside the step's history row and never in it.
 * A history row (`petition_event.data`) and its audit row hold codes, dates and ids only: they are
 * append-only (the audit rows hash-chained) and could never be corrected or erased if the text
 * named a person. This row can. The case timeline shows it on its step; the petition's
 * `outcome_body` keeps the latest one, which its documents print. The row also keeps the note
 * typed on the step (`note`; the petition's `outcome_note` holds only the latest step's), so a
 * step may have a body, a note or both (migration RecordPetitionStepNotes).
 */
@Entity('petition_step_body')
@Check('ck_petition_step_body__text', `"body" IS NOT NULL OR "note" IS NOT NULL`)
export class PetitionStepBodyEntity {
  /** The step's history row. */
  @PrimaryColumn('uuid')
  eventId!: string;

  @ManyToOne(() => PetitionEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: PetitionEventEntity;

  @Index('ix_petition_step_body__petition_id')
  @Column('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  @Column('varchar', { length: 500, nullable: true })
  body!: string | null;

  /** The remarks typed on the step (no personal data asked for, but typed text all the same). */
  @Column('varchar', { length: 2000, nullable: true })
  note!: string | null;
}
