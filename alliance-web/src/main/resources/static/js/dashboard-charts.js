// Draws a chart above each table marked data-chart, from the figures in that table, so that
// the chart and its accessible table always show the same numbers. Without JavaScript (or
// without Chart.js) the tables alone remain.
(function () {
  'use strict';

  function number(cell) {
    var value = parseFloat((cell.textContent || '').replace(/[^0-9.\-]/g, ''));
    return isNaN(value) ? 0 : value;
  }

  function chartFor(table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    headers.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        series.push({ index: index, label: th.textContent.trim(), colour: th.getAttribute('data-series') });
      }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (series.length === 0 || rows.length === 0) {
      return;
    }
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var datasets = series.map(function (s) {
      return {
        label: s.label,
        backgroundColor: s.colour,
        data: rows.map(function (row) { return number(row.cells[s.index]); })
      };
    });
    var stacked = table.getAttribute('data-chart') === 'stacked';
    var box = document.createElement('div');
    box.className = 'chart';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: stacked ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: stacked, beginAtZero: true }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
  }

  function draw() {
    if (typeof window.Chart !== 'function') {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), chartFor);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
