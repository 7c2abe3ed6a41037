/**
 * Go's time.Time as encoding/json writes it (every Ollama body and stream line has one in
 * `created_at`): RFC 3339 with any number of fractional digits,
 * `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$`, read to Unix seconds by
 * character codes in one pass. The regex and then Date.parse were each a twentieth of a small
 * body's decode; telling the pattern and reading the digits in two passes, still a tenth.
 */

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The two ASCII digits at `at` as a number; -1 when either is none (charCodeAt past the end is NaN: none). */
const twoDigits = (text: string, at: number): number => {
  const high = text.charCodeAt(at) - 0x30;
  const low = text.charCodeAt(at + 1) - 0x30;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
};

const DASH = 0x2d;
const COLON = 0x3a;

/** Whether the date and time separators stand where RFC 3339 puts them. */
const separatorsStand = (text: string): boolean =>
  text.charCodeAt(4) === DASH &&
  text.charCodeAt(7) === DASH &&
  text.charCodeAt(10) === 0x54 &&
  text.charCodeAt(13) === COLON &&
  text.charCodeAt(16) === COLON;

/** Where the zone starts: after the seconds and any fraction (a dot and at least one digit); -1 when no zone can. */
const zoneStart = (text: string): number => {
  let at = 19;
  if (text.charCodeAt(at) !== 0x2e) return at;
  at += 1;
  const digits = at;
  while (isDigit(text.charCodeAt(at))) at += 1;
  return at === digits ? -1 : at;
};

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil), in arithmetic: Date.UTC, a call into the engine, was most of a `created_at`'s
 * reading.
 */
const daysSinceEpoch = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** What the engine's Date.parse reads, in whole seconds (it truncates a fraction to ms, never rounding up). */
const secondsByDateParse = (text: string): number | undefined => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
};

/**
 * Whole Unix seconds of an RFC 3339 time; undefined when the text is not one (Date.parse alone
 * would also take "2024" or "March 7"). A time whose every field is in the range every calendar
 * has (a day up to 28, no 24:00, no leap second, an offset below 24 h) is worked out from its
 * digits; any other goes to the engine's Date.parse as before (V8 rolls April 31 and 24:00 over
 * and refuses 23:60; another engine may refuse April 31).
 */
export const secondsOfTime = (text: string): number | undefined => {
  if (text.length < 20 || !separatorsStand(text)) return undefined;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  if (century < 0 || yearOfCentury < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  const zone = zoneStart(text);
  if (zone < 0) return undefined;
  let offsetMinutes = 0;
  let inRange = true;
  const sign = text.charCodeAt(zone);
  if (sign === 0x5a) {
    if (zone + 1 !== text.length) return undefined;
  } else {
    if ((sign !== 0x2b && sign !== DASH) || zone + 6 !== text.length || text.charCodeAt(zone + 3) !== COLON) return undefined;
    const offsetHours = twoDigits(text, zone + 1);
    const minutes = twoDigits(text, zone + 4);
    if (offsetHours < 0 || minutes < 0) return undefined;
    inRange = offsetHours <= 23 && minutes <= 59;
    offsetMinutes = (sign === DASH ? -1 : 1) * (offsetHours * 60 + minutes);
  }
  const year = century * 100 + yearOfCentury;
  // Date.UTC reads years 0 to 99 as 1900 to 1999: left to Date.parse, as every out-of-range field.
  inRange &&= year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour <= 23 && minute <= 59 && second <= 59;
  if (!inRange) return secondsByDateParse(text);
  return daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
};
