import { type LocalDate, localDate, parseLocalDate } from './local-date';

// Vietnamese lunar calendar: Hồ Ngọc Đức's astronomical algorithm (public, after Meeus, "Astronomical
// Algorithms"), evaluated at UTC+7. Vietnam uses UTC+7 where China uses UTC+8, so some years differ
// (e.g. Tết 2007: 17/02 in Vietnam, 18/02 in China; Tết 2030: 02/02 in Vietnam, 03/02 in China).
// No npm package was used: `amlich` (0.0.2, no licence) and `@dqcai/vn-lunar` (1.0.1, a single
// release) are not yet well-kept libraries, and the algorithm is short.

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const TIME_ZONE = 7; // Giờ Việt Nam: UTC+7
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2415021.076998695; // Julian day of the new moon of 1900-01-01
const DEG = Math.PI / 180;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  const base = dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  return base - Math.floor(y / 100) + Math.floor(y / 400) - 32045; // Gregorian calendar only
}

function jdToDate(jd: number): LocalDate {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((b * 146097) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = b * 100 + d - 4800 + Math.floor(m / 10);
  return localDate(year, month, day);
}

/** Julian day (with fraction, UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // Sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // Moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // Moon's arg. of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian day jdn (UT). */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Solar term sector (0–11, 30° each) at local midnight starting the given day. */
function getSunLongitude(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** Local (UTC+7) Julian day number of the k-th new moon. */
function getNewMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Start of lunar month 11 (the month containing the winter solstice) of solar year yy. */
function getLunarMonth11(yy: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = getNewMoonDay(k);
  return getSunLongitude(nm) >= 9 ? getNewMoonDay(k - 1) : nm;
}

/** Index (after month 11) of the leap month: the first month without a major solar term. */
function getLeapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = getSunLongitude(getNewMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Lunar conversion supports years ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  }
}

function monthStartOf(dayNumber: number): number {
  const k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const next = getNewMoonDay(k + 1);
  return next > dayNumber ? getNewMoonDay(k) : next;
}

/** Converts a solar (Gregorian) date to the Vietnamese lunar date. */
export function solarToLunar(date: LocalDate): LunarDate {
  const { year: yy, month: mm, day: dd } = parseLocalDate(date);
  checkYear(yy);
  const dayNumber = jdFromDate(dd, mm, yy);
  const monthStart = monthStartOf(dayNumber);
  let a11 = getLunarMonth11(yy);
  let b11 = a11;
  let year = yy + 1;
  if (a11 >= monthStart) {
    year = yy;
    a11 = getLunarMonth11(yy - 1);
  } else {
    b11 = getLunarMonth11(yy + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = getLeapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) {
    month -= 12;
  }
  if (month >= 11 && diff < 4) {
    year -= 1;
  }
  return { day: dayNumber - monthStart + 1, month, year, leap };
}

function lunarMonthOffset(month: number, leap: boolean, a11: number, b11: number): number {
  let off = month - 11 < 0 ? month + 1 : month - 11;
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11);
    const leapMonth = (leapOff - 2 + 12) % 12;
    if (leap && month !== leapMonth) {
      throw new RangeError(`Lunar month ${month} is not a leap month in this year`);
    }
    if (leap || off >= leapOff) {
      off += 1;
    }
  } else if (leap) {
    throw new RangeError(`This lunar year has no leap month`);
  }
  return off;
}

/** Converts a Vietnamese lunar date to the solar date; throws RangeError for dates that do not exist. */
export function lunarToSolar(day: number, month: number, year: number, leap = false): LocalDate {
  checkYear(year);
  checkDayMonth(day, month);
  const a11 = getLunarMonth11(month < 11 ? year - 1 : year);
  const b11 = getLunarMonth11(month < 11 ? year : year + 1);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const monthStart = getNewMoonDay(k + lunarMonthOffset(month, leap, a11, b11));
  const solar = jdToDate(monthStart + day - 1);
  const back = solarToLunar(solar);
  if (back.day !== day || back.month !== month || back.leap !== leap) {
    const leapText = leap ? ' nhuận' : '';
    throw new RangeError(`Lunar date does not exist: ${day}/${month}${leapText}/${year}`);
  }
  return solar;
}

function checkDayMonth(day: number, month: number): void {
  const monthOk = Number.isInteger(month) && month >= 1 && month <= 12;
  if (!monthOk || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar day/month: ${day}/${month}`);
  }
}

/** Mùng 1 tháng Giêng (Tết Nguyên đán) of the given lunar year. */
export function tetDate(year: number): LocalDate {
  return lunarToSolar(1, 1, year);
}

/** 10 tháng 3 âm lịch (Giỗ Tổ Hùng Vương), in the regular (non-leap) third month. */
export function hungKingsDate(year: number): LocalDate {
  return lunarToSolar(10, 3, year);
}
