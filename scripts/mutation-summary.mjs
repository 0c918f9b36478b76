// The mutation run's result, from Stryker's JSON report (reports/mutation/mutation.json): the score
// per file and for the whole, held to their thresholds. `--readme` also writes the result into
// README.md, between its `<!-- mutation -->` markers, so the figure there is never typed by hand.
// Exits 1 when a file or the whole is below its threshold, or when there is no report.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The lowest score a file may have, and the whole. */
export const THRESHOLDS = { file: 85, total: 90 }
export const REPORT = 'reports/mutation/mutation.json'
const START = '<!-- mutation -->'
const END = '<!-- /mutation -->'

// As Stryker counts: a timed-out mutant was noticed; one no test reached was not. Mutants that
// did not compile or were ignored (a `Stryker disable` comment) are not part of the score.
const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

/** Counts of one file's (or several files') mutants by how they ended, and the score. */
function tally(mutants) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length
  const detected = mutants.filter((mutant) => DETECTED.has(mutant.status)).length
  const undetected = mutants.filter((mutant) => UNDETECTED.has(mutant.status)).length
  const valid = detected + undetected
  return {
    killed: count('Killed'),
    timedOut: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    valid,
    score: valid === 0 ? 100 : (detected / valid) * 100,
  }
}

/** Each file's tally (by path), the whole's, and what falls below its threshold. */
export function summarise(report, thresholds = THRESHOLDS) {
  const files = Object.entries(report.files)
    .map(([path, file]) => ({ path, ...tally(file.mutants) }))
    .sort((a, b) => a.path.localeCompare(b.path))
  const total = tally(Object.values(report.files).flatMap((file) => file.mutants))
  const below = files.filter((file) => file.score < thresholds.file)
  return { files, total, below, passes: below.length === 0 && total.score >= thresholds.total }
}

// Floored, as Stryker shows them: 84.99 % is not rounded up past a threshold of 85.
const percent = (score) => `${(Math.floor(score * 100) / 100).toFixed(2)} %`
const counts = (t) =>
  `${t.killed} killed, ${t.timedOut} timed out, ${t.survived} survived, ${t.noCoverage} without a test reaching them`

/** The table the terminal shows: one line per file, then the whole, then what is below its threshold. */
export function formatSummary({ files, total, below, passes }, thresholds = THRESHOLDS) {
  const width = Math.max(...files.map((file) => file.path.length), 'all files'.length)
  const line = (name, t, mark = '') =>
    `${name.padEnd(width)}  ${percent(t.score).padStart(8)}  ${String(t.valid).padStart(5)} mutants  ${counts(t)}${mark}`
  return [
    ...files.map((file) => line(file.path, file, file.score < thresholds.file ? `  BELOW ${thresholds.file} %` : '')),
    line('all files', total, total.score < thresholds.total ? `  BELOW ${thresholds.total} %` : ''),
    passes
      ? `Every file at ${thresholds.file} % or more, all files together at ${thresholds.total} % or more.`
      : `Below the thresholds (each file ${thresholds.file} %, all files ${thresholds.total} %): ` +
        [...below.map((file) => file.path), ...(total.score < thresholds.total ? ['all files'] : [])].join(', '),
  ].join('\n')
}

/** The README's paragraph about the last run: the whole, its lowest files, and the date of the report. */
export function readmeText({ files, total }, date) {
  const lowest = [...files].sort((a, b) => a.score - b.score).slice(0, 3)
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return (
    `Last run (${day}, ${files.length} files, ${total.valid} mutants): **${percent(total.score)}** ` +
    `(${counts(total)}). Lowest files: ` +
    lowest.map((file) => `\`${file.path}\` ${percent(file.score)}`).join(', ') +
    '. Written by `node scripts/mutation-summary.mjs --readme` from the report; ' +
    'the same command without `--readme` prints every file.'
  )
}

/** `readme` with the text between its markers replaced by `text`. */
export function withMutationBlock(readme, text) {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} block`)
  return `${readme.slice(0, start + START.length)}\n${text}\n${readme.slice(end)}`
}

function main(args) {
  let report
  try {
    report = JSON.parse(readFileSync(REPORT, 'utf8'))
  } catch (error) {
    console.error(`No mutation report to read at ${REPORT} (${error.message}): run \`npx stryker run\` first.`)
    return 1
  }
  const summary = summarise(report)
  console.log(formatSummary(summary))
  if (args.includes('--readme')) {
    const readme = readFileSync('README.md', 'utf8')
    writeFileSync('README.md', withMutationBlock(readme, readmeText(summary, statSync(REPORT).mtime)))
    console.log('README.md: the mutation score written from the report.')
  }
  return summary.passes ? 0 : 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2))
