// How the tests read an @cloud-copilot/iam-simulate answer, in one place: whether the identity
// policies allow the request (every answer, for a wildcard request), and whether IAM could never
// match such a grant at all (a resource of no type the action authorizes on).
import type { runSimulation } from '@cloud-copilot/iam-simulate'

type Answer = Awaited<ReturnType<typeof runSimulation>>

/** IAM never matches this grant: the action has no resource of that type, or only `*`. */
export const neverMatches = (answer: Answer): boolean =>
  answer.resultType === 'error' &&
  /no\.resource\.types|must\.use\.wildcard/.test(JSON.stringify(answer.errors))

/** The identity-policy part of IAM's answer: allowed, for every resource the request stands for. */
export function identityAllows(answer: Answer): boolean {
  const results =
    answer.resultType === 'single'
      ? [answer.result]
      : answer.resultType === 'wildcard'
        ? answer.results
        : []
  return (
    results.length > 0 &&
    results.every((result) => result.analysis.identityAnalysis?.result === 'Allowed')
  )
}
