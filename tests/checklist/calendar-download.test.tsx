import { describe, expect, test, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { actions, givenAnswers, renderApp } from '../helpers'

const plan = () => screen.getByRole('region', { name: 'Jouw plan' })

/** The calendar file the next click hands to the browser, with the name it is saved under. */
function catchDownload() {
  const files: { name: string; blob: Blob }[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push({ name: '', blob: blob as Blob })
    return 'blob:calendar'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.at(-1)!.name = this.download
  })
  return files
}

describe('the conversation in the teacher’s calendar, under “Jouw plan”', () => {
  test('is offered once the date and time are known, and holds them with the usual room', async () => {
    actions().saveSettings({ defaultRoom: 'lokaal 12' })
    givenAnswers({ childName: 'Anouk de Vries', meetingAt: '2026-12-12T15:30' })
    const files = catchDownload()
    const { user } = renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    await user.click(within(plan()).getByRole('button', { name: 'Zet in je agenda' }))
    expect(
      await within(plan()).findByText('Het agendabestand is gedownload: oudergesprek-2026-12-12.ics'),
    ).toBeInTheDocument()
    expect(files.map((file) => file.name)).toEqual(['oudergesprek-2026-12-12.ics'])
    const text = await files[0]!.blob.text()
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Amsterdam:20261212T153000\r\n')
    expect(text).toContain('\r\nLOCATION:lokaal 12\r\n')
    expect(text).toContain('\r\nSUMMARY:Oudergesprek over A.d.V. (met ouderbuddy)\r\n')
  })

  test('holds the full name only when the teacher ticks it', async () => {
    givenAnswers({ childName: 'Anouk de Vries', meetingAt: '2026-12-12T15:30', room: 'de kamer van de IB' })
    const files = catchDownload()
    const { user } = renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    const fullName = within(plan()).getByRole('checkbox', { name: 'Zet de volledige naam van het kind in de agenda' })
    expect(fullName).not.toBeChecked()
    await user.click(fullName)
    await user.click(within(plan()).getByRole('button', { name: 'Zet in je agenda' }))
    await within(plan()).findByText(/Het agendabestand is gedownload/)
    const text = await files[0]!.blob.text()
    expect(text).toContain('\r\nSUMMARY:Oudergesprek over Anouk de Vries (met ouderbuddy)\r\n')
    expect(text).toContain('\r\nLOCATION:de kamer van de IB\r\n')
  })

  test('is not offered while the date and time are not known', async () => {
    givenAnswers({ childName: 'Anouk' })
    renderApp('/checklist')
    await screen.findByRole('heading', { level: 1, name: 'Jouw checklist' })
    expect(within(plan()).getByText('Nog niet ingevuld.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Zet in je agenda' })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox', { name: /volledige naam/ })).not.toBeInTheDocument()
  })
})
