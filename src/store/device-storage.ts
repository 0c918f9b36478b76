/**
 * The device's storage. Where the browser does not let the app keep anything (Chrome's "sites may
 * not save data", the school policy DefaultCookiesSetting=2, a frame of another site with storage
 * blocked), even reading `window.localStorage` throws. The app then gets a stand-in that refuses
 * every call the same way, so every read and write fails where the app already expects a device
 * that says no, and the app starts, works in memory and says that nothing is kept.
 */
const REFUSED = Symbol('storage refused by the browser')

export function deviceStorage(read: () => Storage = () => window.localStorage): Storage {
  try {
    return read()
  } catch (error) {
    return refusingStorage(error)
  }
}

/** Whether this is the stand-in for storage the browser refused. */
export const isRefused = (storage: Storage): boolean => REFUSED in storage

function refusingStorage(error: unknown): Storage {
  const refuse = (): never => {
    throw error
  }
  return {
    [REFUSED]: true,
    get length(): number {
      return refuse()
    },
    key: refuse,
    getItem: refuse,
    setItem: refuse,
    removeItem: refuse,
    clear: refuse,
  } as Storage
}
