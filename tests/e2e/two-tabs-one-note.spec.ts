import { test, expect, ANOUK, walkWizard } from './fixtures'

/**
 * Two tabs of the same preparation, the teacher typing in the same note in both at once (the
 * laptop and a tab left open): neither text vanishes. The one written last keeps its place, the
 * other follows under a line that says where it came from, in both tabs and on the device.
 */
test('two tabs typing in the same note at the same moment keep both texts', async ({ page, context }) => {
  await walkWizard(page, ANOUK)
  await page.getByRole('button', { name: 'Maak mijn checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Jouw checklist' })).toBeVisible()
  const other = await context.newPage()
  await other.goto(page.url())
  await expect(other.getByText('Voor het gesprek over Anouk')).toBeVisible()

  const title = 'Begin met een praatje'
  for (const tab of [page, other]) await tab.getByRole('button', { name: `Notitie toevoegen bij ‘${title}’` }).click()
  const note = (tab: typeof page) => tab.getByRole('textbox', { name: `Notitie bij ‘${title}’` })
  // Typed in both before either is saved (saving waits a moment after the last key).
  await note(page).fill('Over de verhuizing')
  await note(other).fill('Over de nieuwe hond')

  const both =
    /^Over de (verhuizing|nieuwe hond)\n\n— Tegelijk in een ander tabblad geschreven: —\nOver de (verhuizing|nieuwe hond)$/
  await expect(note(other)).toHaveValue(both)
  await expect(note(page)).toHaveValue(both)
  const kept = await note(page).inputValue()
  expect(kept).toContain('Over de verhuizing')
  expect(kept).toContain('Over de nieuwe hond')
  await expect
    .poll(() =>
      page.evaluate(() => {
        const saved = JSON.parse(localStorage.getItem('oudergesprek')!) as {
          state: { preparations: Record<string, { notes: Record<string, string> }> }
        }
        return Object.values(saved.state.preparations)[0]!.notes['during.small-talk']
      }),
    )
    .toBe(kept)
})
