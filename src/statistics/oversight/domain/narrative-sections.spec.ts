import { compactSections, narrativeParagraphs } from './narrative-sections';

describe('the leader’s narrative texts (TT 01/2024/TT-TTCP Điều 4: đánh giá, nhiệm vụ)', () => {
  it('prints one paragraph per non-empty line', () => {
    expect(narrativeParagraphs(' Một. \r\n\n  Hai.  ')).toEqual(['Một.', 'Hai.']);
    expect(narrativeParagraphs(undefined)).toEqual([]);
  });

  it('drops blank sections so that their placeholder is printed again', () => {
    expect(compactSections({ assessment: '  ', causes: ' Nguyên nhân ' })).toEqual({
      causes: 'Nguyên nhân',
    });
  });
});
