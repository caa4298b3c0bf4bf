import {segmentText} from './src/segment/index.js'
import {readFileSync} from 'node:fs'
const s = segmentText(readFileSync(process.argv[2], 'utf8'))
for (const c of s.candidates) console.log(JSON.stringify({t: c.text.slice(0, 50), b: c.boilerplate, w: c.words, l: c.lower, role: (c as any).role, list: c.list}))
console.log(s.region)
