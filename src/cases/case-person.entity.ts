import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PersonEntity } from '../persons/person.entity';
import { CaseEntity } from './case.entity';

/**
 * The persons who raise a case: what "the same person(s)" means when a visit or a petition looks
 * for its case (findCandidates). Identity access is not decided here (persons' record links).
 */
@Entity('case_person')
export class CasePersonEntity {
  @PrimaryColumn('uuid')
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Index('ix_case_person__person_id')
  @PrimaryColumn('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
