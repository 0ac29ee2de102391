/**
 * esbuild plugins for the function bundles (serverless.yml custom.esbuild.plugins).
 *
 * zod's `z` namespace re-exports every locale (`z.locales`, ~360 KB); since `z` is passed around as a value, esbuild
 * cannot shake them off. The system speaks only Chinese (packages/schemas/src/zod.ts configures zh-CN), so the locale
 * index resolves to the zh-CN locale alone. `en`, zod's built-in default, is imported by its own path and unaffected.
 */
'use strict';

const onlyChineseLocale = {
  name: 'zod-only-zh-cn-locale',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/]classic[\\/]/.test(args.importer)) return undefined;
      return { path: args.importer.replace(/classic[\\/][^\\/]+$/, `locales/zh-CN${args.path.endsWith('.cjs') ? '.cjs' : '.js'}`) };
    });
  },
};

module.exports = [onlyChineseLocale];
