import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PersonEntity } from '../persons/person.entity';
import { PetitionEntity } from './petition.entity';

/**
 * A signatory (người đứng đơn) of a petition, in the order given. Identity access is decided by
 * the persons' record links; this row says who signed and lets case matching find the person.
 */
@Entity('petition_signatory')
@Index('uq_petition_signatory__petition_id__person_id', ['petitionId', 'personId'], {
  unique: true,
})
export class PetitionSignatoryEntity {
  @PrimaryColumn('uuid')
  petitionId!: string;

  @ManyToOne(() => PetitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'petition_id' })
  petition?: PetitionEntity;

  /** 0-based position in the signatories list. */
  @PrimaryColumn('smallint')
  position!: number;

  @Index('ix_petition_signatory__person_id')
  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;
}
