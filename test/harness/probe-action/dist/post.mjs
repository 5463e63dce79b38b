// The probe's post step: proves state saved by main reaches it as STATE_<name>.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.GITHUB_STEP_SUMMARY, `post saw ${process.env.STATE_phase}\n`);
