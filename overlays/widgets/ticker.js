/* Q&A ticker: the latest answers (question, short answer, shortened viewer name), newest nearest the edge. */
(function () {
  'use strict';
  var B = window.BroadcastBot;
  var root = document.getElementById('root');
  var MAX = 3;
  var shownKey = '';

  B.start(function (state) {
    var ticker = state.live.ticker.slice(0, MAX);
    var key = ticker.map(function (e) { return e.id; }).join(',');
    if (key === shownKey) { return; }
    shownKey = key;
    B.clear(root);
    for (var i = 0; i < ticker.length; i++) {
      var e = ticker[i];
      var entry = B.el('article', 'entry panel' + (i > 0 ? ' old' : ''));
      entry.dataset.id = String(e.id);
      entry.dataset.publishedAt = String(e.publishedAtMs);
      var q = B.el('div', 'q');
      q.appendChild(B.el('span', 'name accent', e.name));
      q.appendChild(B.el('span', 'text muted', e.question));
      entry.appendChild(q);
      entry.appendChild(B.el('div', 'a', e.answer));
      root.appendChild(entry);
    }
  });
})();
