import { readAhead } from './reading.ts';

// The rows start loading before the rest of the action does (see readAhead).
readAhead(process.env);
const { run } = await import('./main.ts');
await run();
