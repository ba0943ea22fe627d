// Checks a CloudFormation template (parsed JSON) against CloudFormation's resource schemas
// (compact form, see ../cfn-schema.mjs): resource types, properties at every level, required
// properties, value kinds, Ref / Fn::GetAtt / Fn::Sub / DependsOn / Fn::If targets and
// attributes, the template's sections and CloudFormation's documented quotas.

export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);

const TOP_LEVEL = new Set([
  'AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions',
  'Transform', 'Resources', 'Outputs',
]);

const RESOURCE_KEYS = new Set([
  'Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy',
  'UpdatePolicy', 'CreationPolicy',
]);

const INTRINSICS = new Set([
  'Ref', 'Condition', 'Fn::Base64', 'Fn::Cidr', 'Fn::FindInMap', 'Fn::GetAtt', 'Fn::GetAZs', 'Fn::ImportValue',
  'Fn::Join', 'Fn::Length', 'Fn::Select', 'Fn::Split', 'Fn::Sub', 'Fn::ToJsonString', 'Fn::Transform',
  'Fn::If', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not',
]);

const PARAMETER_TYPES = /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+|List<AWS::[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+>|AWS::SSM::Parameter::Name|AWS::SSM::Parameter::Value<[^<>]+(<[^<>]+>)?>)$/;

const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

/** CloudFormation quotas (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html). */
export const QUOTAS = { templateBytesS3: 1024 * 1024, resources: 500, outputs: 200, parameters: 200, mappings: 200 };

function isIntrinsic(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && INTRINSICS.has(keys[0]);
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}

/**
 * @param {object} template  the parsed template
 * @param {object} schema    the compact schema
 * @param {number} [bytes]   the template's size, for the quota check
 * @returns {{ problems: {path: string, message: string}[], stats: object }}
 */
