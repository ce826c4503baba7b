// The demo's scenario, shared by `npm run demo` and the self-test workflow's test
// (.github/workflows/self-test.yml runs the same steps with `uses: ./`).
export const DEMO_STEPS = [
  { title: '1. dry-run on a fresh account (reads only)', mode: 'dry-run' },
  { title: '2. apply (creates what is missing)', mode: 'apply' },
  { title: '3. apply again (verifies, changes nothing)', mode: 'apply' }
] as const
