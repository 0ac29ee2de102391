/**
 * Serverless plugin: builds the Tracer layer (decision 192) before anything is packaged. Powertools Tracer and what
 * it pulls in (the X-Ray SDK, cls-hooked, semver; ~115 KB) are excluded from every function bundle
 * (custom.esbuild.exclude) and shipped once, as the layer `tracer`, whose `nodejs/node_modules` the Lambda runtime
 * puts on NODE_PATH (/opt/nodejs/node_modules). The layer holds one esbuild bundle of the package, so it needs no
 * install at package time and carries exactly the version the workspace locks (packages/observability).
 * The folder is generated (git-ignored); `buildTracerLayer` is also called by tests.
 * CommonJS because the framework require()s local plugins.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = '@aws-lambda-powertools/tracer';
const ROOT = path.resolve(__dirname, '../..');
/** serverless.yml layers.tracer.path. */
const LAYER_DIR = path.join(ROOT, '.layers/tracer');
/** Where the package resolves from: the workspace package that depends on it. */
const RESOLVE_DIR = path.join(ROOT, 'packages/observability');

/** Writes `<dir>/nodejs/node_modules/@aws-lambda-powertools/tracer/{index.js,package.json}`; returns index.js's path. */
function buildTracerLayer(dir = LAYER_DIR) {
  const esbuild = require('esbuild');
  const pkgDir = path.join(dir, 'nodejs/node_modules', PACKAGE);
  fs.mkdirSync(pkgDir, { recursive: true });
  const { version } = JSON.parse(fs.readFileSync(path.join(RESOLVE_DIR, 'node_modules', PACKAGE, 'package.json'), 'utf8'));
  const file = path.join(pkgDir, 'index.js');
  // Written aside and renamed into place: packaging runs of several stages may build the layer at the same time.
  const tmp = `${file}.${process.pid}.tmp`;
  esbuild.buildSync({
    stdin: { contents: `module.exports = require(${JSON.stringify(PACKAGE)});`, resolveDir: RESOLVE_DIR, loader: 'js' },
    outfile: tmp,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // The runtime's SDK, as in the function bundles (decision 032).
    external: ['@aws-sdk/*'],
    logLevel: 'error',
  });
  fs.renameSync(tmp, file);
  fs.writeFileSync(path.join(pkgDir, 'package.json'), JSON.stringify({ name: PACKAGE, version, main: 'index.js' }, null, 2) + '\n');
  return file;
}

/** The SDK's error when no credentials are configured (`pnpm package`, the deploy check). */
const noCredentials = (e) => e?.name === 'CredentialsProviderError' || /credentials/i.test(String(e?.message));

class TracerLayerPlugin {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = {
      initialize: () => this.packageWithoutCredentials(),
      'before:package:createDeploymentArtifacts': () => buildTracerLayer(),
    };
  }

  /**
   * The framework asks CloudFormation for the deployed stack's layer hash, to reuse an unchanged layer's upload,
   * and fails when there are no credentials: packaging must work without (issue 12). Without credentials there is no
   * stack to compare with, so the layer is packaged as new, which is what a missing stack already does.
   */
  packageWithoutCredentials() {
    const compiler = this.serverless.pluginManager.plugins.find((p) => typeof p.compareWithLastLayer === 'function');
    if (!compiler) return;
    const compare = compiler.compareWithLastLayer.bind(compiler);
    compiler.compareWithLastLayer = async (layerName) => {
      try {
        return await compare(layerName);
      } catch (e) {
        if (!noCredentials(e)) throw e;
        return undefined;
      }
    };
  }
}

module.exports = TracerLayerPlugin;
module.exports.buildTracerLayer = buildTracerLayer;
module.exports.LAYER_DIR = LAYER_DIR;
