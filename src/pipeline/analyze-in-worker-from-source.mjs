// The worker entry when newsgraph runs from its TypeScript sources (vitest, tsx). Node 20 does not
// apply ESM loader flags such as `--import tsx` to worker threads (nodejs/node#47747), so the thread
// registers tsx itself before it imports the TypeScript entry. The built package never loads this.
import { register } from 'tsx/esm/api';

register();
const { default: analyzeInWorker } = await import('./analyze-in-worker.ts');

export default analyzeInWorker;
