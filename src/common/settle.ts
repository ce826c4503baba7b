// A promise's outcome as a value, so that one agent's failure becomes its report and the others
// carry on.

/** Success or the error that stopped one piece of work. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

export const settle = <T>(work: Promise<T>): Promise<Settled<T>> =>
  work.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error })
  )
