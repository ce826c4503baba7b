// The runner state through which the main step tells the post step which variables it exported.
export const EXPORTED_STATE = 'exported-variables'
