import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import type { CalendarDayKind } from './domain/holiday-calendar';

/**
 * A day that is not an ordinary weekday/weekend (DOMAIN §10.2): a public holiday, a compensatory or
 * swapped day off, or a Saturday/Sunday worked as a make-up day. One row per date; the primary key
 * is the date itself (its index serves every range query).
 */
@Entity('calendar_day')
@Check(
  'ck_calendar_day__kind',
  `"kind" IN ('holiday', 'compensatory_day_off', 'swapped_day_off', 'make_up_workday')`,
)
export class CalendarDayEntity {
  /** 'YYYY-MM-DD' (pg returns `date` as a string). */
  @PrimaryColumn('date')
  date!: string;

  @Column('varchar', { length: 32 })
  kind!: CalendarDayKind;

  /** Vietnamese name shown in explanations, e.g. 'Tết Nguyên đán (mùng 1)'. */
  @Column('varchar', { length: 200 })
  name!: string;

  /** The law article or official announcement the row comes from. */
  @Column('varchar', { length: 300 })
  source!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
