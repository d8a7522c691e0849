import { serviceOf, type Topology } from '@bazaar/topology'
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment'
import type { IContainer } from 'kubernetes-models/v1/Container'
import { containerPort, meta, podLabels, portName, topologyDir } from '../names.ts'
import type { Workload } from '../workloads.ts'
import { topologyChecksum, topologyConfigMapName } from './config-maps.ts'

/** The image's user (node, uid 1000): the pod insists on it rather than trusting the image. */
const uid = 1000

/**
 * One Deployment per workload. Hardened by default: non-root, read-only root filesystem (only
 * /tmp is writable), no privilege escalation, no capabilities, RuntimeDefault seccomp; spread
 * over zones and nodes so one failure takes out one replica. An autoscaled Deployment leaves
 * `replicas` to its HPA, which would otherwise be reset at every apply.
 */
export function deployment(t: Topology, w: Workload): IDeployment {
  const selector = { app: w.service, version: w.version }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(t, w.name, podLabels(t, w.service, w.version)),
    spec: {
      ...(w.autoscaling ? {} : { replicas: w.replicas }),
      revisionHistoryLimit: 3,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: podLabels(t, w.service, w.version),
          annotations: { 'bazaar.dev/topology-sha256': topologyChecksum(t) },
        },
        spec: {
          serviceAccountName: w.service,
          automountServiceAccountToken: false,
          securityContext: { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: { type: 'RuntimeDefault' } },
          // The kit drains in-flight work for SHUTDOWN_TIMEOUT_MS (10 s by default) before closing pools.
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'].map((topologyKey) => ({
            maxSkew: 1,
            topologyKey,
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: selector },
          })),
          containers: [container(t, w)],
          volumes: [
            { name: 'topology', configMap: { name: topologyConfigMapName(t) } },
            { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
          ],
        },
      },
    },
  }
}

function container(t: Topology, w: Workload): IContainer {
  const s = serviceOf(t, w.service)
  const port = portName(s.protocol)
  const probe = (path: string, periodSeconds: number, failureThreshold: number) =>
    ({ httpGet: { path, port }, periodSeconds, timeoutSeconds: 2, failureThreshold })
  return {
    name: w.service,
    image: w.image,
    imagePullPolicy: 'IfNotPresent',
    envFrom: [{ configMapRef: { name: w.service } }],
    ...(s.secrets.length > 0
      ? { env: s.secrets.map((name) => ({ name, valueFrom: { secretKeyRef: { name: w.service, key: name } } })) }
      : {}),
    ports: [{ name: port, containerPort, protocol: 'TCP' }],
    // Migrations run before the port opens: up to a minute of start-up before liveness counts.
    startupProbe: probe('/health', 2, 30),
    readinessProbe: probe('/ready', 5, 3),
    livenessProbe: probe('/health', 10, 3),
    resources: { requests: { ...s.resources.requests }, limits: { ...s.resources.limits } },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
    },
    volumeMounts: [
      { name: 'topology', mountPath: topologyDir, readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
  }
}
