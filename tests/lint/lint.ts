import { ESLint } from 'eslint'

/**
 * The project's own ESLint configuration, run on snippets as if they were files at a given path.
 * One instance per test file: loading the configuration is the slow part, linting a snippet is not.
 */
const eslint = new ESLint()

/** The rules that report a problem in `code` placed at `filePath`, one entry per problem. */
export async function problemsIn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((message) => message.ruleId ?? message.message)
}

/** The configuration ESLint applies to a file at `filePath`. */
export function configFor(filePath: string) {
  return eslint.calculateConfigForFile(filePath) as Promise<{ rules: Record<string, unknown[]> }>
}
