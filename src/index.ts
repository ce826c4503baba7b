// The entrypoint GitHub runs (bundled into dist/index.js): it only starts the action.
import { run } from './main.ts'

await run()
