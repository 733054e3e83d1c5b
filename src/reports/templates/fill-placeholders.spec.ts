import { lenientRenderPolicy, RenderError, strictRenderPolicy } from '../render-policy';
import { DocumentTemplate } from './document-template';
import { BLANK, fillPlaceholders, placeholdersOf } from './fill-placeholders';

describe('template placeholders', () => {
  it('fills every {{placeholder}}, with or without inner spaces', () => {
    expect(
      fillPlaceholders(
        'Ông (bà) {{name}}, địa chỉ: {{ address }}.',
        { name: 'Trần Thị Bình', address: 'Ba Đình' },
        strictRenderPolicy,
      ),
    ).toBe('Ông (bà) Trần Thị Bình, địa chỉ: Ba Đình.');
  });

  it('never expands placeholders found inside values (one pass, no code)', () => {
    const filled = fillPlaceholders(
      '{{a}} {{b}}',
      { a: '{{b}}', b: '${process.exit()}' },
      strictRenderPolicy,
    );
    expect(filled).toBe('{{b}} ${process.exit()}');
  });

  it('does not read inherited properties as values', () => {
    expect(() => fillPlaceholders('{{constructor}}', {}, strictRenderPolicy)).toThrow(RenderError);
  });

  it('throws on a missing value under the strict policy (tests)', () => {
    expect(() => fillPlaceholders('Số {{number}}', {}, strictRenderPolicy)).toThrow(
      'Template placeholder {{number}} has no value',
    );
  });

  it('prints a blank and warns with the name only under the lenient policy (production)', () => {
    const warn = jest.fn();
    expect(fillPlaceholders('Số {{number}}', {}, lenientRenderPolicy(warn))).toBe(`Số ${BLANK}`);
    expect(warn).toHaveBeenCalledWith('Template placeholder {{number}} has no value');
  });

  it('lists the placeholders of a template', () => {
    expect(placeholdersOf('{{a}} {{b}} {{ a }}')).toEqual(['a', 'b']);
  });
});

describe('DocumentTemplate', () => {
  const template = DocumentTemplate.parse(
    't',
    JSON.stringify({
      $comment: 'x',
      title: 'THÔNG BÁO',
      lines: ['a', 'b'],
      grounds: { one: 'Một' },
    }),
  );

  it('reads strings, lists and maps, skipping $comments', () => {
    expect(template.text('title')).toBe('THÔNG BÁO');
    expect(template.list('lines')).toEqual(['a', 'b']);
    expect(template.entry('grounds', 'one')).toBe('Một');
    expect(() => template.text('$comment')).toThrow();
  });

  it('throws on missing keys and wrong types', () => {
    expect(() => template.text('lines')).toThrow('"lines" is not a string');
    expect(() => template.list('title')).toThrow('"title" is not a list of strings');
    expect(() => template.columns('lines')).toThrow('"lines" is not a list of columns');
    expect(() => template.entry('grounds', 'two')).toThrow('"grounds.two" is missing');
    expect(() => DocumentTemplate.parse('bad', '{"n": 1}')).toThrow('"n" is not a string, a list');
  });
});
