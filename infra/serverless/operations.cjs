/**
 * Serverless plugin for what plain serverless.yml cannot say:
 * - functions listed in custom.localOnlyFunctions (the bench baseline) exist only on stage `local`;
 * - every function gets an Errors and a Throttles alarm to the AlarmTopic, derived from the function list so a new
 *   function can never be left without them;
 * - the shared role the framework still builds is removed once every function has its own
 *   (serverless-iam-roles-per-function), so no role with broader rights is left lying around.
 * CommonJS because the framework require()s local plugins.
 */
'use strict';

const LOCAL_STAGE = 'local';

class OperationsPlugin {
  constructor(serverless) {
    this.serverless = serverless;
    this.hooks = {
      // After variables are resolved, before any command (print, offline, package) looks at the functions.
      initialize: () => this.dropLocalOnlyFunctions(),
      'before:package:finalize': () => this.finalizeTemplate(),
    };
  }

  stage() {
    return this.serverless.getProvider('aws').getStage();
  }

  dropLocalOnlyFunctions() {
    if (this.stage() === LOCAL_STAGE) return;
    const localOnly = this.serverless.service.custom?.localOnlyFunctions ?? [];
    for (const name of localOnly) delete this.serverless.service.functions[name];
  }

  finalizeTemplate() {
    const resources = this.serverless.service.provider.compiledCloudFormationTemplate.Resources;
    const naming = this.serverless.getProvider('aws').naming;
    for (const name of this.serverless.service.getAllFunctions()) {
      const logicalId = naming.getLambdaLogicalId(name);
      for (const metric of ['Errors', 'Throttles']) {
        resources[`${logicalId}${metric}Alarm`] = {
          Type: 'AWS::CloudWatch::Alarm',
          Properties: {
            AlarmDescription: `${name}: ${metric === 'Errors' ? '函数执行出错' : '函数调用被限流'}`,
            Namespace: 'AWS/Lambda',
            MetricName: metric,
            Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId } }],
            Statistic: 'Sum',
            Period: 300,
            EvaluationPeriods: 1,
            Threshold: 0,
            ComparisonOperator: 'GreaterThanThreshold',
            TreatMissingData: 'notBreaching',
            AlarmActions: [{ Ref: 'AlarmTopic' }],
          },
        };
      }
    }
    const shared = naming.getRoleLogicalId();
    if (resources[shared] && !JSON.stringify(withoutKey(resources, shared)).includes(`"${shared}"`)) delete resources[shared];
  }
}

function withoutKey(obj, key) {
  const { [key]: _omit, ...rest } = obj;
  return rest;
}

module.exports = OperationsPlugin;
