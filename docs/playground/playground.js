/*
 * nutgraf playground: parse pasted text with the browser bundle (nutgraf.js, built by
 * `npm run playground`) and show the input with its parts (headline, captions, byline,
 * dateline, body, notes, references, quotes) and entities (people, organizations, places,
 * dates, amounts) highlighted.
 * The page renders the ORIGINAL input cut at every span boundary, so what it shows is
 * exactly what the spans say. Plain script (no modules), so it also works from file://.
 */
;(function () {
  'use strict'

  var entityKinds = [
    ['people', 'person'],
    ['organizations', 'organization'],
    ['places', 'place'],
  ]

  /** Regions (parts of the article) and mentions (entities, amounts), as {start, end, …} items. */
  function itemsOf(article) {
    var regions = []
    var mentions = []
    var region = function (part, kind, id) {
      if (part) regions.push({start: part.span.start, end: part.span.end, kind: kind, id: id})
    }
    if (article.headline) {
      region(article.headline, 'headline', 'headline')
      region(article.headline.dek, 'dek', 'dek')
    }
    ;(article.captions || (article.caption ? [article.caption] : [])).forEach(function (caption, index) {
      region(caption, 'caption', 'caption-' + index)
      region(caption.credit, 'credit', 'credit-' + index)
    })
    region(article.byline, 'byline', 'byline')
    region(article.dateline, 'dateline', 'dateline')
    article.body.forEach(function (paragraph, index) {
      paragraph.spans.forEach(function (span) {
        regions.push({start: span.start, end: span.end, kind: 'body', id: 'body-' + index})
      })
    })
    ;(article.notes || []).forEach(function (note, index) {
      region(note, 'note', 'note-' + index)
    })
    article.references.forEach(function (reference, index) {
      region(reference, 'reference', 'reference-' + index)
    })
    ;(article.quotes || []).forEach(function (quote, index) {
      quote.spans.forEach(function (span) {
        regions.push({start: span.start, end: span.end, kind: 'quote', id: 'quote-' + index})
      })
      region(quote.speaker, 'speaker', 'speaker-' + index)
      region(quote.cue, 'cue', 'cue-' + index)
    })
    entityKinds.forEach(function (pair) {
      article.entities[pair[0]].forEach(function (entity, index) {
        entity.mentions.forEach(function (mention, m) {
          mentions.push({start: mention.span.start, end: mention.span.end, kind: pair[1], id: pair[1] + '-' + index + '-' + m, entity: entity.name})
        })
      })
    })
    article.entities.dates.forEach(function (date, index) {
      mentions.push({start: date.span.start, end: date.span.end, kind: 'date', id: 'date-' + index, entity: date.value || '?'})
    })
    ;(article.entities.amounts || []).forEach(function (amount, index) {
      mentions.push({start: amount.span.start, end: amount.span.end, kind: 'amount', id: 'amount-' + index, entity: amount.value + (amount.unit ? ' ' + amount.unit : '')})
    })
    return {regions: regions, mentions: mentions}
  }

  /**
   * Cut [0, text.length) at every boundary and give each piece the items covering it,
   * outermost first. A sweep over sorted items: O(k log k + pieces × overlap).
   */
  function pieces(length, items) {
    var bounds = [0, length]
    items.forEach(function (item) {
      bounds.push(item.start, item.end)
    })
    bounds = Array.from(new Set(bounds)).sort(function (a, b) { return a - b })
    var sorted = items.slice().sort(function (a, b) { return a.start - b.start || b.end - a.end })
    var active = []
    var next = 0
    var out = []
    for (var i = 0; i + 1 < bounds.length; i++) {
      var start = bounds[i]
      var end = bounds[i + 1]
      while (next < sorted.length && sorted[next].start <= start) active.push(sorted[next++])
      active = active.filter(function (item) { return item.end > start })
      var covering = active.filter(function (item) { return item.start <= start && item.end >= end && item.end > item.start })
      out.push({start: start, end: end, items: covering})
    }
    return out
  }

  /** Wrap `node` in one element a covering item, innermost first, so nested items nest. */
  function wrap(node, items, tag, prefix, key) {
    for (var i = items.length - 1; i >= 0; i--) {
      var element = document.createElement(tag)
      element.className = prefix + ' ' + prefix + '-' + items[i].kind
      element.dataset[key] = items[i].id
      if (items[i].entity !== undefined) element.title = items[i].kind + ': ' + items[i].entity
      element.appendChild(node)
      node = element
    }
    return node
  }

  /** Show `text` in `output` with the article's regions and mentions, its entities in `list` and (optionally) its parts in `parts`. */
  function render(text, article, output, list, parts) {
    var items = itemsOf(article)
    var regionOf = pieces(text.length, items.regions)
    var mentionOf = pieces(text.length, items.mentions)
    var r = 0
    var m = 0
    output.textContent = ''
    pieces(text.length, items.regions.concat(items.mentions)).forEach(function (cut) {
      while (regionOf[r].end <= cut.start) r++
      while (mentionOf[m].end <= cut.start) m++
      var node = wrap(document.createTextNode(text.slice(cut.start, cut.end)), mentionOf[m].items, 'mark', 'entity', 'mention')
      output.appendChild(wrap(node, regionOf[r].items, 'span', 'region', 'region'))
    })
    renderList(article, list)
    if (parts) renderParts(article, parts)
  }

  /** The article's parts as a definition list: caption, credit, byline, dateline, body, references. */
  function renderParts(article, parts) {
    parts.textContent = ''
    var add = function (term, text, href) {
      var dt = document.createElement('dt')
      dt.textContent = term
      var dd = document.createElement('dd')
      dd.dataset.part = term
      dd.textContent = text
      if (href) {
        var link = document.createElement('a')
        link.href = href
        link.rel = 'noopener noreferrer'
        link.textContent = href
        dd.appendChild(document.createTextNode(' '))
        dd.appendChild(link)
      }
      parts.appendChild(dt)
      parts.appendChild(dd)
    }
    if (article.headline) add('headline', article.headline.text)
    if (article.headline && article.headline.dek) add('dek', article.headline.dek.text)
    ;(article.captions || (article.caption ? [article.caption] : [])).forEach(function (caption) {
      add('caption', caption.text)
      if (caption.credit) add('credit', caption.credit.text)
    })
    if (article.byline) add('byline', article.byline.authors.join('; ') || article.byline.text)
    if (article.dateline) add('dateline', (article.dateline.place || article.dateline.text) + (article.dateline.date ? ', ' + article.dateline.date : ''))
    add('body', article.body.length + ' paragraph' + (article.body.length === 1 ? '' : 's'))
    ;(article.notes || []).forEach(function (note) {
      add('note', '[' + note.kind + '] ' + note.text)
    })
    article.references.forEach(function (reference) {
      var safe = reference.url && /^https?:\/\//i.test(reference.url) ? reference.url : undefined
      add('reference', '[' + reference.kind + '] ' + (reference.title || reference.name || (safe ? '' : reference.text)), safe)
    })
    ;(article.quotes || []).forEach(function (quote) {
      var speaker = quote.speaker ? ' — ' + quote.speaker.text + (quote.speaker.name && quote.speaker.name !== quote.speaker.text ? ' (' + quote.speaker.name + ')' : '') : ''
      add('quote', '[' + quote.kind + '] “' + quote.text + '”' + speaker + (quote.cue ? ', ' + quote.cue.text : ''))
    })
    if (article.referenceDate) add('reference date', article.referenceDate.value + ' (' + article.referenceDate.source + ')')
  }

  function renderList(article, list) {
    list.textContent = ''
    var groups = entityKinds.map(function (pair) {
      return {kind: pair[1], label: pair[0], entities: article.entities[pair[0]].map(function (entity, index) {
        return {id: pair[1] + '-' + index, name: (entity.title ? entity.title + ' ' : '') + entity.name, mentions: entity.mentions.map(function (mention, m) {
          return {id: pair[1] + '-' + index + '-' + m, text: mention.text, span: mention.span}
        })}
      })}
    })
    groups.push({kind: 'date', label: 'dates', entities: article.entities.dates.map(function (date, index) {
      return {id: 'date-' + index, name: date.text + ' = ' + (date.value || '?') + ' (' + date.type + ')', mentions: [{id: 'date-' + index, text: date.text, span: date.span}]}
    })})
    groups.push({kind: 'amount', label: 'amounts', entities: (article.entities.amounts || []).map(function (amount, index) {
      return {id: 'amount-' + index, name: amount.text + ' = ' + amount.value + (amount.unit ? ' ' + amount.unit : '') + ' (' + amount.type + ')', mentions: [{id: 'amount-' + index, text: amount.text, span: amount.span}]}
    })})
    groups.forEach(function (group) {
      var heading = document.createElement('h3')
      heading.textContent = group.label + ' (' + group.entities.length + ')'
      var ul = document.createElement('ul')
      ul.dataset.kind = group.kind
      group.entities.forEach(function (entity) {
        var li = document.createElement('li')
        li.className = 'entity-item entity-' + group.kind
        li.dataset.entity = entity.id
        var name = document.createElement('mark')
        name.className = 'entity entity-' + group.kind
        name.textContent = entity.name
        li.appendChild(name)
        var mentions = document.createElement('ul')
        entity.mentions.forEach(function (mention) {
          var item = document.createElement('li')
          item.className = 'mention-item'
          item.dataset.mention = mention.id
          item.textContent = JSON.stringify(mention.text) + ' at ' + mention.span.start + '–' + mention.span.end
          item.addEventListener('click', function () { focus(mention.id) })
          mentions.appendChild(item)
        })
        li.appendChild(mentions)
        ul.appendChild(li)
      })
      list.appendChild(heading)
      list.appendChild(ul)
    })
  }

  function focus(id) {
    var marks = document.querySelectorAll('#output mark')
    Array.prototype.forEach.call(marks, function (mark) {
      mark.classList.toggle('focus', mark.dataset.mention === id)
    })
    var first = document.querySelector('#output mark.focus')
    if (first && first.scrollIntoView) first.scrollIntoView({block: 'center'})
  }

  var sample = 'Soldiers during joint drills near Brest. Defense Ministry\n\n' +
    'By Jane Doe\n\n' +
    'MINSK (Reuters) - U.S. Joint Chiefs of Staff General Mark Milley spoke with\n' +
    'Major General Viktor Gulevich of Belarus on Thursday, the Pentagon said.\n\n' +
    'Milley and Gulevich agreed to talk again before Feb. 20, it added.\n\n' +
    'Related article: Russia Launches Belarus Military Drills\n' +
    'https://www.example.com/2022/02/10/russia-launches-belarus-military-drills\n'

  function parse() {
    var status = document.getElementById('status')
    var text = document.getElementById('input').value
    var date = document.getElementById('reference-date').value
    if (typeof nutgraf === 'undefined') {
      status.dataset.state = 'error'
      status.textContent = 'nutgraf.js is missing: run `npm run build && npm run playground`, then reload.'
      return
    }
    try {
      var began = performance.now()
      var article = nutgraf.parseArticle(text, date ? {referenceDate: date} : {})
      render(text, article, document.getElementById('output'), document.getElementById('entities'), document.getElementById('parts'))
      status.dataset.state = 'done'
      status.textContent = 'parsed ' + text.length + ' characters in ' + Math.round(performance.now() - began) + ' ms'
    } catch (error) {
      status.dataset.state = 'error'
      status.textContent = String(error && error.message ? error.message : error)
    }
  }

  globalThis.nutgrafPlayground = {render: render, parse: parse}

  if (typeof document !== 'undefined' && document.getElementById('parse')) {
    var timer
    document.getElementById('parse').addEventListener('click', parse)
    document.getElementById('sample').addEventListener('click', function () {
      document.getElementById('input').value = sample
      parse()
    })
    document.getElementById('input').addEventListener('input', function () {
      clearTimeout(timer)
      timer = setTimeout(parse, 300)
    })
    document.getElementById('reference-date').addEventListener('change', parse)
  }
})()
