// Run by `npm install` (the root package's postinstall): see pglite-template.ts.
import { prepareTemplate, templateFile } from './pglite-template.ts'

await prepareTemplate()
console.log(`bazaar: embedded database template ready (${templateFile.split('node_modules/')[1]})`)
