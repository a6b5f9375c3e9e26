// The order the browser test files start in: longest first, so that the two workers (maxWorkers 2)
// finish together instead of one starting the handout last. Vitest's own order uses the durations
// of the last run on this machine, and on a fresh clone (CI) only file sizes; here a fresh clone
// falls back on the seconds each file took on an idle two-core machine. A file of neither kind runs first.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds each file took in a full run on a two-core machine, roughly: only their order matters. */
const EXPECTED: Record<string, number> = {
  'handout.e2e.ts': 55,
  'framing-1920-en.e2e.ts': 50,
  'framing-1920-ar.e2e.ts': 50,
  'explore.e2e.ts': 45,
  'export.e2e.ts': 45,
  'time.e2e.ts': 42,
  'briefing.e2e.ts': 40,
  'update.e2e.ts': 38,
  'framing-1280-en.e2e.ts': 33,
  'framing-1280-ar.e2e.ts': 33,
  'time-links.e2e.ts': 32,
  'framing-1024-en.e2e.ts': 30,
  'framing-1024-ar.e2e.ts': 28,
  'compare.e2e.ts': 28,
  'bilingual.e2e.ts': 28,
  'truth.e2e.ts': 27,
  'quality.e2e.ts': 25,
  'embed.e2e.ts': 20,
  'framing-phone-ar.e2e.ts': 18,
  'land.e2e.ts': 17,
  'framing-phone-en.e2e.ts': 15,
  'subpath.e2e.ts': 9,
  'onefile.e2e.ts': 9,
  'offline.e2e.ts': 8,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (f: TestSpecification) => {
      const cached = this.ctx.cache.getFileTestResults(`${f.project.name}:${path.relative(root, f.moduleId)}`);
      if (cached && !cached.failed) return cached.duration / 1000;
      return EXPECTED[path.basename(f.moduleId)] ?? Infinity;
    };
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}
