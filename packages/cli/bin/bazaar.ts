#!/usr/bin/env node
import { main } from '../src/main.ts'

const code = await main(process.argv.slice(2))
// A command that failed may leave handles open (a half-started platform): it must still end.
if (code !== 0) process.exit(code)
