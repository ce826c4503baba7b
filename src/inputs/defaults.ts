// The inputs' defaults, as action.yml declares them: used when an input is empty (a runner always
// passes action.yml's defaults; a local run or a test may not). A test holds this table against
// action.yml, so the two cannot drift apart.
/** Defaults, as action.yml declares them (used when the reader returns '', e.g. in local runs). */
export const DEFAULTS = {
  audience: 'sts.amazonaws.com',
  roleDurationSeconds: 3600,
  mode: 'apply',
  deploymentType: 'container',
  protocol: 'HTTP',
  rolePath: '/'
} as const
