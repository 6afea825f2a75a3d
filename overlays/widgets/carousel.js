/* Carousel of every position, shown only while nothing is featured (the job card takes the spot then). */
(function () {
  'use strict';
  var B = window.BroadcastBot;
  var root = document.getElementById('root');
  var seconds = parseInt(new URLSearchParams(window.location.search).get('interval') || '8', 10);
  var index = 0;
  var latest = null;

  function draw() {
    B.clear(root);
    if (!latest || latest.live.featured || latest.kb.positions.length === 0) { return; }
    var list = latest.kb.positions;
    var p = list[index % list.length];
    var slide = B.el('section', 'slide panel');
    slide.dataset.position = p.id;
    var head = B.el('div', 'head');
    head.appendChild(B.el('span', 'badge', B.t(p.number + '号', '#' + p.number)));
    head.appendChild(B.el('span', 'muted', B.t('评论区打出编号了解详情', 'Type the number in chat to ask')));
    slide.appendChild(head);
    slide.appendChild(B.el('div', 'title', B.t(p.title, p.titleEn)));
    slide.appendChild(B.el('div', 'company muted', B.t(p.company, p.companyEn)));
    slide.appendChild(B.el('div', 'salary accent', B.salary(p)));
    var tags = B.el('div', 'tags');
    var perks = B.config.lang === 'en' ? p.perksEn : p.perks;
    for (var i = 0; i < perks.length; i++) { tags.appendChild(B.el('span', 'tag perk', perks[i])); }
    for (var j = 0; j < p.benefits.length && j < 3; j++) { tags.appendChild(B.el('span', 'tag', p.benefits[j])); }
    slide.appendChild(tags);
    slide.appendChild(B.el('div', 'dots muted', (index % list.length + 1) + ' / ' + list.length));
    root.appendChild(slide);
  }

  window.setInterval(function () { index++; draw(); }, Math.max(3, seconds || 8) * 1000);

  B.start(function (state) {
    var changed = !latest || latest.live.featured !== state.live.featured || latest.kb !== state.kb;
    latest = state;
    if (changed) { draw(); }
  });
})();
