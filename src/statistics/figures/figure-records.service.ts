import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { fieldInvalid } from '../../common/errors/common-errors';
import { encodeCursor, type Page, toPage } from '../../common/http/page';
import { decodeKeyCursor, isUuidPart } from '../../common/pagination/keyset';
import { statisticsSummaryMessagesVi as m } from '../../common/i18n/statistics-summary-messages.vi';
import {
  type FigureKey,
  type FigureMeasure,
  type FigureUnit,
  figureMeasure,
  figureUnit,
  isFigureKey,
} from '../domain/summary-shape';
import type { ReportScope } from '../scope/report-scope';
import { figureValue } from '../summary/assemble-summary';
import { readStatistics } from '../summary/read-only';
import { figureRecordsSql, figureValueSql } from './figure-sql';

/** One counted record: ids, numbers, dates, agency and quantity — never personal data. */
export interface FigureRecord {
  /** The record id (a vụ việc seen at reception: one of its visits in the period). */
  readonly key: string;
  readonly agencyId: string;
  /**
   * Book number (visits, petitions), document number (decisions), the case id (vụ việc seen at
   * reception); null when there is none.
   */
  readonly ref: string | null;
  readonly on: string;
  /** What the record adds to a `sum` figure; null for counts. */
  readonly quantity: number | string | null;
}

export interface FigureRecordsPage extends Page<FigureRecord> {
  readonly figure: {
    readonly key: FigureKey;
    readonly value: number | string;
    readonly unit: FigureUnit;
    readonly measure: FigureMeasure;
  };
}

type RecordRow = Omit<FigureRecord, 'quantity'> & { quantity: string | null };

/** The drill-down: exactly the records a figure counts (figure-sql.ts builds both). */
@Injectable()
export class FigureRecordsService {
  constructor(private readonly dataSource: DataSource) {}

  /** An unknown figure is a 400 naming `figure`. */
  parseKey(value: string): FigureKey {
    if (!isFigureKey(value)) {
      throw fieldInvalid('figure', 'unknown', m.figureUnknown);
    }
    return value;
  }

  async records(
    scope: ReportScope,
    key: FigureKey,
    page: { limit: number; cursor?: string },
  ): Promise<FigureRecordsPage> {
    // the last record's key (a uuid); anything else is 400 naming `cursor`, as on every list
    const after = decodeKeyCursor<[string]>(page.cursor, [isUuidPart])?.[0] ?? null;
    const params = [scope.agencyIds, scope.period.from, scope.period.to];
    const { rows, value } = await readStatistics(this.dataSource, async (manager) => ({
      rows: await manager.query<RecordRow[]>(figureRecordsSql(key), [
        ...params,
        after,
        page.limit + 1,
      ]),
      value: (await manager.query<{ value: string }[]>(figureValueSql(key), params))[0]?.value,
    }));
    const measure = figureMeasure(key);
    const items = rows.map((r) => ({
      ...r,
      quantity: r.quantity === null ? null : figureValue(key, r.quantity),
    }));
    return {
      figure: { key, value: figureValue(key, value), unit: figureUnit(key), measure },
      ...toPage(items, page.limit, (r) => encodeCursor([r.key])),
    };
  }
}
