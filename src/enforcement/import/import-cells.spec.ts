import { loadImportColumns } from './import-columns';
import { parseImportDate, parseImportEnum, parseImportFlag, parseImportText } from './import-cells';

const read = (parsed: { value?: unknown; problem?: { code: string } }) =>
  parsed.problem ? `!${parsed.problem.code}` : parsed.value;

const columns = loadImportColumns().columns;
const column = (key: string) => {
  const found = columns.find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('reading cells of the import', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    [' 29/02/2024 ', '2024-02-29'],
    [new Date(Date.UTC(2024, 2, 5)), '2024-03-05'],
    ['31/02/2024', '!dateInvalid'],
    ['13/25/2024', '!dateInvalid'], // never read month-first
    ['2024-3-5', '!date'],
    ['05/03/24', '!date'],
    [45356, '!date'], // an Excel serial in a cell not formatted as a date is not guessed
    ['hôm qua', '!date'],
  ])('date %p → %p', (cell, expected) => {
    expect(read(parseImportDate(cell))).toBe(expected);
  });

  it.each([
    ['Thu hồi tiền cho Nhà nước', 'recover_money'],
    ['thu hồi tiền cho nhà nước', 'recover_money'],
    ['Thu hồi tiền', 'recover_money'],
    ['recover_money', 'recover_money'],
    ['Trả lại đất cho tổ chức'.normalize('NFD'), 'return_land_org'],
    ['Chuyển CQĐT', 'refer_investigation'],
    ['Phạt tiền', '!enum'],
  ])('enforcement type %j → %j', (cell, expected) => {
    expect(read(parseImportEnum(cell, column('enforcementType')))).toBe(expected);
  });

  it('names the accepted values in the message of an unknown one', () => {
    const parsed = parseImportEnum('Lần ba', column('decisionKind'));
    expect(parsed.problem?.message).toContain('Quyết định giải quyết khiếu nại lần đầu');
  });

  it.each([
    ['Có', true],
    ['có', true],
    ['X', true],
    [1, true],
    [true, true],
    ['Đã xong', true],
    ['Không', false],
    ['chưa', false],
    ['', false],
    [false, false],
    ['Một phần', '!flag'],
  ])('"Đã thực hiện" %j → %j', (cell, expected) => {
    expect(read(parseImportFlag(cell, column('done')))).toBe(expected);
  });

  it('keeps Vietnamese diacritics, in NFC, with spaces tidied', () => {
    const nfd = '  Thu hồi   đất  sai mục đích '.normalize('NFD');
    const value = parseImportText(nfd).value;
    expect(value).toBe('Thu hồi đất sai mục đích');
    expect(value).toBe(value?.normalize('NFC'));
    expect(read(parseImportText('x'.repeat(51), 50))).toBe('!tooLong');
    expect(read(parseImportText(123))).toBe('123');
  });
});
