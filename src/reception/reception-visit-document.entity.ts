import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ReceptionVisitEntity } from './reception-visit.entity';

/**
 * A document the citizen handed over at a visit (tài liệu, bằng chứng), in the order given: the
 * lines of the receipt (giấy biên nhận, Luật TCD 2013 Điều 7; NĐ 31/2019 Điều 25).
 */
@Entity('reception_visit_document')
@Check('ck_reception_visit_document__pages', `"pages" IS NULL OR "pages" BETWEEN 1 AND 10000`)
@Check('ck_reception_visit_document__copies', `"copies" IS NULL OR "copies" BETWEEN 1 AND 100`)
export class ReceptionVisitDocumentEntity {
  @PrimaryColumn('uuid')
  visitId!: string;

  @ManyToOne(() => ReceptionVisitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: ReceptionVisitEntity;

  /** 0-based position in the list handed over. */
  @PrimaryColumn('smallint')
  position!: number;

  @Column('varchar', { length: 500 })
  title!: string;

  @Column('integer', { nullable: true })
  pages!: number | null;

  @Column('smallint', { nullable: true })
  copies!: number | null;

  /** true: bản chính; false: bản sao; null: not stated. */
  @Column('boolean', { nullable: true })
  original!: boolean | null;

  @Column('varchar', { length: 500, nullable: true })
  note!: string | null;
}
