import {parseArticle} from './src/index.js'
import {readFileSync} from 'node:fs'
const t = readFileSync(process.argv[2], 'utf8')
const a = parseArticle(t, {referenceDate: process.argv[3] ?? '2025-03-04'})
const show = (x: any) => x && x.text
console.log('HEADLINE', show(a.headline), '| DEK', a.headline?.dek?.text)
console.log('BYLINE', a.byline?.text, a.byline?.authors, '| DATELINE', a.dateline?.text, a.dateline?.date)
for (const c of a.captions) console.log('CAPTION', c.text, '| CREDIT', c.credit?.text)
for (const p of a.body) console.log('BODY', p.text.slice(0, 110))
for (const n of a.notes) console.log('NOTE', n.kind, n.text)
for (const r of a.references) console.log('REF', r.kind, r.text, r.title ?? '')
for (const q of a.quotes) console.log('QUOTE', q.text, '<-', q.speaker?.name)
const e = a.entities
console.log('PER', e.people.map(p => p.name + '(' + p.mentions.length + ')').join('; '))
console.log('ORG', e.organizations.map(p => p.name).join('; '))
console.log('LOC', e.places.map(p => p.name).join('; '))
console.log('DATE', e.dates.map(p => `${p.text}=${p.value}`).join('; '))
console.log('AMT', e.amounts.map(p => `${p.text}=${p.value}${p.unit}`).join('; '))
