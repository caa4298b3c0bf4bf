/*
 * nutgraf playground: parse pasted text with the browser bundle (nutgraf.js, built by
 * `npm run playground`) and show the input with its parts, quotes and entities highlighted,
 * and who said what (speaker → words).
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

  /** Regions (parts of the article), quotes, their speakers and cues, and mentions (entities), as {start, end, …} items. */
  function itemsOf(article) {
    var regions = []
    var mentions = []
    var quotes = []
    var attributions = []
    ;(article.quotes || []).forEach(function (quote, index) {
      var id = 'quote-' + index
      quote.spans.forEach(function (span) {
        quotes.push({start: span.start, end: span.end, kind: quote.kind, id: id, entity: speakerOf(quote)})
      })
      if (quote.speaker) attributions.push({start: quote.speaker.span.start, end: quote.speaker.span.end, kind: 'speaker', id: id + '-speaker', entity: speakerOf(quote)})
      if (quote.cue) attributions.push({start: quote.cue.span.start, end: quote.cue.span.end, kind: 'cue', id: id + '-cue'})
    })
    if (article.caption) regions.push({start: article.caption.span.start, end: article.caption.span.end, kind: 'caption', id: 'caption'})
    if (article.caption && article.caption.credit) {
      regions.push({start: article.caption.credit.span.start, end: article.caption.credit.span.end, kind: 'credit', id: 'credit'})
    }
    if (article.byline) regions.push({start: article.byline.span.start, end: article.byline.span.end, kind: 'byline', id: 'byline'})
    if (article.dateline) regions.push({start: article.dateline.span.start, end: article.dateline.span.end, kind: 'dateline', id: 'dateline'})
    article.body.forEach(function (paragraph, index) {
      paragraph.spans.forEach(function (span) {
        regions.push({start: span.start, end: span.end, kind: 'body', id: 'body-' + index})
      })
    })
    article.references.forEach(function (reference, index) {
      regions.push({start: reference.span.start, end: reference.span.end, kind: 'reference', id: 'reference-' + index})
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
    return {regions: regions, quotes: quotes, attributions: attributions, mentions: mentions}
  }

  /** Who said a quote: the entity when the article says who, else the words naming the speaker. */
  function speakerOf(quote) {
    if (!quote.speaker) return '(unattributed)'
    return quote.speaker.name || quote.speaker.text
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

  /**
   * Show `text` in `output` with the article's regions, quotes (with their speakers and
   * cues) and mentions, its entities in `list`, and (optionally) its parts in `parts` and
   * its quotes as "speaker → words" in `quotesList`. Layers nest: region ⊃ quote ⊃
   * speaker or cue ⊃ entity.
   */
  function render(text, article, output, list, parts, quotesList) {
    var items = itemsOf(article)
    var regionOf = pieces(text.length, items.regions)
    var quoteOf = pieces(text.length, items.quotes)
    var attributionOf = pieces(text.length, items.attributions)
    var mentionOf = pieces(text.length, items.mentions)
    var r = 0
    var q = 0
    var a = 0
    var m = 0
    output.textContent = ''
    pieces(text.length, items.regions.concat(items.quotes, items.attributions, items.mentions)).forEach(function (cut) {
      while (regionOf[r].end <= cut.start) r++
      while (quoteOf[q].end <= cut.start) q++
      while (attributionOf[a].end <= cut.start) a++
      while (mentionOf[m].end <= cut.start) m++
      var node = wrap(document.createTextNode(text.slice(cut.start, cut.end)), mentionOf[m].items, 'mark', 'entity', 'mention')
      node = wrap(node, attributionOf[a].items, 'span', 'attribution', 'attribution')
      node = wrap(node, quoteOf[q].items, 'q', 'quote', 'quote')
      output.appendChild(wrap(node, regionOf[r].items, 'span', 'region', 'region'))
    })
    renderList(article, list)
    if (parts) renderParts(article, parts)
    if (quotesList) renderQuotes(article, quotesList)
  }

  /** Who said what, one item a quote: speaker → “words” (kind, cue); a click shows the quote. */
  function renderQuotes(article, quotesList) {
    quotesList.textContent = ''
    ;(article.quotes || []).forEach(function (quote, index) {
      var li = document.createElement('li')
      li.className = 'quote-item quote-' + quote.kind
      li.dataset.quote = 'quote-' + index
      var speaker = document.createElement('span')
      speaker.className = 'speaker'
      speaker.textContent = speakerOf(quote)
      li.appendChild(speaker)
      li.appendChild(document.createTextNode(' → “' + quote.text + '” (' + quote.kind + (quote.cue ? ', ' + quote.cue.text : '') + ')'))
      li.addEventListener('click', function () { focusQuote('quote-' + index) })
      quotesList.appendChild(li)
    })
  }

  function focusQuote(id) {
    var marks = document.querySelectorAll('#output q.quote')
    Array.prototype.forEach.call(marks, function (mark) {
      mark.classList.toggle('focus', mark.dataset.quote === id)
    })
    var first = document.querySelector('#output q.quote.focus')
    if (first && first.scrollIntoView) first.scrollIntoView({block: 'center'})
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
    if (article.caption) add('caption', article.caption.text)
    if (article.caption && article.caption.credit) add('credit', article.caption.credit.text)
    if (article.byline) add('byline', article.byline.authors.join('; ') || article.byline.text)
    if (article.dateline) add('dateline', article.dateline.place || article.dateline.text)
    add('body', article.body.length + ' paragraph' + (article.body.length === 1 ? '' : 's'))
    article.references.forEach(function (reference) {
      var safe = reference.url && /^https?:\/\//i.test(reference.url) ? reference.url : undefined
      add('reference', '[' + reference.kind + '] ' + (reference.title || reference.name || (safe ? '' : reference.text)), safe)
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
    '"The call reduced the chances of miscalculation," the Pentagon statement said.\n\n' +
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
      render(text, article, document.getElementById('output'), document.getElementById('entities'), document.getElementById('parts'), document.getElementById('quotes'))
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
