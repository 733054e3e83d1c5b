import { loadFormDefinition, loadFormDefinitions } from '../../statistics/form-templates';
import { type GridColumn, type HeaderGrid, headerGrid, headerRowHeights } from './header-grid';

/** How many cells cover each column on each level (a cell covers `rowSpan` levels from its own). */
function coverage(grid: HeaderGrid, columns: number): number[][] {
  const counts = Array.from({ length: grid.depth }, () => Array<number>(columns).fill(0));
  grid.levels.forEach((spans, level) => {
    for (const s of spans) {
      for (let l = level; l < level + s.rowSpan; l++) {
        for (let c = s.fromColumn; c <= s.toColumn; c++) counts[l]![c]!++;
      }
    }
  });
  return counts;
}

describe('headerGrid (merged multi-level headers of a printed form)', () => {
  const tcd = loadFormDefinition('01/TCD');
  const columns: GridColumn[] = [{ header: 'Đơn vị', parents: [] }, ...tcd.columns];
  const grid = headerGrid(columns);
  /** A span by form column numbers (index 0 is "Đơn vị", index i is column i of 01/TCD). */
  const cells = (level: number) =>
    grid.levels[level]!.map((s) => [s.fromColumn, s.toColumn, s.text, s.rowSpan]);

  it('01/TCD: 4 header rows; "Đơn vị", cols 1–3 and 30 run down all of them', () => {
    expect(grid.depth).toBe(4);
    expect(cells(0)).toEqual([
      [0, 0, 'Đơn vị', 4],
      [1, 1, 'Tổng số lượt tiếp', 4],
      [2, 2, 'Tổng số người được tiếp', 4],
      [3, 3, 'Tổng số vụ việc tiếp', 4],
      [4, 11, 'Tiếp thường xuyên', 1],
      [12, 20, 'Thủ trưởng tiếp định kỳ và đột xuất', 1],
      [21, 29, 'Ủy quyền tiếp', 1],
      [30, 30, 'Ghi chú', 4],
    ]);
  });

  it('01/TCD: level 2 groups, level 3 groups under them, leaves reaching the bottom row', () => {
    expect(cells(1).slice(0, 4)).toEqual([
      [4, 4, 'Số lượt', 3],
      [5, 5, 'Số người', 3],
      [6, 7, 'Số vụ việc', 1],
      [8, 11, 'Trong đó đoàn đông người', 1],
    ]);
    expect(cells(2).slice(0, 5)).toEqual([
      [6, 6, 'Tiếp lần đầu', 2],
      [7, 7, 'Tiếp nhiều lần', 2],
      [8, 8, 'Số đoàn', 2],
      [9, 9, 'Số người', 2],
      [10, 11, 'Số vụ việc', 1],
    ]);
    expect(cells(3).slice(0, 2)).toEqual([
      [10, 10, 'Tiếp lần đầu', 1],
      [11, 11, 'Tiếp nhiều lần', 1],
    ]);
    // the same inner group name under different outer groups is a different cell
    expect(grid.levels[1]!.filter((s) => s.text === 'Số vụ việc').map((s) => s.fromColumn)).toEqual(
      [6, 15, 24],
    );
  });

  it.each(loadFormDefinitions().map((f) => [f.code, f] as const))(
    '%s: every column is covered exactly once on every level',
    (_code, form) => {
      const all = [{ header: 'Đơn vị', parents: [] }, ...form.columns];
      const g = headerGrid(all);
      expect(coverage(g, all.length)).toEqual(
        Array.from({ length: g.depth }, () => Array<number>(all.length).fill(1)),
      );
    },
  );

  it('does not merge equal group names that are not adjacent', () => {
    const g = headerGrid([
      { header: 'a', parents: ['G'] },
      { header: 'b', parents: [] },
      { header: 'c', parents: ['G'] },
    ]);
    expect(g.levels[0]!.map((s) => [s.fromColumn, s.toColumn, s.text])).toEqual([
      [0, 0, 'G'],
      [1, 1, 'b'],
      [2, 2, 'G'],
    ]);
  });
});

describe('headerRowHeights', () => {
  const grid = headerGrid([
    { header: 'Đơn vị', parents: [] },
    { header: 'x', parents: ['G'] },
    { header: 'y', parents: ['G'] },
  ]);

  it('makes each level as tall as its tallest one-level cell', () => {
    const needed = (s: { text: string }) => ({ G: 12, x: 20, y: 30 })[s.text] ?? 5;
    expect(headerRowHeights(grid, needed, 8)).toEqual([12, 30]);
  });

  it('grows the last level when a cell over several levels needs more than their sum', () => {
    const needed = (s: { text: string }) => ({ 'Đơn vị': 50, G: 12, x: 20 })[s.text] ?? 5;
    expect(headerRowHeights(grid, needed, 8)).toEqual([12, 38]);
  });
});