export function checkTemplate(template, schema, bytes = 0) {
  const problems = [];
  const stats = { resources: 0, properties: 0, references: 0, outputs: 0, parameters: 0 };
  const report = (path, message) => problems.push({ path, message });

  if (template === null || typeof template !== 'object' || Array.isArray(template)) {
    report('', 'a template is a JSON object');
    return { problems, stats };
  }
  for (const key of Object.keys(template)) {
    if (!TOP_LEVEL.has(key)) report(key, `unknown top-level section "${key}"`);
  }
  if (template.AWSTemplateFormatVersion !== undefined && template.AWSTemplateFormatVersion !== '2010-09-09') {
    report('AWSTemplateFormatVersion', 'the only valid value is "2010-09-09"');
  }
  if (bytes > QUOTAS.templateBytesS3) {
    report('', `template is ${bytes} bytes; CloudFormation accepts at most ${QUOTAS.templateBytesS3} (from S3)`);
  }

  const parameters = template.Parameters ?? {};
  const resources = template.Resources ?? {};
  const conditions = template.Conditions ?? {};
  const mappings = template.Mappings ?? {};
  if (Object.keys(resources).length === 0) report('Resources', 'a template needs at least one resource');

  const section = (name, obj, quota) => {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      report(name, `${name} must be an object`);
      return;
    }
    const ids = Object.keys(obj);
    if (quota !== undefined && ids.length > quota) report(name, `${ids.length} entries; the quota is ${quota}`);
    for (const id of ids) if (!LOGICAL_ID.test(id)) report(`${name}.${id}`, 'logical IDs are 1-255 letters and digits');
  };
  section('Parameters', parameters, QUOTAS.parameters);
  section('Resources', resources, QUOTAS.resources);
  section('Outputs', template.Outputs ?? {}, QUOTAS.outputs);
  section('Mappings', mappings, QUOTAS.mappings);
  section('Conditions', conditions);

  for (const id of Object.keys(resources)) {
    if (Object.hasOwn(parameters, id)) report(`Resources.${id}`, `"${id}" is both a parameter and a resource`);
  }

  for (const [id, p] of Object.entries(parameters)) {
    stats.parameters++;
    if (typeof p?.Type !== 'string') report(`Parameters.${id}`, 'a parameter needs a Type');
    else if (!PARAMETER_TYPES.test(p.Type)) report(`Parameters.${id}.Type`, `"${p.Type}" is not a CloudFormation parameter type`);
  }

  // --- references inside any value ---
  const checkRefs = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => checkRefs(v, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (isIntrinsic(value)) {
      const [fn] = Object.keys(value);
      const arg = value[fn];
      if (fn === 'Ref') {
        stats.references++;
        if (typeof arg !== 'string') report(path, 'Ref takes a logical ID string');
        else if (!Object.hasOwn(resources, arg) && !Object.hasOwn(parameters, arg) && !PSEUDO_PARAMETERS.has(arg)) {
          report(path, `Ref "${arg}": no such parameter, resource or pseudo parameter`);
        }
        return;
      }
      if (fn === 'Fn::GetAtt') {
        stats.references++;
        const parts = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : arg;
        if (!Array.isArray(parts) || parts.length !== 2 || typeof parts[0] !== 'string') {
          report(path, 'Fn::GetAtt takes [logicalId, attribute]');
          return;
        }
        checkGetAtt(parts[0], parts[1], path);
        if (typeof parts[1] !== 'string') checkRefs(parts[1], `${path}.Fn::GetAtt[1]`);
        return;
      }
      if (fn === 'Fn::Sub') {
        const [text, vars = {}] = typeof arg === 'string' ? [arg, {}] : Array.isArray(arg) ? arg : [undefined, {}];
        if (typeof text !== 'string') {
          report(path, 'Fn::Sub takes a string or [string, {variables}]');
          return;
        }
        for (const m of text.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          stats.references++;
          const name = m[1].trim();
          if (Object.hasOwn(vars, name)) continue;
          const dot = name.indexOf('.');
          if (dot > 0 && !PSEUDO_PARAMETERS.has(name)) checkGetAtt(name.slice(0, dot), name.slice(dot + 1), path);
          else if (!Object.hasOwn(resources, name) && !Object.hasOwn(parameters, name) && !PSEUDO_PARAMETERS.has(name)) {
            report(path, `Fn::Sub \${${name}}: no such parameter, resource or pseudo parameter`);
          }
        }
        checkRefs(vars, `${path}.Fn::Sub[1]`);
        return;
      }
      if (fn === 'Fn::If' || fn === 'Condition') {
        const name = fn === 'Condition' ? arg : Array.isArray(arg) ? arg[0] : undefined;
        if (typeof name !== 'string' || !Object.hasOwn(conditions, name)) report(path, `${fn}: no such condition "${name}"`);
        if (fn === 'Fn::If' && Array.isArray(arg)) arg.slice(1).forEach((v, i) => checkRefs(v, `${path}.Fn::If[${i + 1}]`));
        return;
      }
      if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string' && !Object.hasOwn(mappings, arg[0])) {
        report(path, `Fn::FindInMap: no such mapping "${arg[0]}"`);
      }
      checkRefs(arg, `${path}.${fn}`);
      return;
    }
    for (const [k, v] of Object.entries(value)) checkRefs(v, `${path}.${k}`);
  };

  const checkGetAtt = (id, attr, path) => {
    if (!Object.hasOwn(resources, id)) {
      report(path, `Fn::GetAtt ${id}.${attr}: no such resource`);
      return;
    }
    const type = resources[id]?.Type;
    const spec = schema.resources[type];
    if (spec && typeof attr === 'string' && !spec.attrs.includes(attr)) {
      report(path, `Fn::GetAtt ${id}.${attr}: ${type} has no attribute "${attr}" (it has ${spec.attrs.join(', ') || 'none'})`);
    }
  };

  // --- property values against the schema ---
  const checkValue = (value, type, path, owner) => {
    if (isIntrinsic(value)) return; // resolved at deploy time; references are checked separately
    if (typeof type === 'string') {
      switch (type) {
        case 'string':
        case 'date-time':
          if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') report(path, `expected a string, found ${describe(value)}`);
          return;
        case 'integer':
          if (!(Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value)))) report(path, `expected an integer, found ${describe(value)}`);
          return;
        case 'number':
          if (!(typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))))) report(path, `expected a number, found ${describe(value)}`);
          return;
        case 'boolean':
          if (!(typeof value === 'boolean' || value === 'true' || value === 'false')) report(path, `expected a boolean, found ${describe(value)}`);
          return;
        case 'json':
          return;
        case 'tag':
          checkObject(value, { Key: { t: 'string', req: true }, Value: { t: 'string', req: true } }, path, `${owner} tag`);
          return;
        default:
          report(path, `schema type "${type}" unknown to the checker`);
          return;
      }
    }
    if (type.ref !== undefined) {
      const def = schema.types[type.ref];
      if (!def) {
        report(path, `schema type id ${type.ref} missing from the schema cache`);
        return;
      }
      // CloudFormation names nested types <resource type>.<type name>.
      checkObject(value, def.props, path, `${owner.split('.')[0]}.${def.name}`);
      return;
    }
    if (type.array !== undefined) {
      if (!Array.isArray(value)) {
        report(path, `expected a list, found ${describe(value)}`);
        return;
      }
      value.forEach((v, i) => checkValue(v, type.array, `${path}[${i}]`, owner));
      return;
    }
    if (type.map !== undefined) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        report(path, `expected a map, found ${describe(value)}`);
        return;
      }
      for (const [k, v] of Object.entries(value)) checkValue(v, type.map, `${path}.${k}`, owner);
      return;
    }
    if (type.union !== undefined) {
      // Accept the value when any member type accepts it without a problem.
      for (const member of type.union) {
        const before = problems.length;
        checkValue(value, member, path, owner);
        if (problems.length === before) return;
        problems.length = before;
      }
      report(path, `${describe(value)} matches none of the property's types`);
    }
  };

  const checkObject = (value, props, path, owner) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(path, `expected an object (${owner}), found ${describe(value)}`);
      return;
    }
    for (const [name, v] of Object.entries(value)) {
      stats.properties++;
      const prop = props[name];
      if (!prop) {
        const known = Object.keys(props).sort();
        report(`${path}.${name}`, `${owner} has no property "${name}"${known.length ? ` (it has ${known.join(', ')})` : ''}`);
        continue;
      }
      checkValue(v, prop.t, `${path}.${name}`, owner);
    }
    for (const [name, prop] of Object.entries(props)) {
      if (prop.req && !Object.hasOwn(value, name)) report(`${path}.${name}`, `${owner} requires property "${name}"`);
    }
  };

  for (const [id, r] of Object.entries(resources)) {
    stats.resources++;
    const path = `Resources.${id}`;
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      report(path, 'a resource is an object with a Type');
      continue;
    }
    for (const key of Object.keys(r)) if (!RESOURCE_KEYS.has(key)) report(`${path}.${key}`, `unknown resource attribute "${key}"`);
    const spec = schema.resources[r.Type];
    if (!spec) {
      report(`${path}.Type`, `unknown resource type "${r.Type}"`);
    } else {
      checkObject(r.Properties ?? {}, spec.props, `${path}.Properties`, r.Type);
    }
    checkRefs(r.Properties, `${path}.Properties`);
    const dependsOn = r.DependsOn === undefined ? [] : Array.isArray(r.DependsOn) ? r.DependsOn : [r.DependsOn];
    for (const d of dependsOn) {
      stats.references++;
      if (!Object.hasOwn(resources, d)) report(`${path}.DependsOn`, `DependsOn "${d}": no such resource`);
    }
    if (r.Condition !== undefined && !Object.hasOwn(conditions, r.Condition)) report(`${path}.Condition`, `no such condition "${r.Condition}"`);
  }

  for (const [name, o] of Object.entries(template.Outputs ?? {})) {
    stats.outputs++;
    if (o === null || typeof o !== 'object' || !Object.hasOwn(o, 'Value')) {
      report(`Outputs.${name}`, 'an output needs a Value');
      continue;
    }
    checkRefs(o.Value, `Outputs.${name}.Value`);
    if (o.Export) checkRefs(o.Export, `Outputs.${name}.Export`);
  }
  for (const [name, c] of Object.entries(conditions)) checkRefs(c, `Conditions.${name}`);

  return { problems, stats };
}

