import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number given in one numbered book (cases, the reception book, the petition book) of
 * one agency and year. Taken with `nextRecordNumber()` inside the transaction that writes the
 * record, so numbers are gapless: a rolled-back record gives its number back.
 */
@Entity('record_counter')
@Check('ck_record_counter__last_value', `"last_value" >= 1`)
export class RecordCounterEntity {
  /** Which book, e.g. `case`, `reception_visit`, `petition` (a code constant, never user input). */
  @PrimaryColumn('varchar', { length: 32 })
  scope!: string;

  @PrimaryColumn('uuid')
  agencyId!: string;

  @PrimaryColumn('smallint')
  year!: number;

  @Column('integer')
  lastValue!: number;
}
