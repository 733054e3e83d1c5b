import { IdType } from './person-enums';
import {
  type PersonIdentity,
  parseIdentity,
  presentFields,
  serialiseIdentity,
} from './person-identity';

const PERSON = '6f1d3c1e-0000-4000-8000-000000000001';
const identity: PersonIdentity = {
  fullName: 'Nguyễn Thị Hoà',
  idType: IdType.Cccd,
  idNumber: '001089001234',
  idIssuedOn: '2021-04-01',
  idIssuedPlace: 'Cục Cảnh sát QLHC về TTXH',
  dateOfBirth: '1989-02-03',
  address: null,
  phone: '0912345678',
  email: null,
};

describe('the sealed identity payload (DESIGN.md §7: the vault)', () => {
  it('round-trips every field', () => {
    expect(parseIdentity(PERSON, serialiseIdentity(PERSON, identity))).toEqual(identity);
  });

  it('pads to a multiple of 256 bytes, so the length hardly depends on the name', () => {
    const short = serialiseIdentity(PERSON, { ...identity, fullName: 'An' });
    const long = serialiseIdentity(PERSON, { ...identity, fullName: 'Nguyễn Thị Hoà Bình' });
    expect(Buffer.byteLength(short, 'utf8') % 256).toBe(0);
    expect(Buffer.byteLength(long, 'utf8')).toBe(Buffer.byteLength(short, 'utf8'));
  });

  it("does not open as another person's identity (a ciphertext copied to another row)", () => {
    const other = '6f1d3c1e-0000-4000-8000-000000000002';
    expect(() => parseIdentity(other, serialiseIdentity(PERSON, identity))).toThrow();
  });

  it('refuses a malformed payload', () => {
    expect(() => parseIdentity(PERSON, JSON.stringify({ v: 1, p: PERSON, f: {} }))).toThrow();
    const badType = { v: 1, p: PERSON, f: { ...identity, idType: 'licence' } };
    expect(() => parseIdentity(PERSON, JSON.stringify(badType))).toThrow();
  });

  it('names the fields that hold something (for audit rows), never their values', () => {
    expect(presentFields(identity)).toEqual([
      'fullName',
      'idType',
      'idNumber',
      'idIssuedOn',
      'idIssuedPlace',
      'dateOfBirth',
      'phone',
    ]);
  });
});
