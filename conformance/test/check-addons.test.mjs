import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkOutputDir, folderDigest, imageProblem, urlProblem, clusterMinors } from '../lib/addon-check.mjs';
import { fixture, run, matchProblems, KOPS_SNAPSHOTS } from './helpers.mjs';

// kgen's own rendering (AddonBuilder at Kubernetes 1.34.2, with metrics-server on, a KMS key and a volume attach
// limit): the baseline every planted mistake is added to.
const GOOD = fixture('addons', 'good');

/** The good fixture's add-ons as { name: { version, files: { file: text } } }. */
function goodAddons() {
  const root = path.join(GOOD, 'configBase', 'addons');
  const index = JSON.parse(fs.readFileSync(path.join(GOOD, 'cloudformation.json'), 'utf8')).Resources.AddonsIndex.Properties.Value;
  const versions = new Map(index.trim().split('\n').map((l) => [l.split(' ')[0], l.split(' ')[2]]));
  const out = {};
  for (const [name, version] of versions) {
    const [digest] = fs.readdirSync(path.join(root, name));
    const dir = path.join(root, name, digest);
    out[name] = { version, files: Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')])) };
  }
  return out;
}

/** The index kgen sets in its SSM parameter: "NAME DIGEST VERSION FILES" per add-on. */
function indexOf(addons) {
  let index = '';
  for (const [name, { version, files }] of Object.entries(addons)) {
    const digest = folderDigest(Object.entries(files).map(([n, t]) => ({ name: n, bytes: Buffer.from(t) })));
    index += `${name} ${digest} ${version} ${Object.keys(files).sort().join(',')}\n`;
  }
  return index;
}

const cfnWithIndex = (index) => JSON.stringify({ Resources: { AddonsIndex: { Type: 'AWS::SSM::Parameter', Properties: { Name: '/kgen/t.k8s.local/addons', Type: 'String', Value: index } } } }, null, 2);

/** An output folder holding `addons` as a snapshot pins them: a folder per add-on named by its digest; the index in cloudformation.json. */
function writeOutput(addons) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-addons-'));
  const root = path.join(dir, 'configBase', 'addons');
  for (const [name, { files }] of Object.entries(addons)) {
    const digest = folderDigest(Object.entries(files).map(([n, t]) => ({ name: n, bytes: Buffer.from(t) })));
    fs.mkdirSync(path.join(root, name, digest), { recursive: true });
    for (const [n, t] of Object.entries(files)) fs.writeFileSync(path.join(root, name, digest, n), t);
  }
  fs.writeFileSync(path.join(dir, 'cloudformation.json'), cfnWithIndex(indexOf(addons)));
  return dir;
}

