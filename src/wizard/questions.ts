import { ADDRESS_VALUES, BUDDY_VALUES, LIMITS, PARENTS_VALUES } from '../rules/answers'
import { formatMeetingAt } from '../i18n/format'
import type { Question } from './question-types'

/**
 * The wizard, one page per entry, in order: the page's address, its question, its fields (each
 * with how it is checked and shown on check-your-answers). The screens, the routes, the form
 * schemas and check-your-answers are all made from this table. It is data: it imports no
 * component and no store, so it loads in plain Node (tests/wizard/questions-data.test.ts).
 */
export const QUESTIONS: Question[] = [
  {
    step: 'buddy',
    title: 'q.buddy.title',
    hint: 'q.buddy.hint',
    after: 'about-the-sheet',
    fields: [
      {
        kind: 'choice',
        name: 'buddy',
        options: BUDDY_VALUES.map((value) => ({ answer: value, label: `q.buddy.${value}` as const })),
        error: 'error.buddy',
        check: {
          label: 'check.buddy',
          hidden: 'check.buddy.hidden',
          format: (a, t) => a.buddy && t(`q.buddy.${a.buddy}`),
        },
      },
    ],
  },
  {
    step: 'sensitive-news',
    title: 'q.sensitiveNews.title',
    hint: 'q.sensitiveNews.hint',
    fields: [
      {
        kind: 'choice',
        name: 'sensitiveNews',
        options: [
          { answer: true, label: 'q.yes' },
          { answer: false, label: 'q.no' },
        ],
        error: 'error.sensitiveNews',
        check: {
          label: 'check.sensitiveNews',
          hidden: 'check.sensitiveNews.hidden',
          format: (a, t) => (a.sensitiveNews === undefined ? undefined : t(a.sensitiveNews ? 'q.yes' : 'q.no')),
        },
      },
    ],
  },
  {
    step: 'minutes',
    title: 'q.minutes.title',
    hint: 'q.minutes.hint',
    fields: [
      {
        kind: 'number',
        name: 'expectedMinutes',
        limits: LIMITS.minutes,
        errors: { required: 'error.minutes.required', integer: 'error.minutes.integer', range: 'error.minutes.range' },
        suffix: 'q.minutes.suffix',
        check: {
          label: 'check.minutes',
          hidden: 'check.minutes.hidden',
          format: (a, t) =>
            a.expectedMinutes === undefined ? undefined : t('check.minutes.value', { n: a.expectedMinutes }),
        },
      },
    ],
  },
  {
    step: 'attendees',
    title: 'q.attendees.title',
    fields: [
      {
        kind: 'choice',
        name: 'parentsAttending',
        label: 'q.parents.label',
        options: PARENTS_VALUES.map((n) => ({ answer: n, label: `q.parents.${n}` as const })),
        error: 'error.parents',
        check: {
          label: 'check.parents',
          hidden: 'check.parents.hidden',
          format: (a, t) => a.parentsAttending && t(`q.parents.${a.parentsAttending}`),
        },
      },
      {
        kind: 'text',
        name: 'parentNames',
        label: 'q.parentNames.label',
        hint: 'q.parentNames.hint',
        optional: true,
        max: LIMITS.name.max,
        error: 'error.parentNames',
        width: 'medium',
        check: { label: 'check.parentNames', hidden: 'check.parentNames.hidden' },
      },
      {
        kind: 'people',
        name: 'others',
        countField: 'otherAttendees',
        label: 'q.others.label',
        hint: 'q.others.hint',
        optional: true,
        max: LIMITS.otherAttendees.max,
        check: {
          label: 'check.others',
          hidden: 'check.others.hidden',
          format: (a, t) =>
            a.others === undefined
              ? undefined
              : a.others.length === 0
                ? t('check.others.nobody')
                : a.others
                    .map((p) => {
                      const extra = [p.name, p.role === 'interpreter' ? p.language : undefined].filter(Boolean)
                      return `${t(`role.${p.role}`)}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`
                    })
                    .join(', '),
        },
      },
    ],
  },
  {
    step: 'child-name',
    title: 'q.childName.title',
    hint: 'q.childName.hint',
    optional: true,
    fields: [
      {
        kind: 'text',
        name: 'childName',
        max: LIMITS.childName.max,
        error: 'error.childName',
        width: 'medium',
        check: { label: 'check.childName', hidden: 'check.childName.hidden' },
      },
    ],
  },
  {
    step: 'address',
    title: 'q.address.title',
    hint: 'q.address.hint',
    fields: [
      {
        kind: 'choice',
        name: 'address',
        options: ADDRESS_VALUES.map((value) => ({ answer: value, label: `q.address.${value}` as const })),
        error: 'error.address',
        check: {
          label: 'check.address',
          hidden: 'check.address.hidden',
          format: (a, t) => a.address && t(`q.address.${a.address}`),
        },
      },
    ],
  },
  {
    step: 'purpose',
    title: 'q.purpose.title',
    hint: 'q.purpose.hint',
    optional: true,
    fields: [
      {
        kind: 'text',
        name: 'purpose',
        // With sensitive news the page asks a second subject: this one is then the teacher's own.
        label: 'q.purpose.own.label',
        hint: 'q.purpose.own.hint',
        optional: true,
        max: LIMITS.purpose.max,
        error: 'error.purpose',
        width: 'long',
        check: { label: 'check.purpose', hidden: 'check.purpose.hidden' },
      },
      {
        kind: 'text',
        name: 'parentSubject',
        label: 'q.parentSubject.label',
        hint: 'q.parentSubject.hint',
        optional: true,
        max: LIMITS.purpose.max,
        error: 'error.purpose',
        width: 'long',
        shownWhen: (answers) => answers.sensitiveNews === true,
        check: { label: 'check.parentSubject', hidden: 'check.parentSubject.hidden' },
      },
    ],
  },
  {
    step: 'meeting-at',
    title: 'q.meetingAt.title',
    fields: [
      {
        kind: 'date-time',
        name: 'meetingAt',
        label: 'q.meetingAt.label',
        hint: 'q.meetingAt.hint',
        optional: true,
        check: {
          label: 'check.meetingAt',
          hidden: 'check.meetingAt.hidden',
          format: (a, _, locale) => a.meetingAt && formatMeetingAt(a.meetingAt, locale),
        },
      },
      {
        kind: 'text',
        name: 'room',
        label: 'q.room.label',
        hint: 'q.room.hint',
        optional: true,
        max: LIMITS.room.max,
        error: 'error.room',
        width: 'medium',
        initial: (settings) => settings.defaultRoom,
        check: { label: 'check.room', hidden: 'check.room.hidden' },
      },
    ],
  },
]
