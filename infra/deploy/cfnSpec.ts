/**
 * Offline validation of a CloudFormation template against the resource specification that @aws-cdk/cfnspec
 * carries: every resource type exists, required properties are present, no property is unknown, values have the
 * specified shape (struct, list, map, primitive; intrinsic functions accepted anywhere), and every Ref and GetAtt
 * names something that exists.
 */
import { createRequire } from 'node:module';

interface PropSpec {
  Required?: boolean;
  Type?: string;
  ItemType?: string;
  PrimitiveType?: string;
  PrimitiveItemType?: string;
}
interface TypeSpec {
  Properties?: Record<string, PropSpec>;
  Attributes?: Record<string, unknown>;
}
interface Spec {
  ResourceTypes: Record<string, TypeSpec>;
  PropertyTypes: Record<string, TypeSpec>;
}

export const cfnSpec = (): Spec => createRequire(import.meta.url)('@aws-cdk/cfnspec/spec/specification.json');

export interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: unknown; DeletionPolicy?: string; UpdateReplacePolicy?: string }>;
  Parameters?: Record<string, unknown>;
  Outputs?: Record<string, unknown>;
}

const isIntrinsic = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && /^(Ref|Fn::\w+|Condition)$/.test(Object.keys(v)[0]);

function primitiveOk(type: string, v: unknown): boolean {
  if (isIntrinsic(v)) return true;
  switch (type) {
    case 'String':
    case 'Timestamp':
      return typeof v === 'string' || typeof v === 'number';
    case 'Integer':
    case 'Long':
    case 'Double':
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)));
    case 'Boolean':
      return typeof v === 'boolean' || v === 'true' || v === 'false';
    case 'Json':
      return typeof v === 'object' || typeof v === 'string';
    default:
      return false;
  }
}

export interface SpecReport {
  problems: string[];
  propertiesChecked: number;
  refs: number;
  getAtts: number;
}

export function validateTemplate(template: Template, spec: Spec = cfnSpec()): SpecReport {
  const report: SpecReport = { problems: [], propertiesChecked: 0, refs: 0, getAtts: 0 };
  const problem = (at: string, msg: string) => report.problems.push(`${at}: ${msg}`);

  const checkStruct = (resourceType: string, typeName: string, props: Record<string, PropSpec>, value: unknown, at: string) => {
    if (isIntrinsic(value)) return;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem(at, `${typeName} expects an object`);
    for (const [name, p] of Object.entries(props)) if (p.Required && !(name in value)) problem(at, `required property ${name} missing`);
    for (const [name, v] of Object.entries(value)) {
      const p = props[name];
      if (!p) problem(`${at}.${name}`, `not a property of ${typeName}`);
      else checkValue(resourceType, p, v, `${at}.${name}`);
    }
  };

  const structType = (resourceType: string, name: string): TypeSpec | undefined =>
    name === 'Tag' ? spec.PropertyTypes.Tag : spec.PropertyTypes[`${resourceType}.${name}`];

  const checkItem = (resourceType: string, p: { ItemType?: string; PrimitiveItemType?: string }, v: unknown, at: string) => {
    if (p.PrimitiveItemType) {
      if (!primitiveOk(p.PrimitiveItemType, v)) problem(at, `expects ${p.PrimitiveItemType}`);
    } else if (p.ItemType) {
      const t = structType(resourceType, p.ItemType);
      if (!t) problem(at, `unknown property type ${p.ItemType}`);
      else checkStruct(resourceType, p.ItemType, t.Properties ?? {}, v, at);
    }
  };

  const checkValue = (resourceType: string, p: PropSpec, v: unknown, at: string) => {
    report.propertiesChecked++;
    if (isIntrinsic(v)) return;
    if (p.PrimitiveType) {
      if (!primitiveOk(p.PrimitiveType, v)) problem(at, `expects ${p.PrimitiveType}, got ${JSON.stringify(v).slice(0, 60)}`);
    } else if (p.Type === 'List') {
      if (!Array.isArray(v)) return problem(at, 'expects a list');
      v.forEach((item, i) => checkItem(resourceType, p, item, `${at}[${i}]`));
    } else if (p.Type === 'Map') {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem(at, 'expects a map');
      for (const [k, item] of Object.entries(v)) checkItem(resourceType, p, item, `${at}.${k}`);
    } else if (p.Type) {
      const t = structType(resourceType, p.Type);
      if (!t) return problem(at, `unknown property type ${p.Type}`);
      checkStruct(resourceType, p.Type, t.Properties ?? {}, v, at);
    }
  };

  for (const [id, r] of Object.entries(template.Resources)) {
    const t = spec.ResourceTypes[r.Type];
    if (!t) {
      problem(id, `unknown resource type ${r.Type}`);
      continue;
    }
    checkStruct(r.Type, r.Type, t.Properties ?? {}, r.Properties ?? {}, id);
  }

  // Every Ref and GetAtt, wherever it is (properties, outputs), must name a resource, parameter or pseudo parameter.
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}[${i}]`));
    if (typeof v !== 'object' || v === null) return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'Ref' && typeof x === 'string') {
        report.refs++;
        if (!x.startsWith('AWS::') && !template.Resources[x] && !template.Parameters?.[x]) problem(at, `Ref to unknown ${x}`);
      } else if (k === 'Fn::GetAtt') {
        report.getAtts++;
        const [res, attr] = Array.isArray(x) ? x : String(x).split('.');
        const target = template.Resources[res];
        if (!target) problem(at, `GetAtt of unknown resource ${res}`);
        else if (!spec.ResourceTypes[target.Type]?.Attributes?.[attr]) problem(at, `${target.Type} has no attribute ${attr}`);
      } else walk(x, `${at}.${k}`);
    }
  };
  walk(template.Resources, 'Resources');
  walk(template.Outputs ?? {}, 'Outputs');
  return report;
}
