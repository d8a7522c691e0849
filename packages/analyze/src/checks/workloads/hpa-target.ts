import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { autoscalers } from './autoscalers.ts'

export const hpaTarget: Check<Index> = {
  code: 'BZ5011',
  level: 'error',
  ist: null,
  name: 'AutoscalerTargetNotFound',
  title: 'A HorizontalPodAutoscaler scales an object that does not exist.',
  help: 'Correct `scaleTargetRef` (apiVersion, kind and name of the Deployment or StatefulSet, in the autoscaler\'s namespace).',
  run: (index) => autoscalers(index).filter((a) => a.target === undefined).map((a) =>
    report(hpaTarget, a.hpa, ['spec', 'scaleTargetRef', 'name'], `scaleTargetRef ${a.kind} ${a.namespace}/${a.name} not found`)),
}
