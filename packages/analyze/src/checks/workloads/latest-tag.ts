import { report, type Check } from '../../finding.ts'
import type { Index } from '../../cluster-index.ts'
import { text } from '../../json.ts'
import { containers } from './containers.ts'

export const latestTag: Check<Index> = {
  code: 'BZ5007',
  level: 'warning',
  ist: null,
  name: 'LatestImageTag',
  title: 'A container image has no tag or the `latest` tag, so what runs changes without a change to the manifests.',
  help: 'Pin the image to a version tag (`bazaar:0.1.0`) or a digest (`@sha256:...`).',
  run: (index) => containers(index.workloads, true).flatMap((c) => {
    const image = text(c.container.image)
    if (image === undefined || image.includes('@')) return []
    const lastSegment = image.slice(image.lastIndexOf('/') + 1)
    const colon = lastSegment.indexOf(':')
    const tag = colon < 0 ? undefined : lastSegment.slice(colon + 1)
    if (tag !== undefined && tag !== 'latest') return []
    return [report(latestTag, c.workload.doc, [...c.path, 'image'], `container "${c.name}" runs ${image}: ${tag === undefined ? 'no tag means latest' : 'the latest tag moves'}`)]
  }),
}
