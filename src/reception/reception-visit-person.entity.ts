import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PersonEntity } from '../persons/person.entity';
import { VISITOR_ROLES, VisitorRole } from './domain/reception-enums';
import { ReceptionVisitEntity } from './reception-visit.entity';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** A listed visitor of a visit, in the order given, with their part (representative, member). */
@Entity('reception_visit_person')
@Check('ck_reception_visit_person__role', `"role" IN (${quoted(VISITOR_ROLES)})`)
@Index('uq_reception_visit_person__visit_id__person_id', ['visitId', 'personId'], { unique: true })
export class ReceptionVisitPersonEntity {
  @PrimaryColumn('uuid')
  visitId!: string;

  @ManyToOne(() => ReceptionVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: ReceptionVisitEntity;

  /** 0-based position in the visitors list (representatives are named by it). */
  @PrimaryColumn('smallint')
  position!: number;

  @Index('ix_reception_visit_person__person_id')
  @Column('uuid')
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('varchar', { length: 16 })
  role!: VisitorRole;
}