/** The problems of the good add-ons after `mutate` (which edits them in place), as lines without the folder. */
async function problemsAfter(mutate, minors = [34]) {
  const addons = goodAddons();
  mutate(addons);
  const dir = writeOutput(addons);
  try {
    const r = await checkOutputDir(dir, { minors, note: () => {} });
    return r.problems.map((p) => `${p.file.replace(/\/[0-9a-f]{64}\//, '/DIGEST/')}:${p.line}: ${p.where}: ${p.message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const CCM = 'aws-cloud-controller-manager';
const EBS = 'aws-ebs-csi-driver';
const METRICS = 'metrics-server';
const edit = (addons, name, file, fn) => {
  addons[name].files[file] = fn(addons[name].files[file]);
};

function expectOnly(lines, patterns) {
  const { unmatchedPatterns, unexpectedLines } = matchProblems(lines, patterns);
  assert.deepEqual({ unmatchedPatterns, unexpectedLines }, { unmatchedPatterns: [], unexpectedLines: [] }, lines.join('\n'));
}

describe('check-addons: kgen\'s rendering', () => {
  test('the fixture (kgen\'s own output) passes on every minor kgen installs', async () => {
    for (const minor of [29, 30, 31, 32, 33, 34, 35, 36]) assert.deepEqual(await problemsAfter(() => {}, [minor]), [], `Kubernetes 1.${minor}`);
  });

  test('the command line: exit 0, nothing on stdout, a summary on stderr', () => {
    const r = run('check-addons.mjs', ['--kubernetes-version', '1.34', GOOD]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.lines, []);
    assert.match(r.stderr, /3 add-on\(s\), 1 Kubernetes object\(s\) of kgen's; Kubernetes 1\.34; 0 problem\(s\)/);
    // And every snapshot kgen pins (with the add-ons it delivers) passes too.
    const snapshots = fs.readdirSync(KOPS_SNAPSHOTS).map((d) => path.join(KOPS_SNAPSHOTS, d)).filter((d) => fs.existsSync(path.join(d, 'configBase', 'addons')));
    assert.ok(snapshots.length > 0, 'no snapshot pins add-ons');
    const all = run('check-addons.mjs', snapshots);
    assert.equal(all.status, 0, all.stdout + all.stderr);
  });

  test('an output folder without add-ons has nothing to check', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-addons-'));
    assert.deepEqual(await checkOutputDir(dir), { problems: [], addons: 0, objects: 0 });
    fs.rmSync(dir, { recursive: true });
  });

  test('the cluster\'s minor is read from the node scripts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-addons-'));
    fs.mkdirSync(path.join(dir, 'configBase', 'nodeup', 'nodes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'configBase', 'nodeup', 'nodes', 'x.sh'), "#!/bin/bash\nKUBERNETES_VERSION='1.33.6'\n");
    assert.deepEqual(clusterMinors(dir), [33]);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('check-addons: planted mistakes', () => {
  test('an image without a tag or digest', async () => {
    const lines = await problemsAfter((a) =>
      edit(a, EBS, 'kustomization.yaml', (t) => t + '    - op: add\n      path: /spec/template/spec/containers/-\n      value: {"name": "debug", "image": "registry.k8s.io/e2e-test-images/agnhost"}\n'));
    expectOnly(lines, [/kustomization\.yaml:\d+: kustomization\.patches\[1\]\.patch\[1\]: add \/spec\/template\/spec\/containers\/-: spec\/template\/spec\/containers\/-\/image: image "registry\.k8s\.io\/e2e-test-images\/agnhost" is not pinned: it has neither a tag nor a digest/]);
  });

  test('an object kgen owns with an image tagged latest', async () => {
    const lines = await problemsAfter((a) => {
      a[METRICS].files['probe.yaml'] = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: probe\nspec:\n  containers:\n  - name: c\n    image: busybox:latest\n';
      edit(a, METRICS, 'kustomization.yaml', (t) => t.replace('- service.yaml\n', '- service.yaml\n- probe.yaml\n'));
    });
    expectOnly(lines, [/metrics-server\/DIGEST\/probe\.yaml:8: document 1 \(Pod probe\) \.spec\.containers\[0\]\.image: image "busybox:latest" is not pinned: "latest" is a moving tag/]);
  });

  test('a kustomize images entry with newTag latest, and one that pins nothing', async () => {
    const lines = await problemsAfter((a) => {
      edit(a, CCM, 'kustomization.yaml', (t) => t.replace('newTag: v1.34.3', 'newTag: latest'));
      edit(a, METRICS, 'kustomization.yaml', (t) => t.replace('  newTag: v0.9.0\n', ''));
    });
    expectOnly(lines, [
      /aws-cloud-controller-manager\/DIGEST\/kustomization\.yaml:12: kustomization\.images\[0\]\.newTag: image registry\.k8s\.io\/provider-aws\/cloud-controller-manager is not pinned: "latest" is a moving tag/,
      /metrics-server\/DIGEST\/kustomization\.yaml:\d+: kustomization\.images\[0\]: image gcr\.io\/k8s-staging-metrics-server\/metrics-server is not pinned: set newTag \(a release tag\) or digest/,
    ]);
  });

  test('a sources line whose URL names a branch', async () => {
    const lines = await problemsAfter((a) => edit(a, CCM, 'sources', (t) => t.replace('cloud-provider-aws/v1.34.3/examples/existing-cluster/base/cluster-role.yaml', 'cloud-provider-aws/master/examples/existing-cluster/base/cluster-role.yaml')));
    expectOnly(lines, [/aws-cloud-controller-manager\/DIGEST\/sources:4: line 4: "https:\/\/raw\.githubusercontent\.com\/kubernetes\/cloud-provider-aws\/master\/[^"]+": "master" is a branch: name a release tag or a 40-hex commit/]);
  });

  test('sources lines with a short digest, a path for a file name, an http URL, a release branch', async () => {
    const lines = await problemsAfter((a) =>
      edit(a, METRICS, 'sources', (t) => {
        const l = t.split('\n');
        l[0] = l[0].replace(/^[0-9a-f]{64}/, 'abc123');
        l[1] = l[1].replace(' deployment.yaml ', ' base/deployment.yaml ');
        l[2] = l[2].replace('https://', 'http://');
        l[3] = l[3].replace('/v0.9.0/', '/release-0.9/');
        return l.join('\n');
      }));
    expectOnly(lines, [
      /sources:1: line 1: "abc123" is not a SHA-256/,
      /sources:2: line 2: "base\/deployment\.yaml" is not a plain file name/,
      /sources:3: line 3: "http:[^"]+" is not an https URL/,
      /sources:4: line 4: "[^"]+": "release-0\.9" is a branch/,
      // The line without a plain file name names no file the kustomization may use.
      /kustomization\.yaml:6: kustomization\.resources\[1\]: "deployment\.yaml" is neither a file of the add-on's folder/,
    ]);
  });

  test('a StorageClass with a field of the wrong type, an unknown field and a value outside its enum', async () => {
    const lines = await problemsAfter((a) =>
      edit(a, EBS, 'storageclass.yaml', (t) => t.replace('allowVolumeExpansion: true', 'allowVolumeExpansion: "yes"').replace('reclaimPolicy: Delete', 'reclaimPolicy: Destroy\nfsType: ext4')));
    expectOnly(lines, [
      /aws-ebs-csi-driver\/DIGEST\/storageclass\.yaml:14: document 1 \(StorageClass gp3\) \.allowVolumeExpansion: must be boolean/,
      /storageclass\.yaml:12: document 1 \(StorageClass gp3\) \.reclaimPolicy: must be one of "Delete", "Recycle", "Retain"/,
      /storageclass\.yaml:13: document 1 \(StorageClass gp3\) \.fsType: unknown field "fsType" \(not in the StorageClass schema/,
    ]);
  });

  test('a resources entry that is neither a file of the folder nor a source', async () => {
    const lines = await problemsAfter((a) =>
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('- storageclass.yaml\n', '- storageclass.yaml\n- volumesnapshotclass.yaml\n- https://github.com/kubernetes-csi/external-snapshotter/client/config/crd?ref=v8.2.0\n')));
    expectOnly(lines, [
      /aws-ebs-csi-driver\/DIGEST\/kustomization\.yaml:25: kustomization\.resources\[19\]: "volumesnapshotclass\.yaml" is neither a file of the add-on's folder \(kustomization\.yaml, sources, storageclass\.yaml\) nor a FILE of sources$/,
      /kustomization\.yaml:26: kustomization\.resources\[20\]: "https:[^"]+" is neither .*: a remote resource is fetched unchecked; list it in sources with its SHA-256/,
    ]);
  });

  test('a source the kustomization does not use, and a file of kgen\'s it does not apply', async () => {
    const lines = await problemsAfter((a) => {
      edit(a, CCM, 'kustomization.yaml', (t) => t.replace('- service-account.yaml\n', ''));
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('- storageclass.yaml\n', ''));
    });
    expectOnly(lines, [
      /aws-cloud-controller-manager\/DIGEST\/sources:5: line 5: "service-account\.yaml" is downloaded but kustomization\.yaml does not use it/,
      /aws-ebs-csi-driver\/DIGEST\/storageclass\.yaml:0: file: not used by kustomization\.yaml .*never applied/,
    ]);
  });

  test('JSON6902 operations: a field the kind does not have, a value of the wrong type, a target without a name', async () => {
    const lines = await problemsAfter((a) => {
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('/spec/template/spec/hostNetwork', '/spec/template/spec/hostNetwrk').replace('      path: /spec/replicas\n      value: 1', '      path: /spec/replicas\n      value: "two"'));
      edit(a, METRICS, 'kustomization.yaml', (t) => t.replace('    name: metrics-server\n  patch', '  patch'));
    });
    expectOnly(lines, [
      /aws-ebs-csi-driver\/DIGEST\/kustomization\.yaml:\d+: kustomization\.patches\[0\]\.patch\[1\]: add \/spec\/template\/spec\/hostNetwrk: \/spec\/template\/spec\/hostNetwrk: no field "hostNetwrk" there in the Deployment schema \(apps\/v1\)/,
      /kustomization\.patches\[0\]\.patch\[0\]: replace \/spec\/replicas: \/spec\/replicas: must be integer/,
      /metrics-server\/DIGEST\/kustomization\.yaml:\d+: kustomization\.patches\[0\]\.target: must name the kind and the name of the one object it patches/,
    ]);
  });

  test('a strategic-merge patch: its fields must exist in the kind, and it must name its object', async () => {
    const lines = await problemsAfter((a) =>
      edit(a, METRICS, 'kustomization.yaml', (t) =>
        t +
        '- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: metrics-server\n    spec:\n      template:\n        spec:\n          priorityClass: system-cluster-critical\n          containers:\n          - name: metrics-server\n            resources: {requests: {cpu: 100m}}\n' +
        '- patch: |-\n    kind: Deployment\n    spec: {replicas: 2}\n'));
    expectOnly(lines, [
      /metrics-server\/DIGEST\/kustomization\.yaml:\d+: kustomization\.patches\[1\]\.patch: \/spec\/template\/spec\/priorityClass: unknown field "priorityClass" \(not in the Deployment schema, apps\/v1\)/,
      /kustomization\.patches\[2\]\.patch: a strategic-merge patch must name the object it patches: missing apiVersion, metadata\.name/,
    ]);
  });

  test('a patch kept in a file of kgen\'s is checked as a patch, not as a whole object', async () => {
    const patch = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: metrics-server\nspec:\n  template:\n    spec:\n      priorityClassName: system-cluster-critical\n';
    const withFile = (text) => (a) => {
      a[METRICS].files['priority.yaml'] = text;
      edit(a, METRICS, 'kustomization.yaml', (t) => t + '- path: priority.yaml\n');
    };
    assert.deepEqual(await problemsAfter(withFile(patch)), []);
    expectOnly(await problemsAfter(withFile(patch.replace('priorityClassName', 'priority'))), [
      /metrics-server\/DIGEST\/kustomization\.yaml:\d+: kustomization\.patches\[1\]\.patch: \/spec\/template\/spec\/priority: must be integer/,
    ]);
  });

  test('unknown, deprecated and Helm fields of a kustomization', async () => {
    const lines = await problemsAfter((a) => edit(a, CCM, 'kustomization.yaml', (t) => t + 'commonLabels: {a: b}\nhelmCharts: []\nnamespaces: kube-system\n'));
    expectOnly(lines, [
      /kustomization\.yaml:\d+: kustomization\.commonLabels: deprecated in Kustomize v5: use labels/,
      /kustomization\.helmCharts: kubectl apply -k \(what the node runs\) inflates no Helm chart/,
      /kustomization\.namespaces: unknown field "namespaces" of a Kustomization/,
    ]);
  });

  test('an API version the cluster\'s minor does not serve', async () => {
    const pdb = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: metrics-server\nspec:\n  maxUnavailable: 1\n';
    const withPdb = (a) => {
      a[METRICS].files['pdb.yaml'] = pdb;
      edit(a, METRICS, 'kustomization.yaml', (t) => t.replace('- service.yaml\n', '- service.yaml\n- pdb.yaml\n'));
    };
    expectOnly(await problemsAfter(withPdb, [29]), [/pdb\.yaml:1: document 1 \(PodDisruptionBudget metrics-server\) \.apiVersion: policy\/v1beta1 PodDisruptionBudget is no longer served since Kubernetes 1\.25 \(the cluster runs 1\.29\)/]);
    const vac = 'apiVersion: storage.k8s.io/v1\nkind: VolumeAttributesClass\nmetadata:\n  name: fast\ndriverName: ebs.csi.aws.com\nparameters: {iops: "4000"}\n';
    const withVac = (a) => {
      a[EBS].files['vac.yaml'] = vac;
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('- storageclass.yaml\n', '- storageclass.yaml\n- vac.yaml\n'));
    };
    expectOnly(await problemsAfter(withVac, [33]), [/vac\.yaml:1: .*storage\.k8s\.io\/v1 VolumeAttributesClass is served from Kubernetes 1\.34 on \(the cluster runs 1\.33\)/]);
    assert.deepEqual(await problemsAfter(withVac, [34]), []);
  });

  test('a document that is not a Kubernetes object, and a kind Kubernetes does not have', async () => {
    const lines = await problemsAfter((a) => {
      a[EBS].files['values.yaml'] = 'controller:\n  replicaCount: 2\n---\napiVersion: storage.k8s.io/v1\nkind: StorageClas\nmetadata: {name: x}\n';
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('- storageclass.yaml\n', '- storageclass.yaml\n- values.yaml\n'));
    });
    expectOnly(lines, [
      /values\.yaml:1: document 1: not a Kubernetes object \(no apiVersion and kind\)/,
      /values\.yaml:5: document 2 \(StorageClas x\) \.kind: Kubernetes has no kind StorageClas in storage\.k8s\.io\/v1 \(it has: CSIDriver, CSINode, CSIStorageCapacity, StorageClass, /,
    ]);
  });

  test('a custom resource: no schema to check it against (a note, not a problem), its images still checked', async () => {
    const vsc = 'apiVersion: snapshot.storage.k8s.io/v1\nkind: VolumeSnapshotClass\nmetadata: {name: ebs}\ndriver: ebs.csi.aws.com\ndeletionPolicy: Delete\n';
    const withCr = (cr) => (a) => {
      a[EBS].files['snapshotclass.yaml'] = cr;
      edit(a, EBS, 'kustomization.yaml', (t) => t.replace('- storageclass.yaml\n', '- storageclass.yaml\n- snapshotclass.yaml\n'));
    };
    assert.deepEqual(await problemsAfter(withCr(vsc)), []);
    const job = 'apiVersion: example.com/v1\nkind: Runner\nmetadata: {name: r}\nspec:\n  image: example.com/runner\n';
    expectOnly(await problemsAfter(withCr(job)), [/snapshotclass\.yaml:5: document 1 \(Runner r\) \.spec\.image: image "example\.com\/runner" is not pinned/]);
  });

  test('a folder not named by its files\' digest, an index that misses an add-on or names other files', async () => {
    const dir = writeOutput(goodAddons());
    const root = path.join(dir, 'configBase', 'addons');
    const [digest] = fs.readdirSync(path.join(root, METRICS));
    fs.renameSync(path.join(root, METRICS, digest), path.join(root, METRICS, 'f'.repeat(64)));
    const index = indexOf(goodAddons()).split('\n').filter((l) => !l.startsWith(CCM)).map((l) => l.replace(',storageclass.yaml', '')).join('\n');
    fs.writeFileSync(path.join(dir, 'cloudformation.json'), cfnWithIndex(index));
    const r = run('check-addons.mjs', ['--kubernetes-version', '1.34', dir]);
    fs.rmSync(dir, { recursive: true });
    assert.equal(r.status, 1);
    expectOnly(r.lines.map((l) => l.slice(dir.length + 1)), [
      /^cloudformation\.json \(AddonsIndex\): index \/kgen\/t\.k8s\.local\/addons: add-on aws-cloud-controller-manager has a folder but is not listed: the node never applies it$/,
      /^cloudformation\.json \(AddonsIndex\):1: index \/kgen\/t\.k8s\.local\/addons line 1: FILES kustomization\.yaml,sources is not the folder's files kustomization\.yaml,sources,storageclass\.yaml/,
      /^configBase\/addons\/metrics-server\/f{64}: folder: the folder's name is not the digest of its files \([0-9a-f]{64}\)/,
      /^cloudformation\.json \(AddonsIndex\):2: index \/kgen\/t\.k8s\.local\/addons line 2: no folder configBase\/addons\/metrics-server\/[0-9a-f]{64} for add-on metrics-server$/,
    ]);
  });

  test('an index without the add-ons\' files (kgen wrote them into the store): noted, not checked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-addons-'));
    fs.writeFileSync(path.join(dir, 'cloudformation.json'), cfnWithIndex(indexOf(goodAddons())));
    const notes = [];
    const r = await checkOutputDir(dir, { minors: [34], note: (m) => notes.push(m) });
    fs.rmSync(dir, { recursive: true });
    assert.deepEqual(r.problems, []);
    assert.match(notes.join('\n'), /the add-ons' files are not in this folder/);
  });

  test('add-on folders that no index names', async () => {
    const dir = writeOutput(goodAddons());
    fs.rmSync(path.join(dir, 'cloudformation.json'));
    const r = await checkOutputDir(dir, { minors: [34] });
    fs.rmSync(dir, { recursive: true });
    expectOnly(r.problems.map((p) => `${p.file}: ${p.message}`), [/^configBase\/addons: no add-on index \(the SSM parameter \/kgen\/CLUSTER\/addons of kubernetes\.tf or cloudformation\.json\)/]);
  });

  test('a YAML file that does not parse, or repeats a key', async () => {
    const lines = await problemsAfter((a) => edit(a, EBS, 'storageclass.yaml', (t) => t.replace('provisioner: ebs.csi.aws.com\n', 'provisioner: ebs.csi.aws.com\nprovisioner: other\n')));
    expectOnly(lines, [/storageclass\.yaml:\d+: document 1: YAML: Map keys must be unique/]);
  });
});

describe('check-addons: a Terraform output that uploads the add-ons to an S3 store', () => {
  /** kubernetes.tf with an aws_s3_object per add-on file (as kgen writes the node scripts), the files in data/. */
  function terraformOutput(addons) {
    const laid = writeOutput(addons);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kgen-addons-tf-'));
    fs.mkdirSync(path.join(dir, 'data'));
    let tf = '';
    const root = path.join(laid, 'configBase', 'addons');
    const files = [];
    for (const name of fs.readdirSync(root)) {
      for (const digest of fs.readdirSync(path.join(root, name))) {
        for (const f of fs.readdirSync(path.join(root, name, digest))) files.push([`${name}/${digest}/${f}`, path.join(root, name, digest, f)]);
      }
    }
    files.forEach(([key, file], i) => {
      const data = `data/aws_s3_object_addon${i}_content`;
      fs.copyFileSync(file, path.join(dir, data));
      tf += `resource "aws_s3_object" "addon${i}" {\n  bucket       = "b"\n  key          = "t.k8s.local/addons/${key}"\n  source       = "\${path.module}/${data}"\n  source_hash  = filesha256("\${path.module}/${data}")\n}\n\n`;
    });
    fs.writeFileSync(path.join(dir, 'data', 'aws_ssm_parameter_addons.t.k8s.local_value'), indexOf(addons));
    tf += 'resource "aws_ssm_parameter" "addons-t-k8s-local" {\n  insecure_value = file("${path.module}/data/aws_ssm_parameter_addons.t.k8s.local_value")\n  name           = "/kgen/t.k8s.local/addons"\n  type           = "String"\n}\n';
    fs.writeFileSync(path.join(dir, 'kubernetes.tf'), tf);
    fs.rmSync(laid, { recursive: true });
    return dir;
  }

  test('its add-on objects are checked, and a problem names the data/ file', async () => {
    const good = terraformOutput(goodAddons());
    const r = await checkOutputDir(good, { minors: [34] });
    assert.deepEqual([r.addons, r.objects, r.problems], [3, 1, []]);
    fs.rmSync(good, { recursive: true });

    const addons = goodAddons();
    edit(addons, EBS, 'storageclass.yaml', (t) => t.replace('volumeBindingMode: WaitForFirstConsumer', 'volumeBindingMode: 1'));
    const bad = terraformOutput(addons);
    const lines = (await checkOutputDir(bad, { minors: [34] })).problems.map((p) => `${p.file}:${p.line}: ${p.where}: ${p.message}`);
    fs.rmSync(bad, { recursive: true });
    expectOnly(lines, [/^data\/aws_s3_object_addon\d+_content \(configBase\/addons\/aws-ebs-csi-driver\/[0-9a-f]{64}\/storageclass\.yaml\):14: document 1 \(StorageClass gp3\) \.volumeBindingMode: must be string; must be one of "Immediate", "WaitForFirstConsumer"$/]);
  });
});

describe('check-addons: image references and download URLs', () => {
  test('pinned and unpinned images', () => {
    for (const ok of ['registry.k8s.io/metrics-server/metrics-server:v0.9.0', 'nginx:1.27', 'localhost:5000/a/b:1', `busybox@sha256:${'a'.repeat(64)}`, `busybox:latest@sha256:${'b'.repeat(64)}`]) {
      assert.equal(imageProblem(ok), null, ok);
    }
    for (const [bad, why] of [
      ['nginx', /neither a tag nor a digest/],
      ['localhost:5000/nginx', /neither a tag nor a digest/],
      ['nginx:latest', /"latest" is a moving tag/],
      ['quay.io/x/y:main', /"main" is a moving tag/],
      ['nginx@sha256:abc', /digest must be sha256: and 64/],
      ['Nginx:1.0', /not a valid image name/],
      ['', /non-empty/],
    ]) {
      assert.match(imageProblem(bad) ?? 'null', why, bad);
    }
  });

  test('download URLs must name a tag or a commit', () => {
    for (const ok of [
      'https://raw.githubusercontent.com/kubernetes/cloud-provider-aws/v1.34.3/examples/x.yaml',
      `https://raw.githubusercontent.com/o/r/${'0123456789abcdef'.repeat(2)}01234567/x.yaml`,
      'https://raw.githubusercontent.com/o/r/refs/tags/v1.2.3/x.yaml',
      'https://raw.githubusercontent.com/o/r/helm-chart-aws-ebs-csi-driver-2.30.0/x.yaml',
      'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml',
      'https://example.com/charts/thing-1.2.3.tgz',
    ]) {
      assert.equal(urlProblem(ok), null, ok);
    }
    for (const [bad, why] of [
      ['https://raw.githubusercontent.com/o/r/main/x.yaml', /"main" is a branch/],
      ['https://raw.githubusercontent.com/o/r/refs/heads/v1.2/x.yaml', /refs\/heads\/v1\.2 is a branch/],
      ['https://raw.githubusercontent.com/o/r/release-1.29/x.yaml', /"release-1\.29" is a branch/],
      ['https://github.com/o/r/releases/latest/download/x.yaml', /follows the newest release/],
      ['https://github.com/o/r/raw/master/x.yaml', /"master" is a branch/],
      ['https://example.com/charts/thing.tgz', /names no version/],
      ['https://example.com/master/thing-1.2.3.tgz', /names "master", a branch/],
      ['http://example.com/v1.2.3/x', /not an https URL/],
      ['not a url', /not a URL/],
    ]) {
      assert.match(urlProblem(bad) ?? 'null', why, bad);
    }
  });
});
