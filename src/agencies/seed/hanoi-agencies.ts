/**
 * The agency tree of Hà Nội, as data (read by migrations/1767225601100-SeedHanoiAgencies.ts).
 *
 * - The city: Ủy ban nhân dân thành phố Hà Nội from 1/8/2008 (the enlarged city, Nghị quyết
 *   15/2008/QH12), with its inspectorate and its citizen reception board.
 * - Until 30/6/2025: the 30 district-level units (12 quận, 1 thị xã, 17 huyện). Huyện Từ Liêm was
 *   split into Quận Nam Từ Liêm and Quận Bắc Từ Liêm on 1/4/2014 (Nghị quyết 132/NQ-CP).
 *   Simplification: Hà Đông and Sơn Tây are one unit each from 1/8/2008 under their later names
 *   (they became a quận and a thị xã in 2009). The ~580 commune-level units before 1/7/2025 are
 *   not seeded (a later data task).
 * - From 1/7/2025: the 126 commune-level units (51 phường, 75 xã) of Nghị quyết
 *   1656/NQ-UBTVQH15, directly under the city. Names and GSO codes as in the national list of
 *   administrative units after 1/7/2025, cross-checked against a second independent list.
 *
 * APPROXIMATE succession: each new unit is listed under ONE former district, the one holding the
 * former commune whose GSO code the new unit kept. Units carved from several districts (e.g.
 * Phường Hồng Hà, Phường Thanh Liệt, Xã Yên Xuân) get a link from that district only; the full
 * commune-by-commune mapping of the resolution is not encoded here.
 */

export const HANOI_CITY_CODE = 'HN';
export const HANOI_CITY_UNIT = 'Thành phố Hà Nội';
export const HANOI_CITY_VALID_FROM = '2008-08-01';

export const HANOI_INSPECTORATE = { code: 'HN-TTTP', name: 'Thanh tra thành phố Hà Nội' };
/** Valid from 1/7/2014, when Luật Tiếp công dân 2013 set up provincial reception boards. */
export const HANOI_RECEPTION_BOARD = {
  code: 'HN-BTCD',
  name: 'Ban Tiếp công dân thành phố Hà Nội',
  validFrom: '2014-07-01',
};

/** Last day of the district level (two-tier local government from 1/7/2025). */
export const DISTRICTS_LAST_DAY = '2025-06-30';
export const COMMUNES_2025_FIRST_DAY = '2025-07-01';

export const TU_LIEM_SPLIT = {
  unit: 'Huyện Từ Liêm',
  lastDay: '2014-03-31',
  into: ['Quận Nam Từ Liêm', 'Quận Bắc Từ Liêm'],
  effectiveOn: '2014-04-01',
} as const;

/** First day of each district-level unit in the tree when it is not 1/8/2008. */
export const DISTRICT_FIRST_DAY_EXCEPTIONS: Readonly<Record<string, string>> = {
  'Quận Nam Từ Liêm': TU_LIEM_SPLIT.effectiveOn,
  'Quận Bắc Từ Liêm': TU_LIEM_SPLIT.effectiveOn,
};

type CommuneList = readonly (readonly [gsoCode: string, unit: string])[];

/**
 * The 30 district-level units in force until 30/6/2025 (keys, in the usual order: quận, thị xã,
 * huyện), each with the new commune-level units (GSO code, name) listed under it.
 */
