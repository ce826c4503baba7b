// Types for pbac (MIT, no bundled typings): only the surface src/localPolicyEvaluation.ts uses.
declare module 'pbac' {
  interface PbacOptions {
    validateSchema?: boolean
    validatePolicies?: boolean
  }
  interface PbacRequest {
    action: string
    resource: string
    /** Nested context: `{ iam: { passedtoservice: 'x' } }` stands for the key `iam:passedtoservice`. */
    context: Record<string, Record<string, unknown>>
  }
  class PBAC {
    constructor(policies: unknown, options?: PbacOptions)
    evaluate(request: PbacRequest): boolean
  }
  export = PBAC
}
