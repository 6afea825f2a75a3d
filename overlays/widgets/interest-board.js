/* Interest board: interested viewers per position, most wanted first (live counts from the interest store). */
(function () {
  'use strict';
  var B = window.BroadcastBot;
  var root = document.getElementById('root');
  var MAX = 8;

  B.start(function (state) {
    var counts = state.live.counts || {};
    var rows = state.kb.positions.map(function (p) {
      var c = counts[p.id] || [0, 0, 0];
      return { p: p, interested: c[1] };
    });
    rows.sort(function (a, b) { return b.interested - a.interested || a.p.number - b.p.number; });
    rows = rows.slice(0, MAX);
    var top = Math.max(1, rows.length ? rows[0].interested : 1);

    B.clear(root);
    var board = B.el('section', 'board panel');
    board.appendChild(B.el('h1', null, B.t('岗位热度 · 想报名人数', 'Live interest')));
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var line = B.el('div', 'line');
      line.dataset.position = r.p.id;
      line.appendChild(B.el('span', 'num accent', B.t(r.p.number + '号', '#' + r.p.number)));
      line.appendChild(B.el('span', 'name', B.t(r.p.title, r.p.titleEn)));
      line.appendChild(B.el('span', 'count', r.interested));
      var bar = B.el('div', 'bar');
      bar.style.width = Math.round(100 * r.interested / top) + '%';
      line.appendChild(B.el('span'));
      line.appendChild(bar);
      board.appendChild(line);
    }
    root.appendChild(board);
  });
})();
