import { useEffect } from 'react'
import { navigate } from '../ui/router'

/** Goes on to another address in place of this one, as the app's own move (not the teacher's). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to])
  return null
}
