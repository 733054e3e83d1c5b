import { AppError } from '../../common/errors/app-error';
import {
  EnforcementErrorCode as C,
  enforcementErrors,
  enforcementErrorStatus,
} from './enforcement-errors';

describe('enforcement errors: 400 for bad input naming the field, 409 for the item state', () => {
  it.each([
    [C.ItemInvalid, 400],
    [C.ProgressInvalid, 400],
    [C.OverCollection, 400],
    [C.ReopenInvalid, 400],
    [C.PeriodInvalid, 400],
    [C.ItemCompleted, 409],
    [C.ItemNotCompleted, 409],
    [C.ReopenLeaderOnly, 403],
  ])('%s → %i', (code, status) => {
    expect(enforcementErrorStatus(code)).toBe(status);
  });

  it('builds AppErrors with Vietnamese messages and safe details only', () => {
    const completed = enforcementErrors.itemCompleted('item-1');
    expect(completed).toBeInstanceOf(AppError);
    expect(completed).toMatchObject({
      httpStatus: 409,
      code: 'ENFORCEMENT_ITEM_COMPLETED',
      message: 'Nội dung thi hành đã thực hiện xong: không thể ghi thêm kết quả thực hiện',
      details: { itemId: 'item-1' },
    });
    expect(enforcementErrors.reopenLeaderOnly()).toMatchObject({ httpStatus: 403, errors: [] });
  });
});
