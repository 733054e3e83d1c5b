import { jsonDepth, MAX_JSON_DEPTH, parseJsonBody } from './json-body';

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('JSON bodies', () => {
  it('measures depth without recursion, even 20,000 levels deep', () => {
    expect(jsonDepth(JSON.parse(nested(20_000)))).toBe(20_000);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    expect(jsonDepth('text')).toBe(0);
  });

  it('accepts ordinary bodies and refuses ones nested deeper than the limit', () => {
    expect(parseJsonBody(nested(MAX_JSON_DEPTH))).toBeDefined();
    expect(() => parseJsonBody(nested(MAX_JSON_DEPTH + 1))).toThrow(/nested too deeply/);
  });

  it('refuses malformed JSON and prototype poisoning', () => {
    expect(() => parseJsonBody('{"a":')).toThrow(/invalid JSON/);
    expect(() => parseJsonBody('{"__proto__": {"x": 1}}')).toThrow(/invalid JSON/);
    expect(() => parseJsonBody('{"constructor": {"prototype": {"x": 1}}}')).toThrow();
  });
});
