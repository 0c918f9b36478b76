/**
 * Dutch words for reading a typed date: what it was understood as, and what in it was not
 * understood. Only the forms that read a date need them, so they are not in the first load:
 * `./typed-date.ts` adds them when it loads.
 */
export const nlDates = {
  'date.understood': 'Dat is {date}.',
  'error.date': 'We begrijpen ‘{text}’ niet als datum. Schrijf bijvoorbeeld 15-12-2026 of 15 december.',
  'error.date.monthName': 'We kennen geen maand ‘{word}’. Schrijf bijvoorbeeld 15 december of 15 dec.',
  'error.date.month': 'Er is geen maand {month}. Vul een maand van 1 tot en met 12 in.',
  'error.date.day': 'Er is geen dag {day}. Vul een dag van 1 tot en met 31 in.',
  'error.date.year': 'Het jaar {year} kan niet. Schrijf het jaar bijvoorbeeld als 2027 of 27.',
  'error.date.days.2': '‘{text}’ bestaat niet: februari heeft in {year} {days} dagen.',
  'error.date.days.4': '‘{text}’ bestaat niet: april heeft 30 dagen.',
  'error.date.days.6': '‘{text}’ bestaat niet: juni heeft 30 dagen.',
  'error.date.days.9': '‘{text}’ bestaat niet: september heeft 30 dagen.',
  'error.date.days.11': '‘{text}’ bestaat niet: november heeft 30 dagen.',
} as const
