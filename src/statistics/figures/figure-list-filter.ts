import { fieldInvalid } from '../../common/errors/common-errors';
import { messagesVi, validationMessageVi } from '../../common/i18n/messages.vi';
import type { FigureKey } from '../domain/summary-shape';
import { figureIdsSql } from './figure-sql';

/** A drilled module list (`?figure=`): the figure and its period, both dates required. */
export interface FigureListQuery {
  figure?: string;
  from?: string;
  to?: string;
}

/** 400 naming `from`/`to` when a drilled list lacks its period or has it backwards (DESIGN §5). */
export function requireFigurePeriod(q: FigureListQuery): void {
  for (const field of ['from', 'to'] as const) {
    if (!q[field]) {
      const text = messagesVi.fieldMessage(field, validationMessageVi('isDefined', []));
      throw fieldInvalid(field, 'required', text);
    }
  }
  if (q.from! > q.to!) {
    const text = messagesVi.fieldMessage('to', 'phải không sớm hơn ngày bắt đầu (from)');
    throw fieldInvalid('to', 'range', text);
  }
}

/**
 * `<alias>.id IN (<the ids the figure counts>)` for a list's WHERE, over the list's agencies
 * (null = every agency) and the figure's period; `p` adds a parameter to the list's statement.
 */
export function figureCondition(
  alias: string,
  key: FigureKey,
  scope: { agencyIds: readonly string[] | null; from?: string; to?: string },
  p: (value: unknown) => string,
): string {
  const agencyIds = scope.agencyIds ? p(scope.agencyIds) : '(SELECT array_agg(a.id) FROM agency a)';
  const ids = figureIdsSql(key, { agencyIds, from: p(scope.from), to: p(scope.to) });
  return `${alias}.id IN (${ids})`;
}
