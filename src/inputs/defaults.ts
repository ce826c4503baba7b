// The inputs' defaults, by input name, as action.yml declares them: used when an input is empty (a
// runner always passes action.yml's defaults; a local run or a test may not). A test holds this
// table against action.yml, so the two cannot drift apart. Inputs whose default depends on other
// inputs (export-credentials, role-session-name) or on the environment are not here.
export const INPUT_DEFAULTS = {
  audience: 'sts.amazonaws.com',
  'role-duration-seconds': '3600',
  mode: 'apply',
  'deployment-type': 'container',
  protocol: 'HTTP',
  'role-path': '/',
  'fail-on-drift': 'false',
  'create-codebuild-role': 'true',
  'allow-broad-extra-policy': 'false',
  'manage-existing-roles': 'false',
  'check-pass-role': 'true',
  'check-deploy-permissions': 'false',
  'comment-on-pr': 'false',
  'cleanup-credentials': 'true',
  'cdk-qualifier': 'hnb659fds',
  'validate-policies': 'true',
  'check-new-access': 'true',
  'delete-in-use': 'false',
  'treat-finding-type-as-blocking': 'ERROR,SECURITY_WARNING'
} as const

export type DefaultedInput = keyof typeof INPUT_DEFAULTS

/** The parsed defaults the parsers use. */
export const DEFAULTS = {
  audience: INPUT_DEFAULTS.audience,
  roleDurationSeconds: Number(INPUT_DEFAULTS['role-duration-seconds']),
  mode: INPUT_DEFAULTS.mode,
  deploymentType: INPUT_DEFAULTS['deployment-type'],
  protocol: INPUT_DEFAULTS.protocol,
  rolePath: INPUT_DEFAULTS['role-path'],
  cdkQualifier: INPUT_DEFAULTS['cdk-qualifier']
} as const
