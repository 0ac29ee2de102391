/**
 * The architecture's boundaries, checked on every `pnpm test` (`pnpm lint:deps`): handlers → domain → ports ← adapters,
 * pure rules. See docs/decisions/021.
 */
const IO_MODULES = '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|dgram|dns|tls|worker_threads|cluster|readline|os|v8|vm|inspector|perf_hooks|timers)$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Circles (type-only ones too) make modules impossible to understand or move one at a time. ' +
        'The pathNot is the known type-only circle of the rules package (types ↔ facts ↔ calendar/types), broken by ' +
        'a leaf file in issue 9 part 4: delete it once that lands.',
      from: { pathNot: '^packages/rules/src/(types|facts|calendar/types)\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'rules-no-aws',
      severity: 'error',
      comment: 'packages/rules decides from facts only: no AWS SDK, no Lambda types.',
      from: { path: '^packages/rules/' },
      to: { path: '(^|/)node_modules/(@aws-sdk|@aws-lambda-powertools|aws-lambda|@types/aws-lambda)/' },
    },
    {
      name: 'rules-no-io',
      severity: 'error',
      comment: 'packages/rules does no I/O (files, network, processes, timers). The clock is checked by tests/unit/architecture/clock.test.ts.',
      from: { path: '^packages/rules/' },
      to: { dependencyTypes: ['core'], path: IO_MODULES },
    },
    {
      name: 'rules-no-workspace',
      severity: 'error',
      comment: 'packages/rules is the innermost package: it imports no other package of the workspace.',
      from: { path: '^packages/rules/' },
      to: { path: '^(packages/(domain|adapters|http|schemas)|services)/' },
    },
    {
      name: 'domain-no-http',
      severity: 'error',
      comment: 'The domain knows no HTTP stack; handlers translate.',
      from: { path: '^packages/domain/' },
      to: { path: '^packages/http/' },
    },
    {
      name: 'domain-no-adapters',
      severity: 'error',
      comment:
        'The domain talks to storage and queues only through its ports (packages/domain/src/ports).',
      from: { path: '^packages/domain/' },
      to: { path: '^packages/adapters/' },
    },
    {
      name: 'domain-no-aws',
      severity: 'error',
      comment: 'AWS belongs to the adapters.',
      from: { path: '^packages/domain/' },
      to: { path: '(^|/)node_modules/(@aws-sdk|@aws-lambda-powertools)/' },
    },
    {
      name: 'adapters-no-domain',
      severity: 'error',
      comment: 'Adapters implement the domain’s ports structurally; they never import the domain (docs/decisions/020).',
      from: { path: '^packages/adapters/' },
      to: { path: '^(packages/domain|services)/' },
    },
    {
      name: 'services-no-rule-logic',
      severity: 'error',
      comment: 'Handlers hold no rule logic: they may use the rules package’s types, never its values (go through the domain).',
      from: { path: '^services/' },
      to: { path: '^packages/rules/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Build output (the console's bundle after `pnpm start` or a browser run) is not source.
    exclude: { path: '(^|/)(dist|\\.esbuild[^/]*|\\.serverless|\\.local)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], mainFields: ['module', 'main', 'types'] },
    combinedDependencies: false,
  },
};