/**
 * Converts the compact schema into the CloudFormation Resource Specification format that
 * cfn-lint bundles (its own copy dates from 2019), so cfn-lint judges today's types.
 */
export function toResourceSpecification(schema) {
  const ResourceTypes = {};
  const PropertyTypes = {
    Tag: {
      Properties: {
        Key: { PrimitiveType: 'String', Required: true, UpdateType: 'Mutable' },
        Value: { PrimitiveType: 'String', Required: true, UpdateType: 'Mutable' },
      },
    },
  };
  const PRIMITIVE = { string: 'String', integer: 'Integer', number: 'Double', boolean: 'Boolean', json: 'Json', 'date-time': 'Timestamp' };

  for (const [typeName, r] of Object.entries(schema.resources)) {
    const names = new Map(); // type id -> property type name within this resource
    const nameOf = (id) => {
      if (!names.has(id)) {
        names.set(id, schema.types[id]?.name ?? `Type${id}`);
        PropertyTypes[`${typeName}.${names.get(id)}`] = { Properties: convertProps(schema.types[id]?.props ?? {}) };
      }
      return names.get(id);
    };
    const convert = (t, req) => {
      const base = { Required: Boolean(req), UpdateType: 'Mutable' };
      if (typeof t === 'string') return t === 'tag' ? { ...base, Type: 'Tag' } : { ...base, PrimitiveType: PRIMITIVE[t] };
      if (t.ref !== undefined) return { ...base, Type: nameOf(t.ref) };
      if (t.array !== undefined || t.map !== undefined) {
        const el = t.array ?? t.map;
        const item = typeof el === 'string'
          ? (el === 'tag' ? { ItemType: 'Tag' } : { PrimitiveItemType: PRIMITIVE[el] })
          : el.ref !== undefined ? { ItemType: nameOf(el.ref) } : { PrimitiveItemType: 'Json' };
        return { ...base, Type: t.array !== undefined ? 'List' : 'Map', ...item };
      }
      return { ...base, PrimitiveType: 'Json' }; // unions: cfn-lint's format cannot say "one of"
    };
    const convertProps = (props) => Object.fromEntries(Object.entries(props).map(([n, p]) => [n, convert(p.t, p.req)]));
    ResourceTypes[typeName] = {
      Attributes: Object.fromEntries(r.attrs.map((a) => [a, { PrimitiveType: 'String' }])),
      Properties: convertProps(r.props),
    };
  }
  return { ResourceTypes, PropertyTypes };
}
