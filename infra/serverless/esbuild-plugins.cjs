/**
 * esbuild plugins for the function bundles (serverless.yml custom.esbuild.plugins).
 *
 * zod's `z` namespace re-exports every locale (`z.locales`, ~360 KB); since `z` is passed around as a value, esbuild
 * cannot shake them off. The system speaks only Chinese (packages/schemas/src/zhMessages.ts, configured in zod.ts), so the locale
 * index resolves to the zh-CN locale alone. `en`, zod's built-in default, is imported by its own path and unaffected.
 */
'use strict';
const path = require('node:path');

const onlyChineseLocale = {
  name: 'zod-only-zh-cn-locale',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer)) return undefined;
      const dir = path.resolve(path.dirname(args.importer), '../locales');
      return { path: path.join(dir, 'index-zh-CN-only.js'), namespace: 'zod-locales', pluginData: { dir, ext: path.extname(args.path) } };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, ({ pluginData: { dir, ext } }) => ({
      contents: `export { default as zhCN } from ${JSON.stringify(path.join(dir, 'zh-CN' + ext))};\nexport { default as en } from ${JSON.stringify(path.join(dir, 'en' + ext))};\n`,
      resolveDir: dir,
    }));
  },
};

/**
 * chinese-days' schedule data (dist/chinese-days.json, 37 KB) as packages/rules/src/calendar/chineseDaysData.ts reads
 * it: the dates of `holidays` and `workdays`, a holiday's name only where it is 春节 (which marks a year as officially
 * scheduled there). Dropped: `inLieuDays`, which nothing reads, and the English names and day counts (~15 KB).
 * tests/unit/infra/esbuildPlugins.test.ts checks that the bundled module answers exactly as the source does.
 */
const chineseDaysSchedules = {
  name: 'chinese-days-schedules-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]chinese-days[\\/]dist[\\/]chinese-days\.json$/ }, async (args) => {
      const data = JSON.parse(await require('node:fs/promises').readFile(args.path, 'utf8'));
      const holidays = Object.fromEntries(Object.entries(data.holidays).map(([d, name]) => [d, name.includes('春节') ? '春节' : '']));
      const workdays = Object.fromEntries(Object.keys(data.workdays).map((d) => [d, '']));
      return { contents: JSON.stringify({ holidays, workdays }), loader: 'json' };
    });
  },
};

/**
 * The rule catalogue's entries (packages/rules/src/catalogue/entries.json, read by every function that evaluates
 * rules): as a JSON module esbuild repeats the six key names in each of its ~340 objects, over half its bytes. Bundled
 * as rows of values with the pack and stage as indexes, and the same objects built from them at load.
 * tests/unit/infra/esbuildPlugins.test.ts checks the bundled module's default export equals the JSON.
 */
const KEYS = ['id', 'pack', 'function', 'article', 'primaryCheck', 'markedOverridable'];
const compactCatalogueEntries = {
  name: 'compact-catalogue-entries',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/]src[\\/]catalogue[\\/]entries\.json$/ }, async (args) => {
      const entries = JSON.parse(await require('node:fs/promises').readFile(args.path, 'utf8'));
      // Any other shape (a key added or dropped) is bundled as it is: the encoding must never lose a field.
      if (!entries.every((e) => Object.keys(e).join() === KEYS.join())) return undefined;
      const packs = [...new Set(entries.map((e) => e.pack))];
      const stages = [...new Set(entries.map((e) => e.function))];
      const rows = entries.map((e) => [e.id, packs.indexOf(e.pack), stages.indexOf(e.function), e.article, e.primaryCheck, e.markedOverridable ? 1 : 0]);
      return {
        contents: `const P = ${JSON.stringify(packs)}, S = ${JSON.stringify(stages)};
export default ${JSON.stringify(rows)}.map(([id, p, s, article, primaryCheck, o]) => ({ id, pack: P[p], function: S[s], article, primaryCheck, markedOverridable: o === 1 }));`,
        loader: 'js',
      };
    });
  },
};

module.exports = [onlyChineseLocale, chineseDaysSchedules, compactCatalogueEntries];
