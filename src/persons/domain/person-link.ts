import { PersonRole } from './person-enums';

/**
 * Whether a person's link to a record is confidential. Luật Tố cáo 2018 Điều 9(1)(b): the
 * denouncer's name, address and personal data are always kept secret, whatever the caller says.
 */
export function isLinkConfidential(role: PersonRole, requested: boolean | undefined): boolean {
  return role === PersonRole.Denouncer || requested === true;
}
