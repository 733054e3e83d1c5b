import { PersonRole } from './person-enums';
import { isLinkConfidential } from './person-link';

describe('confidential links (Luật Tố cáo 2018 Điều 9(1)(b))', () => {
  it('a denouncer’s link is confidential even when the caller says otherwise', () => {
    expect(isLinkConfidential(PersonRole.Denouncer, false)).toBe(true);
    expect(isLinkConfidential(PersonRole.Denouncer, undefined)).toBe(true);
  });

  it.each([
    PersonRole.Visitor,
    PersonRole.Representative,
    PersonRole.Member,
    PersonRole.Petitioner,
  ])('a %s’s link is confidential only when asked', (role) => {
    expect(isLinkConfidential(role, undefined)).toBe(false);
    expect(isLinkConfidential(role, true)).toBe(true);
  });
});
