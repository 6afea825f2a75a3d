/* Job card of the featured position: title, employer, salary, perks (包吃/包住) and benefits, headcount, QR. */
(function () {
  'use strict';
  var B = window.BroadcastBot;
  var root = document.getElementById('root');
  var shown = null;

  function card(p) {
    var box = B.el('section', 'card panel');
    box.dataset.position = p.id;
    var head = B.el('div', 'head');
    head.appendChild(B.el('span', 'badge', B.t(p.number + '号岗位', '#' + p.number)));
    head.appendChild(B.el('span', 'muted', B.t('正在介绍', 'Now featuring')));
    box.appendChild(head);
    box.appendChild(B.el('div', 'title', B.t(p.title, p.titleEn)));
    box.appendChild(B.el('div', 'company muted', B.t(p.company, p.companyEn)));
    box.appendChild(B.el('div', 'salary accent', B.salary(p)));

    var row = B.el('div', 'row');
    var tags = B.el('div', 'tags');
    var perks = B.config.lang === 'en' ? p.perksEn : p.perks;
    for (var i = 0; i < perks.length; i++) { tags.appendChild(B.el('span', 'tag perk', perks[i])); }
    for (var j = 0; j < p.benefits.length && j < 4; j++) { tags.appendChild(B.el('span', 'tag', p.benefits[j])); }
    tags.appendChild(B.el('div', 'headcount', B.t('招聘 ' + p.headcount + ' 人', 'Hiring ' + p.headcount)));
    row.appendChild(tags);

    var qr = B.el('div', 'qr');
    var img = B.el('img');
    img.alt = '';
    img.src = p.qr;
    qr.appendChild(img);
    qr.appendChild(B.el('div', 'scan', B.t('扫码报名', 'Scan to apply')));
    qr.appendChild(B.el('div', 'domain', p.applyDomain));
    row.appendChild(qr);
    box.appendChild(row);
    return box;
  }

  B.start(function (state) {
    var p = B.position(state.live.featured);
    var key = p ? p.id + '@' + state.kb.kbVersion : null;
    if (key === shown) { return; }
    shown = key;
    B.clear(root);
    if (p) { root.appendChild(card(p)); }
  });
})();