export const HANOI_COMMUNES_2025_BY_DISTRICT: Readonly<Record<string, CommuneList>> = {
  'Quận Ba Đình': [
    ['00004', 'Phường Ba Đình'],
    ['00008', 'Phường Ngọc Hà'],
    ['00025', 'Phường Giảng Võ'],
  ],
  'Quận Hoàn Kiếm': [
    ['00070', 'Phường Hoàn Kiếm'],
    ['00082', 'Phường Cửa Nam'],
  ],
  'Quận Tây Hồ': [
    ['00091', 'Phường Phú Thượng'],
    ['00097', 'Phường Hồng Hà'],
    ['00103', 'Phường Tây Hồ'],
  ],
  'Quận Long Biên': [
    ['00118', 'Phường Bồ Đề'],
    ['00127', 'Phường Việt Hưng'],
    ['00136', 'Phường Phúc Lợi'],
    ['00145', 'Phường Long Biên'],
  ],
  'Quận Cầu Giấy': [
    ['00160', 'Phường Nghĩa Đô'],
    ['00166', 'Phường Cầu Giấy'],
    ['00175', 'Phường Yên Hòa'],
  ],
  'Quận Đống Đa': [
    ['00190', 'Phường Ô Chợ Dừa'],
    ['00199', 'Phường Láng'],
    ['00226', 'Phường Văn Miếu - Quốc Tử Giám'],
    ['00229', 'Phường Kim Liên'],
    ['00235', 'Phường Đống Đa'],
  ],
  'Quận Hai Bà Trưng': [
    ['00256', 'Phường Hai Bà Trưng'],
    ['00283', 'Phường Vĩnh Tuy'],
    ['00292', 'Phường Bạch Mai'],
  ],
  'Quận Hoàng Mai': [
    ['00301', 'Phường Vĩnh Hưng'],
    ['00316', 'Phường Định Công'],
    ['00322', 'Phường Tương Mai'],
    ['00328', 'Phường Lĩnh Nam'],
    ['00331', 'Phường Hoàng Mai'],
    ['00337', 'Phường Hoàng Liệt'],
    ['00340', 'Phường Yên Sở'],
  ],
  'Quận Thanh Xuân': [
    ['00352', 'Phường Phương Liệt'],
    ['00364', 'Phường Khương Đình'],
    ['00367', 'Phường Thanh Xuân'],
  ],
  'Quận Nam Từ Liêm': [
    ['00592', 'Phường Từ Liêm'],
    ['00622', 'Phường Xuân Phương'],
    ['00634', 'Phường Tây Mỗ'],
    ['00637', 'Phường Đại Mỗ'],
  ],
  'Quận Bắc Từ Liêm': [
    ['00598', 'Phường Thượng Cát'],
    ['00602', 'Phường Đông Ngạc'],
    ['00611', 'Phường Xuân Đỉnh'],
    ['00613', 'Phường Tây Tựu'],
    ['00619', 'Phường Phú Diễn'],
  ],
  'Quận Hà Đông': [
    ['09552', 'Phường Kiến Hưng'],
    ['09556', 'Phường Hà Đông'],
    ['09562', 'Phường Yên Nghĩa'],
    ['09568', 'Phường Phú Lương'],
    ['09886', 'Phường Dương Nội'],
  ],
  'Thị xã Sơn Tây': [
    ['09574', 'Phường Sơn Tây'],
    ['09604', 'Phường Tùng Thiện'],
    ['09616', 'Xã Đoài Phương'],
  ],
  'Huyện Ba Vì': [
    ['09619', 'Xã Quảng Oai'],
    ['09634', 'Xã Cổ Đô'],
    ['09661', 'Xã Minh Châu'],
    ['09664', 'Xã Vật Lại'],
    ['09676', 'Xã Bất Bạt'],
    ['09694', 'Xã Suối Hai'],
    ['09700', 'Xã Ba Vì'],
    ['09706', 'Xã Yên Bài'],
  ],
  'Huyện Chương Mỹ': [
    ['10015', 'Phường Chương Mỹ'],
    ['10030', 'Xã Phú Nghĩa'],
    ['10045', 'Xã Xuân Mai'],
    ['10072', 'Xã Quảng Bị'],
    ['10081', 'Xã Trần Phú'],
    ['10096', 'Xã Hòa Phú'],
  ],
  'Huyện Đan Phượng': [
    ['09784', 'Xã Đan Phượng'],
    ['09787', 'Xã Liên Minh'],
    ['09817', 'Xã Ô Diên'],
  ],
  'Huyện Đông Anh': [
    ['00454', 'Xã Đông Anh'],
    ['00466', 'Xã Phúc Thịnh'],
    ['00475', 'Xã Thư Lâm'],
    ['00493', 'Xã Thiên Lộc'],
    ['00508', 'Xã Vĩnh Thanh'],
  ],
  'Huyện Gia Lâm': [
    ['00541', 'Xã Phù Đổng'],
    ['00562', 'Xã Thuận An'],
    ['00565', 'Xã Gia Lâm'],
    ['00577', 'Xã Bát Tràng'],
  ],
  'Huyện Hoài Đức': [
    ['09832', 'Xã Hoài Đức'],
    ['09856', 'Xã Dương Hòa'],
    ['09871', 'Xã Sơn Đồng'],
    ['09877', 'Xã An Khánh'],
  ],
  'Huyện Mê Linh': [
    ['08974', 'Xã Quang Minh'],
    ['08980', 'Xã Yên Lãng'],
    ['08995', 'Xã Tiến Thắng'],
    ['09022', 'Xã Mê Linh'],
  ],
  'Huyện Mỹ Đức': [
    ['10441', 'Xã Mỹ Đức'],
    ['10459', 'Xã Phúc Sơn'],
    ['10465', 'Xã Hồng Sơn'],
    ['10489', 'Xã Hương Sơn'],
  ],
  'Huyện Phú Xuyên': [
    ['10273', 'Xã Phú Xuyên'],
    ['10279', 'Xã Phượng Dực'],
    ['10330', 'Xã Chuyên Mỹ'],
    ['10342', 'Xã Đại Xuyên'],
  ],
  'Huyện Phúc Thọ': [
    ['09715', 'Xã Phúc Thọ'],
    ['09739', 'Xã Phúc Lộc'],
    ['09772', 'Xã Hát Môn'],
  ],
  'Huyện Quốc Oai': [
    ['09895', 'Xã Quốc Oai'],
    ['09910', 'Xã Kiều Phú'],
    ['09931', 'Xã Hưng Đạo'],
    ['09952', 'Xã Phú Cát'],
  ],
  'Huyện Sóc Sơn': [
    ['00376', 'Xã Sóc Sơn'],
    ['00382', 'Xã Kim Anh'],
    ['00385', 'Xã Trung Giã'],
    ['00430', 'Xã Đa Phúc'],
    ['00433', 'Xã Nội Bài'],
  ],
  'Huyện Thạch Thất': [
    ['04930', 'Xã Yên Xuân'],
    ['09955', 'Xã Thạch Thất'],
    ['09982', 'Xã Hạ Bằng'],
    ['09988', 'Xã Hòa Lạc'],
    ['10003', 'Xã Tây Phương'],
  ],
  'Huyện Thanh Oai': [
    ['10114', 'Xã Thanh Oai'],
    ['10126', 'Xã Bình Minh'],
    ['10144', 'Xã Tam Hưng'],
    ['10180', 'Xã Dân Hòa'],
  ],
  'Huyện Thanh Trì': [
    ['00643', 'Phường Thanh Liệt'],
    ['00640', 'Xã Thanh Trì'],
    ['00664', 'Xã Đại Thanh'],
    ['00679', 'Xã Ngọc Hồi'],
    ['00685', 'Xã Nam Phù'],
  ],
  'Huyện Thường Tín': [
    ['10183', 'Xã Thường Tín'],
    ['10210', 'Xã Hồng Vân'],
    ['10231', 'Xã Thượng Phúc'],
    ['10237', 'Xã Chương Dương'],
  ],
  'Huyện Ứng Hòa': [
    ['10354', 'Xã Vân Đình'],
    ['10369', 'Xã Ứng Thiên'],
    ['10402', 'Xã Ứng Hòa'],
    ['10417', 'Xã Hòa Xá'],
  ],
};
