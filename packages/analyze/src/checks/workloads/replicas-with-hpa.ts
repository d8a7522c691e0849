import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { at } from '../../json.ts'
import { autoscalers } from './autoscalers.ts'

export const replicasWithHpa: Check<Index> = {
  code: 'BZ5012',
  level: 'warning',
  ist: null,
  name: 'ReplicasSetWithAutoscaler',
  title: 'A workload sets `replicas` while a HorizontalPodAutoscaler scales it: every apply resets the count the autoscaler chose.',
  help: 'Remove `spec.replicas` from the workload and let the autoscaler\'s minReplicas say the floor.',
  run: (index) => autoscalers(index).flatMap((a) => a.target === undefined || at(a.target.body, 'spec', 'replicas') === undefined ? [] :
    [report(replicasWithHpa, a.target, ['spec', 'replicas'], `spec.replicas is set while HorizontalPodAutoscaler ${a.hpa.name} scales this ${a.kind}; each apply resets it`)]),
}
