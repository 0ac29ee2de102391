/** Prints one closing line "N passed, N failed, N skipped" that any CI can read, after vitest's own summary. */
import type { Reporter } from 'vitest/reporters';
import type { RunnerTask } from 'vitest';

export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTask[] = []): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const walk = (t: RunnerTask) => {
      if (t.type === 'test') {
        const s = t.result?.state;
        if (s === 'pass') passed++;
        else if (s === 'fail') failed++;
        else skipped++;
      }
      for (const c of (t as { tasks?: RunnerTask[] }).tasks ?? []) walk(c);
    };
    files.forEach(walk);
    for (const f of files) if (f.result?.state === 'fail' && !(f as { tasks?: RunnerTask[] }).tasks?.length) failed++;
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
